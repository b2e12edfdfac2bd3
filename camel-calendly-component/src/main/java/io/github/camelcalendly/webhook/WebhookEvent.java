package io.github.camelcalendly.webhook;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final ObjectMapper MAPPER = CalendlyJson.newObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Reads a delivery body.
     *
     * @throws WebhookRejection with status 400 when the body is not a JSON object with a text {@code event} and an
     *                          object {@code payload}
     */
    @SuppressWarnings("unchecked")
    public static WebhookEvent parse(byte[] body) throws WebhookRejection {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new WebhookRejection(400, "The body is not valid JSON");
        }
        if (!(root instanceof ObjectNode)) {
            throw new WebhookRejection(400, "The body is not a JSON object");
        }
        JsonNode event = root.get("event");
        if (event == null || !event.isTextual() || event.asText().isBlank()) {
            throw new WebhookRejection(400, "The body has no event name (event)");
        }
        JsonNode payload = root.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new WebhookRejection(400, "The body has no payload object (payload)");
        }
        Map<String, Object> map = MAPPER.convertValue(payload, LinkedHashMap.class);
        return new WebhookEvent(event.asText(), text(root.get("created_at")), text(root.get("created_by")), map);
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
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
