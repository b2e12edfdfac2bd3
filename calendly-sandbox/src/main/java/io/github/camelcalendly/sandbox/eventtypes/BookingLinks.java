package io.github.camelcalendly.sandbox.eventtypes;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Builds Calendly's scheduling-link object ({@code booking_url}, {@code owner}, {@code owner_type}) for an event
 * type, with a fresh {@code https://calendly.com/d/xxxx-xxxx/<slug>} booking URL.
 */
public final class BookingLinks {

    private BookingLinks() {
    }

    public static ObjectNode forEventType(SandboxStore store, ObjectNode eventType) {
        String code = store.newUuid().toLowerCase(Locale.ROOT);
        ObjectNode link = Json.object();
        link.put("booking_url", "https://calendly.com/d/" + code.substring(0, 4) + "-" + code.substring(4, 8) + "/"
                + eventType.path("slug").asText());
        link.put("owner", eventType.path("uri").asText());
        link.put("owner_type", "EventType");
        return link;
    }
}
