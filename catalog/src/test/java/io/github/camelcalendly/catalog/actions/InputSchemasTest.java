package io.github.camelcalendly.catalog.actions;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.operation.ConnectionIdentity;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.RequestResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The input schemas say what the component accepts: every schema is a valid draft 2020-12 schema, inputs it accepts
 * the component resolves into a request, and inputs it refuses the component refuses too.
 */
class InputSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASE_URL = "https://api.calendly.com";
    private static final Supplier<ConnectionIdentity> IDENTITY = () -> new ConnectionIdentity(
            BASE_URL + "/users/USER0001", BASE_URL + "/organizations/ORG0001");

    static Stream<Operation> httpOperations() {
        return OperationRegistry.all().stream().filter(op -> op.kind() == OperationKind.HTTP);
    }

    static Stream<Operation> allOperations() {
        return OperationRegistry.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allOperations")
    void everyInputSchemaIsAValidDraft202012Schema(Operation op) {
        assertThat(JsonSchemas.metaSchemaProblems(InputSchemas.of(op))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("httpOperations")
    void anInputTheSchemaAcceptsTheComponentResolves(Operation op) {
        ObjectNode input = SampleRequests.validInput(op);

        assertThat(JsonSchemas.problems(InputSchemas.of(op), input)).as("%s against its schema", input).isEmpty();
        new RequestResolver(MAPPER).resolve(op, options(input), null, BASE_URL, IDENTITY);
    }

    @Test
    void aKeyTheOperationDoesNotTakeFailsTheSchema() {
        Operation cancel = OperationRegistry.resolve("scheduledEvents", "cancel");
        ObjectNode input = MAPPER.createObjectNode().put("uuid", "AAAA").put("cancel_reason", "Conflict");

        assertThat(JsonSchemas.problems(InputSchemas.of(cancel), input)).hasSize(1)
                .allSatisfy(problem -> assertThat(problem.getMessage()).contains("cancel_reason"));
    }

    @Test
    void aMissingRequiredOptionFailsTheSchemaAndTheComponent() {
        Operation create = OperationRegistry.resolve("invitees", "create");
        ObjectNode input = SampleRequests.validInput(create);
        input.remove("startTime");

        assertThat(JsonSchemas.problems(InputSchemas.of(create), input))
                .anySatisfy(problem -> assertThat(problem.getMessage()).contains("startTime"));
        assertThatThrownBy(() -> new RequestResolver(MAPPER).resolve(create, options(input), null, BASE_URL, IDENTITY))
                .isInstanceOf(CalendlyValidationException.class).hasMessageContaining("startTime");
    }

    @Test
    void eitherThePathIdentifiersOrTheUriSatisfyAGet() {
        Operation get = OperationRegistry.resolve("invitees", "get");
        JsonNode schema = InputSchemas.of(get);

        assertThat(JsonSchemas.problems(schema, MAPPER.createObjectNode().put("event", "E1").put("uuid", "I1")))
                .isEmpty();
        assertThat(JsonSchemas.problems(schema, MAPPER.createObjectNode()
                .put("uri", BASE_URL + "/scheduled_events/E1/invitees/I1"))).isEmpty();
        assertThat(JsonSchemas.problems(schema, MAPPER.createObjectNode().put("uuid", "I1"))).isNotEmpty();
    }

    @Test
    void aValueOutsideTheEnumFailsTheSchemaAndTheComponent() {
        Operation list = OperationRegistry.resolve("scheduledEvents", "list");
        ObjectNode input = MAPPER.createObjectNode().put("status", "postponed");

        assertThat(JsonSchemas.problems(InputSchemas.of(list), input))
                .anySatisfy(problem -> assertThat(problem.getMessage()).contains("status"));
        assertThatThrownBy(() -> new RequestResolver(MAPPER).resolve(list, options(input), null, BASE_URL, IDENTITY))
                .isInstanceOf(CalendlyValidationException.class).hasMessageContaining("status");
    }

    @Test
    void aTimeWithoutAnOffsetFailsTheSchemaAndTheComponent() {
        Operation list = OperationRegistry.resolve("scheduledEvents", "list");
        ObjectNode input = MAPPER.createObjectNode().put("minStartTime", "2026-05-01T09:00:00");

        assertThat(JsonSchemas.problems(InputSchemas.of(list), input))
                .anySatisfy(problem -> assertThat(problem.getMessage()).contains("minStartTime"));
        assertThatThrownBy(() -> new RequestResolver(MAPPER).resolve(list, options(input), null, BASE_URL, IDENTITY))
                .isInstanceOf(CalendlyValidationException.class).hasMessageContaining("minStartTime");
    }

    @Test
    void aPageSizeAboveTheOperationsLimitFailsTheSchemaAndTheComponent() {
        Operation list = OperationRegistry.resolve("scheduledEvents", "list");
        ObjectNode input = MAPPER.createObjectNode().put("count", 101);

        assertThat(JsonSchemas.problems(InputSchemas.of(list), input)).isNotEmpty();
        assertThat(JsonSchemas.problems(InputSchemas.of(OperationRegistry.resolve("activityLogEntries", "list")),
                MAPPER.createObjectNode().put("organization", "ORG1").put("count", 1000))).isEmpty();
        assertThatThrownBy(() -> new RequestResolver(MAPPER).resolve(list, options(input), null, BASE_URL, IDENTITY))
                .isInstanceOf(CalendlyValidationException.class).hasMessageContaining("count");
    }

    @Test
    void aJsonOptionOfTheWrongShapeFailsTheSchemaAndTheComponent() {
        Operation update = OperationRegistry.resolve("eventTypes", "update");
        ObjectNode input = MAPPER.createObjectNode().put("uuid", "ET1");
        input.putObject("locations").put("kind", "zoom_conference");

        assertThat(JsonSchemas.problems(InputSchemas.of(update), input))
                .anySatisfy(problem -> assertThat(problem.getMessage()).contains("locations"));
        assertThatThrownBy(() -> new RequestResolver(MAPPER).resolve(update, options(input), null, BASE_URL, IDENTITY))
                .isInstanceOf(CalendlyValidationException.class).hasMessageContaining("locations");
    }

    @Test
    void theConnectionsOwnUserOrOrganizationIsNotRequired() {
        ObjectNode schema = InputSchemas.of(OperationRegistry.resolve("groups", "list"));

        assertThat(schema.has("required")).isFalse();
        assertThat(schema.at("/properties/organization/description").asText()).contains("connection's own");
    }

    /** The input as the component takes it from a body: plain Java values by option name. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> options(JsonNode input) {
        return MAPPER.convertValue(input, Map.class);
    }
}
