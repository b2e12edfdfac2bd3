package io.github.camelcalendly.sandbox.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the scheduled events, invitees and event types an answer renders, however deeply nested (a collection
 * item, a webhook payload, the {@code scheduled_event} inside an invitee payload, the {@code event_type} of an
 * event type membership). A resource is recognised by its {@code uri}; URIs held as plain strings (an invitee's
 * {@code event}, a scheduled event's {@code event_type}) are references, not renderings, and are not returned.
 */
final class RenderedResources {

    private RenderedResources() {
    }

    /** Scheduled events and invitees: objects whose {@code uri} is under {@code /scheduled_events/}. */
    static List<JsonNode> meetingsAndInvitees(JsonNode answer) {
        return find(answer, node -> node.path("uri").asText().contains("/scheduled_events/"));
    }

    /** Scheduled events: objects whose {@code uri} is {@code .../scheduled_events/{uuid}} (not an invitee's). */
    static List<JsonNode> scheduledEvents(JsonNode answer) {
        return find(answer, node -> node.path("uri").asText().matches(".*/scheduled_events/[^/]+"));
    }

    /** Event types: objects whose {@code uri} is under {@code /event_types/}. */
    static List<JsonNode> eventTypes(JsonNode answer) {
        return find(answer, node -> node.path("uri").asText().contains("/event_types/"));
    }

    private static List<JsonNode> find(JsonNode answer, Predicate<JsonNode> isWanted) {
        List<JsonNode> found = new ArrayList<>();
        collect(answer, isWanted, found);
        return found;
    }

    private static void collect(JsonNode node, Predicate<JsonNode> isWanted, List<JsonNode> found) {
        if (node.isObject() && isWanted.test(node)) {
            found.add(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, isWanted, found));
        }
    }
}
