package io.github.camelcalendly.polling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.BookingResult;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel context whose calendly component talks to a fresh {@link CalendlySandbox} for each test, with helpers to
 * start a polling route whose polls the test drives itself.
 */
abstract class PollingTestSupport extends CamelTestSupport {

    protected static final String ROUTE = "poll";
    protected static final String ITEMS = "mock:items";

    protected CalendlySandbox sandbox;
    protected String token;

    @Override
    protected void doPreSetup() throws Exception {
        sandbox = CalendlySandbox.start();
        token = sandbox.issueToken();
    }

    @Override
    protected void doPostTearDown() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        configure(context.getComponent("calendly", CalendlyComponent.class));
        return context;
    }

    protected void configure(CalendlyComponent component) {
        component.setAccessToken(token);
        component.setBaseUrl(sandbox.baseUrl());
        component.setMaxRetries(0);
    }

    /**
     * Starts {@code from(uri).to(mock:items)} without its scheduler, so that the test polls by calling
     * {@link CalendlyPollingConsumer#poll()}; returns the consumer.
     */
    protected CalendlyPollingConsumer pollingRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "&startScheduler=false").routeId(ROUTE).to(ITEMS);
            }
        });
        return consumerOf(context);
    }

    protected static CalendlyPollingConsumer consumerOf(CamelContext camel) {
        return (CalendlyPollingConsumer) camel.getRoute(ROUTE).getConsumer();
    }

    /** What the producer lists right now for a list endpoint URI. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> listNow(String uri) {
        Exchange out = template.request(uri, e -> { });
        if (out.getException() != null) {
            throw new AssertionError("listing " + uri + " failed", out.getException());
        }
        return out.getMessage().getBody(List.class);
    }

    /** The uris of items, sorted oldest change first: by updated_at, then uri. */
    protected static List<String> byChange(List<Map<String, Object>> items) {
        return items.stream()
                .sorted(Comparator.comparing((Map<String, Object> i) -> Instant.parse((String) i.get("updated_at")))
                        .thenComparing(i -> (String) i.get("uri")))
                .map(i -> (String) i.get("uri")).toList();
    }

    /** The uris of the bodies a mock endpoint received, in order. */
    @SuppressWarnings("unchecked")
    protected static List<String> receivedUris(MockEndpoint mock) {
        List<String> uris = new ArrayList<>();
        for (Exchange e : mock.getReceivedExchanges()) {
            Map<String, Object> body = e.getMessage().getBody(Map.class);
            uris.add((String) body.get("uri"));
        }
        return uris;
    }

    /** The bodies a mock endpoint received, in order. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> receivedBodies(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream().map(e -> (Map<String, Object>) e.getMessage().getBody(Map.class))
                .toList();
    }

    /** Books the next free Intro Call slot as an invitee would. */
    protected BookingResult bookIntroCall(String name, String email) {
        return sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, name, email));
    }

    protected static void assertNoDuplicates(List<String> uris) {
        assertThat(uris).doesNotHaveDuplicates();
    }
}
