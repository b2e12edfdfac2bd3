package io.github.camelcalendly.catalog.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.operation.AnswerShape;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelcalendly.catalog.schema.SchemaValidation.json;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.metaSchemaProblems;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every operation of the registry and every webhook event has an output schema: a valid, self-contained draft
 * 2020-12 schema with a title and a description, shaped as the component's result contract says.
 */
class OutputSchemaCoverageTest {

    static Stream<Operation> operations() {
        return OperationRegistry.all().stream();
    }

    static Stream<String> events() {
        return OptionCatalog.WEBHOOK_EVENTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyOperationHasAValidSelfContainedOutputSchema(Operation op) {
        ObjectNode schema = OutputSchemas.of(op);

        assertPublishable(schema, op.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyWebhookEventHasAValidSelfContainedPayloadSchema(String event) {
        ObjectNode schema = OutputSchemas.eventPayload(event);

        assertPublishable(schema, event);
        assertThat(schema.get("title").asText()).isEqualTo(event + " payload");
    }

    @Test
    void anUnknownWebhookEventIsRefusedNamingIt() {
        assertThatThrownBy(() -> OutputSchemas.eventPayload("invitee.rescheduled"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'invitee.rescheduled'")
                .hasMessageContaining("invitee.created");
    }

    @Test
    void theOperationTableNamesOnlyOperationsThatNeedASchemaFile() {
        List<String> needingFile = OperationRegistry.all().stream()
                .filter(op -> op.answer() != AnswerShape.NO_CONTENT && op.answer() != AnswerShape.ANY
                              && op.kind() != OperationKind.WEBHOOK_TRIGGER)
                .map(Operation::id).toList();

        assertThat(OutputTypes.operationIds()).containsExactlyInAnyOrderElementsOf(needingFile);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aResourceIsAnObjectAndACollectionAListOfItems(Operation op) {
        ObjectNode schema = OutputSchemas.of(op);

        switch (op.answer()) {
            case COLLECTION -> {
                assertThat(schema.path("type").asText()).isEqualTo("array");
                assertThat(problems(schema, json(List.of()))).isEmpty();
                assertThat(problems(schema, json(Map.of()))).isNotEmpty();
            }
            case RESOURCE -> assertThat(problems(schema, json(List.of()))).as("a list is no resource").isNotEmpty();
            case NO_CONTENT -> {
                assertThat(problems(schema, json(null))).isEmpty();
                assertThat(problems(schema, json(Map.of()))).isNotEmpty();
            }
            case ANY -> {
                assertThat(problems(schema, json(null))).isEmpty();
                assertThat(problems(schema, json("plain text"))).isEmpty();
                assertThat(problems(schema, json(List.of(1, "two")))).isEmpty();
            }
            case OBJECT, NONE -> assertThat(schema.has("type") || schema.has("anyOf") || schema.has("allOf"))
                    .as("%s says what it is", op.id()).isTrue();
        }
    }

    @Test
    void localLinksAreUrlStrings() {
        for (String id : List.of("schedulingLinks/prefillUrl", "oauth/authorizeUrl")) {
            Operation op = OperationRegistry.find(id.split("/")[0], id.split("/")[1]).orElseThrow();
            ObjectNode schema = OutputSchemas.of(op);

            assertThat(problems(schema, json("https://calendly.com/acme/intro?name=Ada%20Lovelace"))).isEmpty();
            assertThat(problems(schema, json(Map.of("url", "https://calendly.com/acme")))).isNotEmpty();
        }
    }

    @Test
    void eachCallGivesAFreshSchema() {
        Operation me = OperationRegistry.find("users", "me").orElseThrow();
        OutputSchemas.of(me).put("$schema", "https://json-schema.org/draft/2020-12/schema");

        assertThat(OutputSchemas.of(me).has("$schema")).isFalse();
    }

    private static void assertPublishable(ObjectNode schema, String what) {
        assertThat(schema.path("title").asText()).as("title of %s", what).isNotBlank();
        assertThat(schema.path("description").asText()).as("description of %s", what).isNotBlank();
        assertThat(schema.has("$schema")).as("%s leaves $schema to the caller", what).isFalse();
        assertThat(references(schema)).as("references left in %s", what).isEmpty();
        assertThat(metaSchemaProblems(schema)).as("%s against the draft 2020-12 meta-schema", what).isEmpty();
    }

    /** Every "$ref" value in a schema. */
    private static List<String> references(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.has("$ref")) {
            found.add(node.get("$ref").asText());
        }
        node.forEach(child -> found.addAll(references(child)));
        return found;
    }
}
