package io.github.camelcalendly.examples.app;

import java.time.Duration;

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

    /**
     * Before the routes stop: waits, at most {@code limit}, until every webhook delivery made so far has had the
     * trigger route's answer, so that stopping the HTTP server does not cut an answer off. Calendly's own
     * deliveries cannot be watched from here, so by default this returns at once.
     *
     * @param limit the longest wait
     * @throws InterruptedException when the wait is interrupted
     */
    default void awaitWebhooksAnswered(Duration limit) throws InterruptedException {
    }

    @Override
    void close();
}
