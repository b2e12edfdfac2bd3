package io.github.camelcalendly.examples.app;

/**
 * The Calendly a run talks to: where its API is and the token to use. Closing it stops what the run started for it.
 */
public interface CalendlyTarget extends AutoCloseable {

    /** The API base URL. */
    String baseUrl();

    /** The bearer token; never printed. */
    String accessToken();

    /** For the console: what this is and where, without the token. */
    String description();

    @Override
    void close();
}
