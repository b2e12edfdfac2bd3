package io.github.camelcalendly.sandbox.routing;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;

/**
 * Where a routing form sends a visitor, as a submission's {@code result}: {@code {"type": "event_type", "value":
 * <event type URI>}}, {@code {"type": "external_url", "value": <URL>}} or {@code {"type": "custom_message",
 * "value": {"headline", "body"}}}.
 */
public final class RoutingResults {

    public static final String EVENT_TYPE = "event_type";
    public static final String EXTERNAL_URL = "external_url";
    public static final String CUSTOM_MESSAGE = "custom_message";

    private RoutingResults() {
    }

    public static ObjectNode eventType(String eventTypeUri) {
        ObjectNode result = Json.object();
        result.put("type", EVENT_TYPE);
        result.put("value", eventTypeUri);
        return result;
    }

    public static ObjectNode externalUrl(String url) {
        ObjectNode result = Json.object();
        result.put("type", EXTERNAL_URL);
        result.put("value", url);
        return result;
    }

    /** A message shown instead of a booking page; {@code body} is HTML, as in Calendly. */
    public static ObjectNode customMessage(String headline, String body) {
        ObjectNode result = Json.object();
        result.put("type", CUSTOM_MESSAGE);
        ObjectNode value = result.putObject("value");
        value.put("headline", headline);
        value.put("body", body);
        return result;
    }

    /**
     * Routes {@code answers} (by question text) through {@code form}'s rules in order: the first rule whose
     * question was answered with one of its answers decides the event type; when none does, the form's fallback.
     */
    public static ObjectNode route(ObjectNode form, Map<String, String> answers) {
        JsonNode routing = form.path(RoutingForms.ROUTING);
        for (JsonNode rule : routing.path("rules")) {
            String answer = answers.get(rule.path("question").asText());
            for (JsonNode accepted : rule.path("answers")) {
                if (accepted.asText().equals(answer)) {
                    return eventType(rule.path("event_type").asText());
                }
            }
        }
        return ((ObjectNode) routing.path("fallback")).deepCopy();
    }
}
