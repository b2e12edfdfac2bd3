package io.github.camelcalendly.webhook;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelcalendly.client.CalendlyJson;

/**
 * The envelope of one verified delivery: {@code {"event", "created_at", "created_by", "payload"}}.
 *
 * @param name      the event name, for example {@code invitee.created}
 * @param createdAt when Calendly created the event; null when absent
 * @param createdBy the user URI Calendly names as creator; null when absent
 * @param payload   the event's payload, as read by Jackson (nested objects are LinkedHashMaps)
 */
public record WebhookEvent(String name, String createdAt, String createdBy, Map<String, Object> payload) {

    /** Calendly's limits, a key twice in one object and text after the object refused; objects read as Maps. */
    private static final ObjectReader READER = CalendlyJson.newObjectMapper().readerFor(Object.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Reads a delivery body.
     *
     * @throws WebhookRejection with status 400 when the body is not a JSON object with a text {@code event} and an
     *                          object {@code payload}
     */
    @SuppressWarnings("unchecked")
    public static WebhookEvent parse(byte[] body) throws WebhookRejection {
        if (isBlank(body)) {
            throw new WebhookRejection(400, "The body is not a JSON object");
        }
        Object root;
        try {
            // parsed once, straight into the Maps the route gets
            root = READER.readValue(body);
        } catch (IOException e) {
            throw new WebhookRejection(400, "The body is not valid JSON");
        }
        if (!(root instanceof Map<?, ?> envelope)) {
            throw new WebhookRejection(400, "The body is not a JSON object");
        }
        if (!(envelope.get("event") instanceof String event) || event.isBlank()) {
            throw new WebhookRejection(400, "The body has no event name (event)");
        }
        if (!(envelope.get("payload") instanceof Map<?, ?> payload)) {
            throw new WebhookRejection(400, "The body has no payload object (payload)");
        }
        return new WebhookEvent(event, text(envelope.get("created_at")), text(envelope.get("created_by")),
                (Map<String, Object>) payload);
    }

    /** No JSON at all: empty, or white space only. */
    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A string, number or boolean as its text; null for null, an object or an array. */
    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? null : value.toString();
    }

    /** The payload's {@code uri}: the invitee of an invitee event, the event type of an event type event, ... */
    public String resourceUri() {
        return payload.get("uri") instanceof String uri ? uri : null;
    }

    /**
     * The scheduled event the payload belongs to: {@code payload.scheduled_event.uri}, else {@code payload.event}
     * when it is a URI (invitee and no-show payloads).
     */
    public String scheduledEventUri() {
        if (payload.get("scheduled_event") instanceof Map<?, ?> scheduled && scheduled.get("uri") instanceof String uri) {
            return uri;
        }
        if (payload.get("event") instanceof String event && (event.startsWith("https://")
                                                               || event.startsWith("http://"))) {
            return event;
        }
        return null;
    }

    /** What makes two deliveries the same event: its name, the payload's uri and created_at. */
    public String deduplicationKey() {
        return name + "|" + resourceUri() + "|" + createdAt;
    }

    @Override
    public String toString() {
        return "WebhookEvent[" + name + ", createdAt=" + createdAt + ", uri=" + resourceUri() + "]";
    }
}
