package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kamelet entry: the Kamelet as JSON, and the propertiesSchema Kaoto builds from spec.definition.
 */
class KameletPropertiesSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theSchemaTakesTitleDescriptionRequiredAndPerPropertyTypeTitleDescriptionEnumDefaultFormat()
            throws IOException {
        ObjectNode entry = KaotoEntries.kamelet(TestKamelets.CALENDLY_TEST_SOURCE);

        assertThat(MAPPER.writeValueAsString(entry.get("propertiesSchema"))).isEqualTo(MAPPER.writeValueAsString(
                MAPPER.readTree("""
                        {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                         "title": "Calendly Test Source", "description": "Receives Calendly's webhook deliveries.",
                         "required": ["signingKey"],
                         "properties": {
                           "signingKey": {"type": "string", "title": "Signing Key",
                                          "description": "The webhook signing key.", "format": "password"},
                           "events": {"type": "string", "title": "Events", "description": "The events to receive.",
                                      "enum": ["invitee.created", "invitee.canceled"], "default": "invitee.created"},
                           "attachment": {"type": "string", "$comment": "type:binary", "title": "Attachment",
                                          "description": "A file to attach."}}}""")));
    }

    @Test
    void theEntryIsTheKameletAsJsonWithThePropertiesSchemaLast() {
        ObjectNode entry = KaotoEntries.kamelet(TestKamelets.CALENDLY_TEST_SOURCE);

        assertThat(entry.properties()).extracting(Map.Entry::getKey)
                .containsExactly("apiVersion", "kind", "metadata", "spec", "propertiesSchema");
        assertThat(entry.at("/spec/definition/properties/events/example").asText()).isEqualTo("invitee.created");
        assertThat(entry.at("/spec/template/from/uri").asText()).isEqualTo("calendly:webhook");
    }

    @Test
    void aKameletIsKeyedByItsNameInLowerCase() {
        assertThat(KaotoEntries.kameletKey(KaotoEntries.kamelet(TestKamelets.CALENDLY_TEST_SOURCE)))
                .isEqualTo("calendly-test-source");
    }

    @Test
    void aKameletWithoutPropertiesHasNoPropertiesInItsSchema() throws IOException {
        ObjectNode kamelet = (ObjectNode) MAPPER.readTree("""
                {"metadata": {"name": "bare"}, "spec": {"definition": {"title": "Bare", "type": "object"}}}""");

        assertThat(KameletPropertiesSchema.of(kamelet).has("properties")).isFalse();
        assertThat(KameletPropertiesSchema.of(kamelet).get("title").asText()).isEqualTo("Bare");
    }

    @Test
    void aPropertyWithoutTypeIsRefusedNamingKameletAndProperty() throws IOException {
        ObjectNode kamelet = (ObjectNode) MAPPER.readTree("""
                {"metadata": {"name": "odd-source"},
                 "spec": {"definition": {"properties": {"period": {"title": "Period"}}}}}""");

        assertThatThrownBy(() -> KameletPropertiesSchema.of(kamelet))
                .hasMessage("Property period of Kamelet odd-source has no type");
    }

    @Test
    void yamlThatIsNotAKameletIsRefused() {
        assertThatThrownBy(() -> KaotoEntries.kamelet("- just\n- a list\n")).hasMessageContaining("not a mapping");
        assertThatThrownBy(() -> KaotoEntries.kamelet("kind: Kamelet\nspec: {}\n"))
                .hasMessageContaining("has no spec.definition");
    }
}
