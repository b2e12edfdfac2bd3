package io.github.camelcalendly.springboot.generator;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.util.TimeUtils;

/**
 * How one component option becomes a field of the generated {@code @ConfigurationProperties} class: its Java type
 * (wrapper types, so an unset property stays null; {@link Duration} for durations, so {@code 2s} binds; the enum
 * class for enum options), its initializer from the option's default, and its javadoc, which the Spring Boot
 * configuration processor turns into the description IDEs show.
 *
 * @param option      the component option
 * @param type        the field's Java type, fully qualified (generic types as written in the component JSON)
 * @param initializer the field's initializer expression, or null for none; an enum constant or a {@link Duration}
 *                    factory call is written with {@link #type()} fully qualified in front
 * @param javadoc     the field's javadoc text, escaped for a doc comment
 */
public record SpringProperty(ComponentOption option, String type, String initializer, String javadoc) {

    private static final Map<String, String> WRAPPERS = Map.of("boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "long", "java.lang.Long", "double", "java.lang.Double", "float", "java.lang.Float",
            "short", "java.lang.Short", "byte", "java.lang.Byte", "char", "java.lang.Character");

    /** The property for {@code option} under {@code prefix}. */
    public static SpringProperty of(ComponentOption option, String prefix) {
        String type = javaType(option);
        return new SpringProperty(option, type, initializer(option, type), javadoc(option, type, prefix));
    }

    /** The option's name, which is also the field's. */
    public String name() {
        return option.name();
    }

    /** Whether the value is a bean, given in a properties file as a reference {@code #bean:name}. */
    public boolean isBeanReference() {
        return isBeanReference(option, type);
    }

    static String javaType(ComponentOption option) {
        if ("duration".equals(option.type())) {
            return Duration.class.getName();
        }
        String javaType = option.javaType().replace('$', '.');
        return WRAPPERS.getOrDefault(javaType, javaType);
    }

    private static boolean isBeanReference(ComponentOption option, String type) {
        return "object".equals(option.type()) && option.enums().isEmpty() && !type.startsWith("java.lang.")
               && !type.startsWith("java.util.Map") && !type.startsWith("java.util.List")
               && !type.startsWith("java.util.Set");
    }

    private static String initializer(ComponentOption option, String type) {
        String value = option.defaultValue();
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return switch (type) {
                case "java.time.Duration" -> durationExpression(TimeUtils.toMilliSeconds(value));
                case "java.lang.String" -> JavaLiterals.string(value);
                case "java.lang.Boolean" -> JavaLiterals.bool(value);
                case "java.lang.Integer" -> Integer.toString(Integer.parseInt(value.trim()));
                case "java.lang.Long" -> Long.parseLong(value.trim()) + "L";
                case "java.lang.Double" -> Double.parseDouble(value.trim()) + "d";
                case "java.lang.Float" -> Float.parseFloat(value.trim()) + "f";
                case "java.lang.Short" -> "(short) " + Short.parseShort(value.trim());
                case "java.lang.Byte" -> "(byte) " + Byte.parseByte(value.trim());
                case "java.lang.Character" -> JavaLiterals.character(value);
                default -> enumConstant(option, type, value);
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Component option '" + option.name() + "': default '" + value
                                            + "' is not a valid " + type + ": " + e.getMessage(), e);
        }
    }

    /** {@code Duration.ofSeconds(1)} rather than {@code ofMillis(1000)}: the processor documents it as {@code 1s}. */
    static String durationExpression(long millis) {
        if (millis != 0 && millis % 86_400_000L == 0) {
            return "java.time.Duration.ofDays(" + millis / 86_400_000L + ")";
        } else if (millis != 0 && millis % 3_600_000L == 0) {
            return "java.time.Duration.ofHours(" + millis / 3_600_000L + ")";
        } else if (millis != 0 && millis % 60_000L == 0) {
            return "java.time.Duration.ofMinutes(" + millis / 60_000L + ")";
        } else if (millis != 0 && millis % 1000L == 0) {
            return "java.time.Duration.ofSeconds(" + millis / 1000L + ")";
        }
        return "java.time.Duration.ofMillis(" + millis + ")";
    }

    private static String enumConstant(ComponentOption option, String type, String value) {
        Class<?> enumType = loadEnum(type);
        if (enumType == null) {
            throw new IllegalArgumentException("the generator writes defaults only for strings, numbers, booleans,"
                                               + " durations and enums");
        }
        for (Object constant : enumType.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            if (e.name().equals(value) || e.toString().equals(value)) {
                return enumType.getName().replace('$', '.') + "." + e.name();
            }
        }
        throw new IllegalArgumentException("no constant of " + type + " is named " + value);
    }

    private static Class<?> loadEnum(String type) {
        if (type.contains("<")) {
            return null;
        }
        try {
            Class<?> found = Class.forName(type, false, SpringProperty.class.getClassLoader());
            return found.isEnum() ? found : null;
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("the type is not on the test classpath", e);
        }
    }

    private static String javadoc(ComponentOption option, String type, String prefix) {
        StringBuilder text = new StringBuilder(sentence(JavadocText.plain(option.description())));
        if (isBeanReference(option, type)) {
            text.append(" The value is a reference to a bean of type ").append(type).append(": #bean:name.");
        }
        if (!option.enums().isEmpty() && "java.lang.String".equals(type)) {
            text.append(" One of: ").append(String.join(", ", option.enums())).append('.');
        }
        if (option.secret()) {
            text.append(" A secret: set it from the environment (")
                    .append(PropertyNames.environmentVariable(prefix, option.name()))
                    .append(") or a secret store, never in a committed file.");
        }
        return JavadocText.escape(text.toString().trim());
    }

    private static String sentence(String text) {
        if (text.isEmpty() || text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) {
            return text;
        }
        return text + ".";
    }
}
