package io.github.camelcalendly.examples.scenario;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.examples.routes.ScenarioEndpoints;

/**
 * The scenario's calls into its routes: each method sends one message to one {@code direct:} endpoint of
 * {@link ScenarioEndpoints} (which the Java DSL or the YAML routes serve) and returns what the Calendly action
 * answered. A failed action is rethrown as its own exception (a {@code CalendlyApiException}, say) rather than
 * Camel's wrapper. Every completed call is reported to {@link #onCompletedCall}.
 */
public final class CalendlyActions {

    private final ProducerTemplate template;
    private final Runnable onCompletedCall;

    public CalendlyActions(ProducerTemplate template, Runnable onCompletedCall) {
        this.template = template;
        this.onCompletedCall = onCompletedCall;
    }

    public List<Map<String, Object>> webhookSubscriptions() {
        return list(ScenarioEndpoints.WEBHOOK_SUBSCRIPTIONS, null, Map.of());
    }

    public List<Map<String, Object>> activeEventTypes() {
        return list(ScenarioEndpoints.EVENT_TYPES, null, Map.of());
    }

    public List<Map<String, Object>> availableTimes(String eventType, Instant from, Instant to) {
        return list(ScenarioEndpoints.AVAILABLE_TIMES, null,
                options("eventType", eventType, "startTime", from, "endTime", to));
    }

    /** Books {@code startTime} of {@code eventType} through the Scheduling API; returns the invitee. */
    public Map<String, Object> book(String eventType, String startTime, String name, String email, String timezone) {
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("event_type", eventType);
        booking.put("start_time", startTime);
        booking.put("invitee", Map.of("name", name, "email", email, "timezone", timezone));
        return map(ScenarioEndpoints.BOOK, booking, Map.of());
    }

    public List<Map<String, Object>> upcomingMeetings(Instant from) {
        return list(ScenarioEndpoints.UPCOMING_MEETINGS, null, options("minStartTime", from));
    }

    public List<Map<String, Object>> invitees(String eventUri) {
        return list(ScenarioEndpoints.MEETING_INVITEES, null, options("event", eventUri));
    }

    /** A single-use scheduling link for an event type; returns the link ({@code booking_url}, owner...). */
    public Map<String, Object> singleUseLink(String eventTypeUri) {
        return map(ScenarioEndpoints.SINGLE_USE_LINK, null, options("owner", eventTypeUri));
    }

    /** A booking link with the invitee's name and email filled in (built locally, no call to Calendly). */
    public String prefilledLink(String url, String name, String email) {
        try {
            return template.requestBodyAndHeaders(ScenarioEndpoints.PREFILLED_LINK, null,
                    options("url", url, "name", name, "email", email), String.class);
        } catch (CamelExecutionException e) {
            throw unwrap(e);
        }
    }

    /** Cancels a scheduled event; returns Calendly's cancellation. */
    public Map<String, Object> cancel(String eventUri) {
        return map(ScenarioEndpoints.CANCEL_MEETING, null, options("uri", eventUri));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String endpoint, Object body, Map<String, Object> headers) {
        try {
            List<Map<String, Object>> result = template.requestBodyAndHeaders(endpoint, body, headers, List.class);
            onCompletedCall.run();
            return result == null ? List.of() : result;
        } catch (CamelExecutionException e) {
            throw unwrap(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String endpoint, Object body, Map<String, Object> headers) {
        try {
            Map<String, Object> result = template.requestBodyAndHeaders(endpoint, body, headers, Map.class);
            onCompletedCall.run();
            return result == null ? Map.of() : result;
        } catch (CamelExecutionException e) {
            throw unwrap(e);
        }
    }

    /** {@code CamelCalendly.<option>} headers from name, value pairs. */
    private static Map<String, Object> options(Object... pairs) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(CalendlyConstants.OPTION_HEADER_PREFIX + pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    private static RuntimeException unwrap(CamelExecutionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
