package io.github.camelcalendly.catalog.kamelet;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;

/**
 * One property of a Kamelet: its JSON Schema in {@code spec.definition.properties} and the placeholder its template
 * uses. A property that is neither required nor defaulted is optional in the template ({@code {{?name}}}): left
 * unset, the endpoint option is left out and the component's own setting applies.
 *
 * @param name         the property name, the same as the endpoint option it sets
 * @param title        the title tools show
 * @param description  what the property means
 * @param type         the JSON Schema type: string, integer or boolean
 * @param enumValues   the accepted values, empty when free-form
 * @param defaultValue the default, or null
 * @param example      an example value, or null
 * @param pattern      a regular expression every value must match, or null
 * @param secret       whether the property carries a credential (shown as a password, grouped as credentials)
 * @param required     whether the Kamelet cannot run without it
 */
record KameletProperty(String name, String title, String description, String type, List<String> enumValues,
                       JsonNode defaultValue, String example, String pattern, boolean secret, boolean required) {

    /** The x-descriptors that mark a credential for tools (a password field in the credentials group). */
    static final List<String> CREDENTIAL_DESCRIPTORS =
            List.of("urn:alm:descriptor:com.tectonic.ui:password", "urn:camel:group:credentials");

    KameletProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (!List.of("string", "integer", "boolean").contains(type)) {
            throw new IllegalArgumentException("Kamelet property " + name + " has the unsupported type " + type);
        }
        enumValues = List.copyOf(enumValues);
    }

    /** The property that sets the endpoint option {@code option}, described as the component JSON describes it. */
    static KameletProperty of(ComponentOption option) {
        String type = switch (option.type()) {
            case "string", "enum", "duration" -> "string";
            case "integer", "boolean" -> option.type();
            default -> throw new IllegalStateException("Endpoint option " + option.name() + " of type "
                    + option.type() + " cannot be a Kamelet property");
        };
        return new KameletProperty(option.name(), option.displayName(), option.description(), type,
                option.enumValues(), option.defaultValue(), null, null, option.secret(), false);
    }

    KameletProperty withDescription(String value) {
        return new KameletProperty(name, title, value, type, enumValues, defaultValue, example, pattern, secret,
                required);
    }

    KameletProperty withEnum(List<String> values) {
        return new KameletProperty(name, title, description, type, values, defaultValue, example, pattern, secret,
                required);
    }

    KameletProperty withDefault(JsonNode value) {
        return new KameletProperty(name, title, description, type, enumValues, value, example, pattern, secret,
                required);
    }

    KameletProperty withExample(String value) {
        return new KameletProperty(name, title, description, type, enumValues, defaultValue, value, pattern, secret,
                required);
    }

    KameletProperty withPattern(String value) {
        return new KameletProperty(name, title, description, type, enumValues, defaultValue, example, value, secret,
                required);
    }

    KameletProperty asRequired() {
        return new KameletProperty(name, title, description, type, enumValues, defaultValue, example, pattern, secret,
                true);
    }

    /** How the template refers to the property: {@code {{name}}}, or {@code {{?name}}} when it may be left unset. */
    String placeholder() {
        return required || defaultValue != null ? "{{" + name + "}}" : "{{?" + name + "}}";
    }

    /** The property's JSON Schema, its keys always in the same order. */
    ObjectNode schema() {
        ObjectNode schema = CatalogSources.mapper().createObjectNode();
        schema.put("title", title);
        schema.put("description", description);
        schema.put("type", type);
        if (secret) {
            schema.put("format", "password");
        }
        if (!enumValues.isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            enumValues.forEach(values::add);
        }
        if (defaultValue != null) {
            schema.set("default", defaultValue);
        }
        if (example != null) {
            schema.put("example", example);
        }
        if (pattern != null) {
            schema.put("pattern", pattern);
        }
        if (secret) {
            ArrayNode descriptors = schema.putArray("x-descriptors");
            CREDENTIAL_DESCRIPTORS.forEach(descriptors::add);
        }
        return schema;
    }
}
