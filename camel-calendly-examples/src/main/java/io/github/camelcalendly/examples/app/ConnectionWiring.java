package io.github.camelcalendly.examples.app;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

import io.github.camelcalendly.CalendlyComponent;

/**
 * Hands the calendly component its base URL and token as late as it can: when Camel is about to start the routes,
 * which is the first moment a route may call Calendly (the webhook trigger registers its subscription as it starts;
 * the poller polls at once). Until then Camel builds its routes and starts its HTTP server while the target (the
 * embedded sandbox) starts on a thread of its own.
 */
final class ConnectionWiring extends EventNotifierSupport {

    private final CompletableFuture<CalendlyTarget> target;

    ConnectionWiring(CompletableFuture<CalendlyTarget> target) {
        this.target = target;
        setIgnoreExchangeEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.CamelContextRoutesStartingEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        CamelContext camel = ((CamelEvent.CamelContextEvent) event).getContext();
        // a target that failed to start fails this join, and with it Camel's start, with the target's reason
        CalendlyTarget calendly = target.join();
        CalendlyComponent component = camel.getComponent("calendly", CalendlyComponent.class);
        component.setBaseUrl(calendly.baseUrl());
        component.setAccessToken(calendly.accessToken());
    }
}
