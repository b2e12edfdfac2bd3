package io.github.camelcalendly.sandbox.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.EventAudience;

/**
 * The one place that builds {@code invitee.*} and {@code invitee_no_show.*} events: the payload is a copy of the
 * invitee with the scheduled event embedded as {@code scheduled_event}; the creator is the event's (first) host and
 * the audience its organization and hosts. The embedded event has no {@code calendar_event}: the scheduled event of
 * Calendly's invitee webhook payload is a schema of its own ({@code InviteePayloadScheduledEvent}) whose published
 * shape, unlike the API's scheduled event, does not carry the key.
 */
public final class InviteePayloads {

    private InviteePayloads() {
    }

    public static ObjectNode payload(ObjectNode invitee, ObjectNode event) {
        ObjectNode payload = invitee.deepCopy();
        ObjectNode scheduledEvent = event.deepCopy();
        scheduledEvent.remove("calendar_event");
        payload.set("scheduled_event", scheduledEvent);
        return payload;
    }

    /** The event named {@code name} about {@code invitee} of {@code event}, in {@code organization}. */
    public static CalendlyEvent event(String name, ObjectNode invitee, ObjectNode event, String organization,
            Instant at) {
        List<String> hosts = hosts(event);
        return new CalendlyEvent(name, at, hosts.isEmpty() ? null : hosts.get(0), payload(invitee, event),
                EventAudience.of(organization, hosts.toArray(String[]::new)));
    }

    static List<String> hosts(ObjectNode event) {
        List<String> hosts = new ArrayList<>();
        for (JsonNode membership : event.path("event_memberships")) {
            hosts.add(membership.path("user").asText());
        }
        return hosts;
    }
}
