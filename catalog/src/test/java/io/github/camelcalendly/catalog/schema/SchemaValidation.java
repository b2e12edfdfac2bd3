package io.github.camelcalendly.catalog.schema;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates JSON against the output schemas with a real draft 2020-12 validator (networknt), formats asserted
 * (date-time, uri, email), and the schemas themselves against the draft 2020-12 meta-schema bundled with it.
 */
final class SchemaValidation {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private SchemaValidation() {
    }

    /** The problems of {@code instance} under {@code schema}, sorted; empty when it is valid. */
    static List<String> problems(JsonNode schema, JsonNode instance) {
        return sorted(FACTORY.getSchema(schema, CONFIG).validate(instance).stream().toList());
    }

    /** The instance locations {@code instance} fails at under {@code schema}. */
    static List<String> failingLocations(JsonNode schema, JsonNode instance) {
        return FACTORY.getSchema(schema, CONFIG).validate(instance).stream()
                .map(message -> message.getInstanceLocation().toString())
                .distinct().sorted().toList();
    }

    /** The problems of {@code schema} as a draft 2020-12 schema; empty when it is one. */
    static List<String> metaSchemaProblems(JsonNode schema) {
        return sorted(FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG).validate(schema).stream()
                .toList());
    }

    /** Any value as the JSON a schema validates: a route's Map, List, String or null. */
    static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }

    private static List<String> sorted(List<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
    }
}
