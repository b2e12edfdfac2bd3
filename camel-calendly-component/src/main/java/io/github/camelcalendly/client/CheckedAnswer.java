package io.github.camelcalendly.client;

import io.github.camelcalendly.operation.AnswerShape;

/**
 * A successful answer already read and checked by {@link AnswerCheck}, kept with its response so that the body a
 * route gets is parsed once: the JSON as the Maps, Lists and values a route receives.
 */
public final class CheckedAnswer {

    private final AnswerShape shape;
    private final Object value;

    /**
     * @param shape what the answer was checked against
     * @param value the parsed answer: a Map for an object, a List for an array, a String, Number or Boolean, the text
     *              of a raw answer of a non-JSON content type; null when it rightly had no body
     */
    public CheckedAnswer(AnswerShape shape, Object value) {
        this.shape = shape;
        this.value = value;
    }

    /** What the answer was checked against. */
    public AnswerShape shape() {
        return shape;
    }

    /** The parsed answer; null when it rightly had no body. */
    public Object value() {
        return value;
    }

    /** Names the shape only: the answer may hold personal data that has no place in a log line. */
    @Override
    public String toString() {
        return "CheckedAnswer[" + shape + "]";
    }
}
