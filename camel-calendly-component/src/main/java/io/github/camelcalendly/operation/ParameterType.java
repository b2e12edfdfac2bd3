package io.github.camelcalendly.operation;

/**
 * The kind of value a parameter takes, which decides how a user's value is checked and converted before it is sent.
 */
public enum ParameterType {
    /** Plain text. */
    STRING("String", "string"),
    /** A full Calendly resource URI that a bare UUID cannot stand for (it nests under another resource). */
    URI("String", "string"),
    /** A whole number. */
    INTEGER("Integer", "integer"),
    /** true or false. */
    BOOLEAN("Boolean", "boolean"),
    /** An instant: ISO-8601 text or a java.time value, sent as UTC ISO-8601. */
    DATE_TIME("String", "string"),
    /** A calendar date: yyyy-MM-dd text or a LocalDate. */
    DATE("String", "string"),
    /** Several strings: a comma-separated string, a collection or an array. */
    STRING_LIST("String", "array"),
    /** Several whole numbers: a comma-separated string, a collection or an array. */
    INTEGER_LIST("String", "array"),
    /** A JSON object: JSON text, a Map, a JsonNode or a POJO. */
    JSON_OBJECT("String", "object"),
    /** A JSON array: JSON text, a List, an array or a JsonNode. */
    JSON_ARRAY("String", "array");

    private final String optionJavaType;
    private final String jsonSchemaType;

    ParameterType(String optionJavaType, String jsonSchemaType) {
        this.optionJavaType = optionJavaType;
        this.jsonSchemaType = jsonSchemaType;
    }

    /** The Java type of the endpoint option that carries this parameter in a URI. */
    public String optionJavaType() {
        return optionJavaType;
    }

    /** The JSON Schema type that describes a value of this kind. */
    public String jsonSchemaType() {
        return jsonSchemaType;
    }

    /** Whether a value is sent as JSON as given: an object or an array. */
    public boolean isJson() {
        return this == JSON_OBJECT || this == JSON_ARRAY;
    }

    public boolean isList() {
        return this == STRING_LIST || this == INTEGER_LIST;
    }
}
