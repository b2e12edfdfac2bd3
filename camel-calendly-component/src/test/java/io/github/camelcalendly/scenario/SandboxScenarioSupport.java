package io.github.camelcalendly.scenario;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * Camel context whose calendly component talks to a {@link CalendlySandbox}: a stateful Calendly, so a scenario
 * can book, list, cancel and subscribe and see each step reflected in the next.
 */
public abstract class SandboxScenarioSupport extends CamelTestSupport {

    protected static CalendlySandbox sandbox;
    protected static String token;

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start(sandboxOptions());
        token = sandbox.issueToken();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    /** The sandbox's options; the defaults are Calendly's own figures. */
    protected static SandboxOptions sandboxOptions() {
        return SandboxOptions.defaults();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setAccessToken(token);
        component.setBaseUrl(sandbox.baseUrl());
        return context;
    }

    /** Sends a body to an endpoint and returns the exchange, which may hold an exception. */
    protected Exchange call(String uri, Object body) {
        return template.request(uri, e -> e.getMessage().setBody(body));
    }

    /** The start times the sandbox offers for an event type over the next week. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> availableTimes(String eventTypeUri) {
        Instant from = Instant.now().plus(1, ChronoUnit.HOURS);
        Exchange out = call("calendly:eventTypeAvailableTimes?op=list&eventType=" + eventTypeUri
                + "&startTime=" + from + "&endTime=" + from.plus(7, ChronoUnit.DAYS), null);
        if (out.getException() != null) {
            throw new AssertionError("listing available times failed", out.getException());
        }
        return out.getMessage().getBody(List.class);
    }

    /** Books a slot through the route, as an app using the Scheduling API would; returns the invitee. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> bookThroughRoute(String eventTypeUri, String startTime, String name,
            String email) {
        Exchange out = call("calendly:invitees?op=create", Map.of(
                "event_type", eventTypeUri,
                "start_time", startTime,
                "invitee", Map.of("name", name, "email", email, "timezone", "Europe/Paris")));
        if (out.getException() != null) {
            throw new AssertionError("booking failed", out.getException());
        }
        return out.getMessage().getBody(Map.class);
    }
}
