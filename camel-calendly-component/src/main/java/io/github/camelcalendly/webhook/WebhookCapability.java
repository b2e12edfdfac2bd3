package io.github.camelcalendly.webhook;

import java.time.Clock;
import java.util.List;

import io.github.camelcalendly.CalendlyEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookConfiguration;

/**
 * What {@code calendly:webhook} does as a delegate of Camel's webhook component ({@code webhook:calendly:webhook?...}):
 * the webhook component mounts the path and this class supplies the handler, which verifies and deduplicates like
 * the calendly consumer, puts the event on the request's exchange and calls the route. The handler is a service
 * that the webhook component's consumer starts and stops with the route, and with it the idempotent repository, as
 * {@link DeliveryRepository} says.
 */
public final class WebhookCapability {

    private final CalendlyEndpoint endpoint;
    private final TriggerSubscriptions subscriptions;
    private volatile WebhookConfiguration configuration;

    public WebhookCapability(CalendlyEndpoint endpoint) {
        this.endpoint = endpoint;
        this.subscriptions = new TriggerSubscriptions(endpoint);
    }

    /**
     * A handler that verifies each request, then runs {@code next} with the event's payload and headers; a service
     * that starts its idempotent repository when started and stops it when stopped.
     */
    public Processor createWebhookHandler(Processor next) {
        Clock clock = Clock.systemUTC();
        DeliveryReader reader = WebhookHandlerSupport.reader(endpoint, clock);
        DeliveryRepository deliveries = DeliveryRepository.of(endpoint);
        return new WebhookComponentHandler(new WebhookRequestHandler(reader, WebhookHandlerSupport.events(endpoint),
                WebhookHandlerSupport.deduplicator(endpoint, deliveries.repository(), clock),
                (httpExchange, event) -> runRoute(next, httpExchange, event)), deliveries);
    }

    private static boolean runRoute(Processor next, Exchange exchange, WebhookEvent event) throws Exception {
        EventMessages.populate(exchange.getMessage(), event);
        next.process(exchange);
        // a failure stays on the exchange: the route's error handler has seen it and the HTTP server answers 500
        return exchange.getException() == null;
    }

    /**
     * Registers the subscription for the webhook component's full external URL when both the webhook component and
     * the calendly endpoint ask for it (webhookAutoRegister); otherwise does nothing.
     */
    public void registerWebhook() throws java.net.UnknownHostException {
        if (autoRegister()) {
            subscriptions.register(configuration.computeFullExternalUrl());
        }
    }

    /** Deletes what {@link #registerWebhook()} put in place when the endpoint sets unregisterOnStop. */
    public void unregisterWebhook() {
        subscriptions.unregisterIfAsked();
    }

    private boolean autoRegister() {
        WebhookConfiguration config = configuration;
        return endpoint.getConsumerOptions().isWebhookAutoRegister()
                && (config == null || config.isWebhookAutoRegister());
    }

    /** Calendly delivers with POST only. */
    public List<String> getWebhookMethods() {
        return List.of("POST");
    }

    public void setWebhookConfiguration(WebhookConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The webhook component's configuration, once it has set it (its external URL and path); else null. */
    public WebhookConfiguration getWebhookConfiguration() {
        return configuration;
    }
}
