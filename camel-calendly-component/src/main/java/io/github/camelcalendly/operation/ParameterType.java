package io.github.camelcalendly.operation;

/**
 * The kind of value a parameter takes, which decides how a user's value is checked and converted before it is sent.
 */
public enum ParameterType {
    /** Plain text. */
    STRING("String"),
    /** A full Calendly resource URI that a bare UUID cannot stand for (it nests under another resource). */
    URI("String"),
    /** A whole number. */
    INTEGER("Integer"),
    /** true or false. */
    BOOLEAN("Boolean"),
    /** An instant: ISO-8601 text or a java.time value, sent as UTC ISO-8601. */
    DATE_TIME("String"),
    /** A calendar date: yyyy-MM-dd text or a LocalDate. */
    DATE("String"),
    /** Several strings: a comma-separated string, a collection or an array. */
    STRING_LIST("String"),
    /** Several whole numbers: a comma-separated string, a collection or an array. */
    INTEGER_LIST("String"),
    /** A JSON object: JSON text, a Map, a JsonNode or a POJO. */
    JSON_OBJECT("String"),
    /** A JSON array: JSON text, a List, an array or a JsonNode. */
    JSON_ARRAY("String");

    private final String optionJavaType;

    ParameterType(String optionJavaType) {
        this.optionJavaType = optionJavaType;
    }

    /** The Java type of the endpoint option that carries this parameter in a URI. */
    public String optionJavaType() {
        return optionJavaType;
    }

    /** Whether a value is sent as JSON as given: an object or an array. */
    public boolean isJson() {
        return this == JSON_OBJECT || this == JSON_ARRAY;
    }

    public boolean isList() {
        return this == STRING_LIST || this == INTEGER_LIST;
    }
}
