package io.github.camelcalendly.catalog.kaoto;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of a component's endpoint options as Kaoto's catalog has it beside Camel's component JSON
 * ({@code propertiesSchema}): Kaoto builds its forms from it. Built from the component JSON's {@code properties},
 * in their order, the way Kaoto's published catalog does for Camel's own components:
 * <ul>
 *     <li>{@code title}: the option's {@code displayName}, or, without one, its name split into capitalised words
 *     ({@code lazyStartProducer}: {@code Lazy Start Producer});</li>
 *     <li>{@code type}: {@code string} for Camel's {@code string}, {@code enum}, {@code duration} and bean
 *     {@code object} options, {@code object} for a {@code java.util.Map} option; {@code boolean}, {@code integer},
 *     {@code number} and {@code array} (of strings) as they are;</li>
 *     <li>{@code enum}: the choices; {@code $comment}: {@code group:<group>}, e.g. {@code group:producer (advanced)};
 *     </li>
 *     <li>{@code format}: {@code bean:<javaType>} for a bean option ({@code bean:<javaType>|password} for a secret
 *     one), {@code password} for another secret, {@code duration} for a duration;</li>
 *     <li>{@code deprecated}: only when it is; {@code default}: the default value, as text for an enum or a
 *     number;</li>
 *     <li>{@code required}: the names of the required options, left out when there are none.</li>
 * </ul>
 */
public final class ComponentPropertiesSchema {

    /** The JSON Schema dialect Kaoto's schemas name. */
    public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ComponentPropertiesSchema() {
    }

    /**
     * @param componentJson Camel's component JSON, with {@code component.name} and {@code properties}
     */
    public static ObjectNode of(JsonNode componentJson) {
        String component = componentJson.path("component").path("name").asText("(unnamed component)");
        JsonNode options = componentJson.get("properties");
        if (options == null || !options.isObject()) {
            throw new IllegalArgumentException("The component JSON of " + component + " has no properties object");
        }
        ObjectNode schema = JSON.objectNode();
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Map.Entry<String, JsonNode> option : options.properties()) {
            properties.set(option.getKey(), property(component, option.getKey(), option.getValue()));
            if (option.getValue().path("required").asBoolean(false)) {
                required.add(option.getKey());
            }
        }
        schema.put("$schema", DRAFT_07);
        schema.put("type", "object");
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    /** The schema of one endpoint option. */
    static ObjectNode property(String component, String name, JsonNode option) {
        String camelType = required(component, name, option, "type");
        String javaType = option.path("javaType").asText("");
        boolean bean = "object".equals(camelType) && !javaType.startsWith("java.util.Map");

        ObjectNode property = JSON.objectNode();
        property.put("title", title(name, option));
        if (option.hasNonNull("description")) {
            property.put("description", option.get("description").asText());
        }
        property.put("type", schemaType(component, name, camelType, bean));
        if (option.has("enum")) {
            property.set("enum", option.get("enum").deepCopy());
        }
        if ("array".equals(camelType)) {
            property.putObject("items").put("type", "string");
        }
        property.put("$comment", "group:" + required(component, name, option, "group"));
        boolean secret = option.path("secret").asBoolean(false);
        if (bean) {
            property.put("format", "bean:" + javaType + (secret ? "|password" : ""));
        } else if (secret) {
            property.put("format", "password");
        } else if ("duration".equals(camelType)) {
            property.put("format", "duration");
        }
        if (option.path("deprecated").asBoolean(false)) {
            property.put("deprecated", true);
        }
        if (option.has("defaultValue")) {
            JsonNode value = option.get("defaultValue");
            boolean asText = "enum".equals(camelType) || "number".equals(camelType);
            property.set("default", asText ? JSON.textNode(value.asText()) : value.deepCopy());
        }
        return property;
    }

    /** The option's display name, or its name split into capitalised words. */
    static String title(String name, JsonNode option) {
        String displayName = option.path("displayName").asText("");
        return displayName.isBlank() ? titleOf(name) : displayName;
    }

    /** {@code lazyStartProducer}: {@code Lazy Start Producer}; {@code api-key}: {@code Api Key}. */
    static String titleOf(String name) {
        StringBuilder title = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' || c == '.' || c == ' ') {
                wordStart = true;
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                wordStart = true;
            }
            if (wordStart && !title.isEmpty()) {
                title.append(' ');
            }
            title.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = false;
        }
        return title.toString();
    }

    private static String schemaType(String component, String name, String camelType, boolean bean) {
        return switch (camelType) {
            case "string", "enum", "duration" -> "string";
            case "boolean", "integer", "number", "array" -> camelType;
            case "object" -> bean ? "string" : "object";
            default -> throw new IllegalArgumentException(
                    "Option " + name + " of " + component + " has type " + camelType
                    + ", which is none of Camel's option types (string, enum, duration, boolean, integer, number,"
                    + " array, object)");
        };
    }

    private static String required(String component, String name, JsonNode option, String field) {
        JsonNode value = option.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("Option " + name + " of " + component + " has no " + field);
        }
        return value.asText();
    }
}
