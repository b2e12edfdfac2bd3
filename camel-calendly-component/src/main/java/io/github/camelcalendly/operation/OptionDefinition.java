package io.github.camelcalendly.operation;

import java.util.List;
import java.util.Objects;

/**
 * One endpoint option as the user names it in a URI or a {@code CamelCalendly.<option>} header, shared by every
 * operation that uses it. Operations may narrow its type, enum or reference per use (see {@link Parameter}).
 *
 * @param name        the option name: the API's snake_case name in camelCase
 * @param apiName     the name Calendly uses on the wire
 * @param type        the default kind of value
 * @param description what the option means, in the user's terms
 * @param enumValues  the values Calendly accepts, empty when free-form
 * @param reference   the API collection whose URIs this option carries ({@code users}, {@code event_types}, ...), or
 *                    null when the value is not a resource reference
 */
public record OptionDefinition(
        String name, String apiName, ParameterType type, String description, List<String> enumValues,
        String reference) {

    public OptionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(apiName, "apiName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        enumValues = List.copyOf(enumValues);
    }

    /** Converts an option name to the API's snake_case ({@code minStartTime -> min_start_time}). */
    public static String toApiName(String optionName) {
        StringBuilder sb = new StringBuilder(optionName.length() + 8);
        for (char c : optionName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
