package io.github.camelcalendly.springboot.generator;

import java.util.List;

/**
 * One component-level option as Camel's tooling describes it in the component JSON ({@code componentProperties}).
 *
 * @param name         the option name, camelCase
 * @param type         Camel's kind of value: string, boolean, integer, number, duration, enum, object, array
 * @param javaType     the Java type of the component's setter, primitives included
 * @param defaultValue the default as text, or null when the option has none
 * @param description  the description, as written in the component's {@code @Metadata}
 * @param enums        the allowed values, empty when any value of the type is allowed
 * @param secret       whether the value is a credential
 * @param deprecated   whether the option is deprecated
 */
public record ComponentOption(String name, String type, String javaType, String defaultValue, String description,
        List<String> enums, boolean secret, boolean deprecated) {

    public ComponentOption {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A component option without a name");
        }
        if (javaType == null || javaType.isBlank()) {
            throw new IllegalArgumentException("Component option '" + name + "' has no javaType");
        }
        enums = List.copyOf(enums);
    }
}
