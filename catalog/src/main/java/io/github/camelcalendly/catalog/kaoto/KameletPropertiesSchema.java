package io.github.camelcalendly.catalog.kaoto;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of a Kamelet's properties as Kaoto's catalog has it beside the Kamelet ({@code propertiesSchema}),
 * built from the Kamelet's {@code spec.definition} the way Kaoto's published catalog does: {@code $schema} and
 * {@code type: object}, the definition's {@code title}, {@code description} and {@code required} when it has them,
 * and per property its {@code type}, {@code title}, {@code description}, {@code enum}, {@code default} and
 * {@code format} (the rest, e.g. {@code example}, {@code pattern}, {@code x-descriptors}, stays in the Kamelet).
 * A {@code binary} property becomes a {@code string} with {@code $comment: type:binary}.
 */
public final class KameletPropertiesSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] DEFINITION_FIELDS = {"title", "description", "required"};
    private static final String[] PROPERTY_FIELDS = {"title", "description", "enum", "default", "format"};

    private KameletPropertiesSchema() {
    }

    /**
     * @param kamelet the Kamelet as JSON, with {@code metadata.name} and {@code spec.definition}
     */
    public static ObjectNode of(JsonNode kamelet) {
        String name = kamelet.path("metadata").path("name").asText("(unnamed Kamelet)");
        JsonNode definition = kamelet.path("spec").path("definition");
        if (!definition.isObject()) {
            throw new IllegalArgumentException("Kamelet " + name + " has no spec.definition");
        }
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", ComponentPropertiesSchema.DRAFT_07);
        schema.put("type", "object");
        copy(definition, schema, DEFINITION_FIELDS);
        JsonNode properties = definition.path("properties");
        if (properties.isObject() && !properties.isEmpty()) {
            ObjectNode schemaProperties = schema.putObject("properties");
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                schemaProperties.set(property.getKey(), property(name, property.getKey(), property.getValue()));
            }
        }
        return schema;
    }

    private static ObjectNode property(String kamelet, String name, JsonNode property) {
        JsonNode type = property.get("type");
        if (type == null || !type.isTextual()) {
            throw new IllegalArgumentException("Property " + name + " of Kamelet " + kamelet + " has no type");
        }
        ObjectNode schema = JSON.objectNode();
        if ("binary".equals(type.asText())) {
            schema.put("type", "string");
            schema.put("$comment", "type:binary");
        } else {
            schema.set("type", type.deepCopy());
        }
        copy(property, schema, PROPERTY_FIELDS);
        return schema;
    }

    private static void copy(JsonNode from, ObjectNode to, String[] fields) {
        for (String field : fields) {
            if (from.has(field)) {
                to.set(field, from.get(field).deepCopy());
            }
        }
    }
}
