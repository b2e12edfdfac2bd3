package io.github.camelcalendly.operation;

import java.util.List;
import java.util.Objects;

/**
 * An option as one operation uses it: where it goes, whether it is required, and the type, enum and reference that
 * apply to this operation.
 *
 * @param option     the shared option definition
 * @param location   path, query or body
 * @param required   whether the operation cannot run without it
 * @param type       the kind of value for this operation
 * @param enumValues the values accepted by this operation, empty when free-form
 * @param reference  the API collection whose URIs this parameter carries, or null
 */
public record Parameter(
        OptionDefinition option, ParameterLocation location, boolean required, ParameterType type,
        List<String> enumValues, String reference) {

    public Parameter {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        enumValues = List.copyOf(enumValues);
    }

    public String name() {
        return option.name();
    }

    public String apiName() {
        return option.apiName();
    }

    public String description() {
        return option.description();
    }
}
