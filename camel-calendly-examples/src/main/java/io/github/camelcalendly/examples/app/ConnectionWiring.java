package io.github.camelcalendly.examples.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

import io.github.camelcalendly.CalendlyComponent;

/**
 * Hands the calendly component its base URL and token as late as it can: a service that Camel starts after its
 * own (the HTTP server among them) and before the routes, the first of which may call Calendly as it starts (the
 * webhook trigger registers its subscription; the poller polls at once). Until then Camel builds its routes while
 * the target (the embedded sandbox) starts on a thread of its own. A target that failed to start fails Camel's
 * start with the target's reason.
 */
final class ConnectionWiring extends ServiceSupport {

    private final CamelContext camel;
    private final CompletableFuture<CalendlyTarget> target;

    ConnectionWiring(CamelContext camel, CompletableFuture<CalendlyTarget> target) {
        this.camel = camel;
        this.target = target;
    }

    @Override
    protected void doStart() {
        CalendlyTarget calendly;
        try {
            calendly = target.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Calendly could not be started: " + e.getCause().getMessage(),
                    e.getCause());
        }
        CalendlyComponent component = camel.getComponent("calendly", CalendlyComponent.class);
        component.setBaseUrl(calendly.baseUrl());
        component.setAccessToken(calendly.accessToken());
    }
}
