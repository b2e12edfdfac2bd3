package io.github.camelcalendly.operation;

/**
 * What a successful Calendly answer to an operation looks like. An answer of another shape is not Calendly's data:
 * the call fails with a {@link io.github.camelcalendly.CalendlyApiException} naming what was missing.
 */
public enum AnswerShape {

    /** {@code {"resource": {...}}} with any 2xx but 204; the route gets the resource object. */
    RESOURCE("a \"resource\" object"),

    /** {@code {"collection": [{...}, ...], "pagination": {...}}}; the route gets the items. */
    COLLECTION("a \"collection\" array"),

    /**
     * 204 without a body; the route gets null. Should Calendly ever answer another 2xx with a JSON object instead,
     * the route gets that object; an empty body with another status is not an answer.
     */
    NO_CONTENT("204 without a body"),

    /**
     * A JSON object of the operation's own layout (a webhook envelope, {@code {"message": ...}}, {@code {}}); the
     * route gets the object, or its {@code resource} object when it has one.
     */
    OBJECT("a JSON object"),

    /**
     * Whatever Calendly sends (raw requests): JSON when the content type says JSON or is missing (it must then
     * parse), the text as it came otherwise, null for 204 or no body without a JSON content type.
     */
    ANY("any JSON, or text of a non-JSON content type"),

    /** Nothing is sent to Calendly (a link built locally, or a route trigger). */
    NONE("no answer: nothing is sent");

    private final String description;

    AnswerShape(String description) {
        this.description = description;
    }

    /** What the answer holds, as error messages and the documentation name it. */
    public String description() {
        return description;
    }
}
