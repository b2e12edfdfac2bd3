package io.github.camelcalendly.catalog.actions;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Draft 2020-12 validation with networknt's validator, formats asserted (date-time, date, uri, email), as a strict
 * consumer of the catalog would validate.
 */
final class JsonSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private JsonSchemas() {
    }

    static JsonSchema load(JsonNode schema) {
        return FACTORY.getSchema(schema, CONFIG);
    }

    static Set<ValidationMessage> problems(JsonNode schema, JsonNode instance) {
        return load(schema).validate(instance);
    }

    /** What the draft 2020-12 meta-schema finds wrong with {@code schema}. */
    static Set<ValidationMessage> metaSchemaProblems(JsonNode schema) {
        JsonSchema meta = FACTORY.getSchema(SchemaLocationHolder.META, CONFIG);
        return meta.validate(schema);
    }

    /** The meta-schema's location; networknt resolves it from its own bundled copy, without a network. */
    private static final class SchemaLocationHolder {
        static final com.networknt.schema.SchemaLocation META =
                com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema");
    }
}
