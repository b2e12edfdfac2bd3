package io.github.camelcalendly.benchmarks.producer;

/** The two sides of every comparison: the component (A) and the plainest hand-written camel-http route (B). */
public enum Side {

    CALENDLY("calendly"),
    PLAIN("plain");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** The lower-case name used in endpoint names and reports. */
    public String label() {
        return label;
    }
}
