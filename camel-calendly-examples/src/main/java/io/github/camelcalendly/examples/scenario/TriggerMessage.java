package io.github.camelcalendly.examples.scenario;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the trigger route received and processed: a webhook event ({@code event} is its name, {@code body} its
 * payload, the invitee) or a polled meeting ({@code event} is null, {@code body} the scheduled event).
 *
 * @param event       the webhook event name (header CamelCalendlyEvent), null for a polled item
 * @param resourceUri the resource the message is about (header CamelCalendlyResourceUri)
 * @param body        the message body as the route had it
 * @param receivedAt  when the route completed it
 */
public record TriggerMessage(String event, String resourceUri, Map<String, Object> body, Instant receivedAt) {

    public TriggerMessage {
        // Calendly's payloads hold nulls, which Map.copyOf refuses
        body = body == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    /** A top-level text field of the body, or null. */
    public String text(String field) {
        Object value = body.get(field);
        return value == null ? null : value.toString();
    }

    /** A text field of a map nested in the body ({@code scheduled_event.start_time}), or null. */
    public String nestedText(String object, String field) {
        return body.get(object) instanceof Map<?, ?> nested && nested.get(field) != null
                ? nested.get(field).toString() : null;
    }
}
