package io.github.camelcalendly.benchmarks.producer;

/** The calls the producer suite measures, each made by both sides. */
public enum Call {

    /** {@code GET /users/me}: one small resource. */
    ME("me", "users/me"),
    /** Every page of {@code GET /scheduled_events}: 10 pages of 100 events, gathered into one list. */
    LIST("list", "list 10 x 100");

    private final String label;
    private final String title;

    Call(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** The lower-case name used in endpoint names. */
    public String label() {
        return label;
    }

    /** How the call is named in the rows of the table. */
    public String title() {
        return title;
    }

    /** The direct endpoint that makes this call on {@code side}, e.g. {@code direct:calendly-list}. */
    public String endpoint(Side side) {
        return "direct:" + side.label() + "-" + label;
    }
}
