package io.github.camelcalendly.catalog.kamelet;

/**
 * What a Kamelet does in a route, as its label {@code camel.apache.org/kamelet.type} says: a source starts the
 * route, a sink ends it, an action is a step in between. The name of a Kamelet ends in {@code -<label>} and its
 * title in the capitalized label.
 */
enum KameletType {
    SOURCE("source"),
    SINK("sink"),
    ACTION("action");

    private final String label;

    KameletType(String label) {
        this.label = label;
    }

    /** The value of the label {@code camel.apache.org/kamelet.type}. */
    String label() {
        return label;
    }

    /** How a Kamelet title of this type ends: {@code Source}, {@code Sink}, {@code Action}. */
    String titleSuffix() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
