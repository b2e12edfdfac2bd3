package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.catalog.CatalogSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the Kaoto part renders from the component JSON and the Kamelets the parts before it rendered.
 */
class KaotoPartTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CatalogSources SOURCES = CatalogSources.fromClasspath("test");

    @Test
    void theComponentsFileHoldsCalendlyAsCamelsComponentJsonPlusItsPropertiesSchema() throws IOException {
        JsonNode components = MAPPER.readTree(new KaotoPart().files(SOURCES, Map.of()).get(KaotoPart.COMPONENTS_FILE));

        assertThat(components.properties()).extracting(Map.Entry::getKey).containsExactly("calendly");
        ObjectNode entry = (ObjectNode) components.get("calendly").deepCopy();
        JsonNode schema = entry.remove("propertiesSchema");
        assertThat(entry).isEqualTo(SOURCES.componentJson());
        assertThat(schema).isEqualTo(ComponentPropertiesSchema.of(SOURCES.componentJson()));
    }

    @Test
    void withoutKameletsTheKameletsFileIsAnEmptyObject() throws IOException {
        JsonNode kamelets = MAPPER.readTree(new KaotoPart().files(SOURCES, Map.of()).get(KaotoPart.KAMELETS_FILE));

        assertThat(kamelets.isObject()).isTrue();
        assertThat(kamelets.isEmpty()).isTrue();
    }

    @Test
    void everyRenderedKameletBecomesAnEntryByLowerCaseName() throws IOException {
        Map<String, String> earlier = Map.of(
                KaotoPart.KAMELETS_FOLDER + "calendly-test-source.kamelet.yaml", TestKamelets.CALENDLY_TEST_SOURCE,
                KaotoPart.KAMELETS_FOLDER + "README.md", "not a Kamelet",
                "docs/calendly-test-source.kamelet.yaml", "not in the Kamelets folder");

        JsonNode kamelets = MAPPER.readTree(new KaotoPart().files(SOURCES, earlier).get(KaotoPart.KAMELETS_FILE));

        assertThat(kamelets.properties()).extracting(Map.Entry::getKey).containsExactly("calendly-test-source");
        assertThat(kamelets.get("calendly-test-source"))
                .isEqualTo(KaotoEntries.kamelet(TestKamelets.CALENDLY_TEST_SOURCE));
    }

    @Test
    void kameletsAreInNameOrder() throws IOException {
        Map<String, String> earlier = Map.of(
                KaotoPart.KAMELETS_FOLDER + "b.kamelet.yaml", TestKamelets.TICK_SOURCE,
                KaotoPart.KAMELETS_FOLDER + "a.kamelet.yaml", TestKamelets.CALENDLY_TEST_SOURCE);

        JsonNode kamelets = MAPPER.readTree(new KaotoPart().files(SOURCES, earlier).get(KaotoPart.KAMELETS_FILE));

        assertThat(kamelets.properties()).extracting(Map.Entry::getKey)
                .containsExactly("calendly-test-source", "tick-source");
    }

    @Test
    void aBrokenKameletFailsTheBuildNamingItsFile() {
        Map<String, String> earlier = Map.of(KaotoPart.KAMELETS_FOLDER + "odd.kamelet.yaml", "kind: Kamelet\n");

        assertThatThrownBy(() -> new KaotoPart().files(SOURCES, earlier))
                .hasMessageStartingWith(KaotoPart.KAMELETS_FOLDER + "odd.kamelet.yaml: ");
    }
}
