package io.github.camelcalendly.webhook;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one HTTP request on the webhook path: reads and verifies it ({@link DeliveryReader}), drops duplicates
 * ({@link DeliveryDeduplicator}), skips events the route did not ask for, hands the event to an {@link EventRunner}
 * and answers with a short text/plain
 * status: 200 when the route completed or the event was already processed, 500 when the route failed (so Calendly
 * retries), 409 while the same event is being processed by another request, and the rejection's status otherwise.
 */
public final class WebhookRequestHandler implements Processor {

    /** Runs the route for a verified event. */
    @FunctionalInterface
    public interface EventRunner {
        /**
         * Runs the route for {@code event}, received on {@code httpExchange}.
         *
         * @return true when the route completed, false when it failed (the failure is reported by the runner)
         */
        boolean run(Exchange httpExchange, WebhookEvent event) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRequestHandler.class);

    private final DeliveryReader reader;
    private final java.util.Set<String> events;
    private final DeliveryDeduplicator deduplicator;
    private final EventRunner runner;

    /**
     * @param events the event names the route asked for; a verified delivery of another event (from a subscription
     *               of someone else to the same URL) is acknowledged without running the route
     */
    public WebhookRequestHandler(DeliveryReader reader, java.util.Collection<String> events,
            DeliveryDeduplicator deduplicator, EventRunner runner) {
        this.reader = reader;
        this.events = java.util.Set.copyOf(events);
        this.deduplicator = deduplicator;
        this.runner = runner;
    }

    @Override
    public void process(Exchange httpExchange) throws Exception {
        WebhookEvent event;
        try {
            event = reader.read(httpExchange.getMessage());
        } catch (WebhookRejection rejection) {
            LOG.debug("Rejected a Calendly webhook request with {}: {}", rejection.status(), rejection.reason());
            respond(httpExchange, rejection.status(), rejection.reason());
            if (rejection.status() == 405) {
                httpExchange.getMessage().setHeader("Allow", "POST");
            }
            return;
        }
        if (!events.contains(event.name())) {
            LOG.debug("Acknowledged {} without running the route, which listens for {}", event, events);
            respond(httpExchange, 200, "Not an event this route listens for");
            return;
        }
        String key = event.deduplicationKey();
        switch (deduplicator.begin(key)) {
            case DUPLICATE -> {
                LOG.debug("Acknowledged a redelivery of {} without running the route", event);
                respond(httpExchange, 200, "Already processed");
                return;
            }
            case IN_PROGRESS -> {
                LOG.debug("{} is being processed by another request; asking Calendly to retry", event);
                respond(httpExchange, 409, "This event is being processed; retry later");
                return;
            }
            default -> {
                // a new event: run the route below
            }
        }
        boolean completed = false;
        try {
            completed = runner.run(httpExchange, event);
        } finally {
            if (completed) {
                deduplicator.succeeded(key);
            } else {
                deduplicator.failed(key);
            }
        }
        if (completed) {
            respond(httpExchange, 200, "OK");
        } else {
            respond(httpExchange, 500, "The route failed to process the event");
        }
    }

    private static void respond(Exchange exchange, int status, String text) {
        Message message = exchange.getMessage();
        // the request's headers (the signature among them) must not be echoed in the response
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(text);
    }
}
