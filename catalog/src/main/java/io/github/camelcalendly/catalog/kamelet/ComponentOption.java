package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One endpoint option as the component JSON describes it: its display name, description, type, default, enum and
 * whether it carries a credential.
 *
 * @param name         the option name
 * @param displayName  the name tools show ({@code Access Token})
 * @param description  what the option means, without the trigger or consumer it applies to as a prefix
 * @param type         the component JSON type: string, integer, boolean, enum, duration, object
 * @param defaultValue the default, or null when there is none
 * @param secret       whether the option carries a credential
 * @param enumValues   the values the option accepts, empty when free-form
 */
record ComponentOption(String name, String displayName, String description, String type, JsonNode defaultValue,
                       boolean secret, List<String> enumValues) {

    /** Prefixes the component JSON puts before descriptions of options that only one kind of consumer reads. */
    private static final List<String> SCOPE_PREFIXES = List.of("calendly:webhook: ", "Polling consumer: ");

    ComponentOption {
        enumValues = List.copyOf(enumValues);
    }

    /**
     * The endpoint option {@code name} of the component JSON.
     *
     * @throws IllegalStateException when the component JSON has no such endpoint option
     */
    static ComponentOption of(ObjectNode componentJson, String name) {
        JsonNode option = componentJson.path("properties").path(name);
        if (!option.isObject()) {
            throw new IllegalStateException("The component JSON has no endpoint option '" + name + "'");
        }
        List<String> enums = new ArrayList<>();
        option.path("enum").forEach(value -> enums.add(value.asText()));
        JsonNode defaultValue = option.get("defaultValue");
        return new ComponentOption(name, option.path("displayName").asText(), unscoped(option.path("description").asText()),
                option.path("type").asText(), defaultValue == null || defaultValue.isNull() ? null : defaultValue,
                option.path("secret").asBoolean(false), enums);
    }

    private static String unscoped(String description) {
        for (String prefix : SCOPE_PREFIXES) {
            if (description.startsWith(prefix)) {
                String rest = description.substring(prefix.length());
                return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return description;
    }
}
