package io.github.camelcalendly.examples.scenario;

import java.time.Instant;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;

import io.github.camelcalendly.CalendlyConstants;

/**
 * Watches the trigger route, whichever DSL it is written in, and hands every exchange it completed to a
 * {@link TriggerInbox}: the routes stay plain routes (they only log), and the scenario still sees exactly what they
 * received. Added to the Camel context before its routes are created.
 */
public final class TriggerObserver implements RoutePolicyFactory {

    private final String routeId;
    private final TriggerInbox inbox;

    public TriggerObserver(String routeId, TriggerInbox inbox) {
        this.routeId = routeId;
        this.inbox = inbox;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String id, NamedNode route) {
        return routeId.equals(id) ? new Recorder() : null;
    }

    private final class Recorder extends RoutePolicySupport {

        @Override
        @SuppressWarnings("unchecked")
        public void onExchangeDone(Route route, Exchange exchange) {
            String event = exchange.getMessage().getHeader(CalendlyConstants.EVENT, String.class);
            if (exchange.getException() != null) {
                inbox.failed((event == null ? "a polled meeting" : event) + ": " + exchange.getException());
                return;
            }
            Object body = exchange.getMessage().getBody();
            inbox.received(new TriggerMessage(event,
                    exchange.getMessage().getHeader(CalendlyConstants.RESOURCE_URI, String.class),
                    body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(), Instant.now()));
        }
    }
}
