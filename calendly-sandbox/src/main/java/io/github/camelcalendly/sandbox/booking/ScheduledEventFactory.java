package io.github.camelcalendly.sandbox.booking;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Builds and stores scheduled events in Calendly's shape (the union of the fields the fixtures and webhook examples
 * show: memberships carry user name/email and buffered times, meeting notes are null until they apply). As in
 * Calendly, an active event has no {@code cancellation} key at all; {@link #cancel} adds the full object.
 *
 * <p>Every event carries {@code calendar_event} (required and nullable in Calendly's schema): the entry in the first
 * host's connected calendar, or null when that host has none ({@link CalendarEvents}). A canceled event keeps it:
 * the spec gives no rule for canceled events and keeps the key required, so the sandbox leaves the record of where
 * the meeting was written unchanged.
 */
public final class ScheduledEventFactory {

    private final SandboxStore store;

    public ScheduledEventFactory(SandboxStore store) {
        this.store = store;
    }

    /** A new active event of {@code eventType} hosted by {@code hosts} (user objects). */
    public ObjectNode create(ObjectNode eventType, List<ObjectNode> hosts, Instant start, String chosenLocation,
            int limit, Instant createdAt) {
        String uuid = store.newUuid();
        Instant end = start.plusSeconds(60L * eventType.path("duration").asInt());
        ObjectNode event = Json.object();
        event.put("uri", store.uri(Kind.SCHEDULED_EVENT, uuid));
        event.put("name", eventType.path("name").asText());
        event.putNull("meeting_notes_plain");
        event.putNull("meeting_notes_html");
        event.put("status", "active");
        event.put("start_time", Json.time(start));
        event.put("end_time", Json.time(end));
        event.put("event_type", eventType.path("uri").asText());
        event.set("location", location(eventType, uuid, chosenLocation));
        ObjectNode counter = event.putObject("invitees_counter");
        counter.put("total", 0);
        counter.put("active", 0);
        counter.put("limit", limit);
        event.put("created_at", Json.time(createdAt));
        event.put("updated_at", Json.time(createdAt));
        ArrayNode memberships = event.putArray("event_memberships");
        for (ObjectNode host : hosts) {
            ObjectNode membership = memberships.addObject();
            membership.put("user", host.path("uri").asText());
            membership.put("user_email", host.path("email").asText());
            membership.put("user_name", host.path("name").asText());
            membership.put("buffered_start_time", Json.time(start));
            membership.put("buffered_end_time", Json.time(end));
        }
        event.putArray("event_guests");
        event.set("calendar_event", hosts.isEmpty() ? NullNode.getInstance()
                : CalendarEvents.of(store, hosts.get(0).path("uri").asText(), uuid));
        return store.put(Kind.SCHEDULED_EVENT, uuid, event);
    }

    /** Adds guest emails to the event's {@code event_guests}. */
    public static void addGuests(ObjectNode event, List<String> guests, Instant at) {
        ArrayNode array = (ArrayNode) event.get("event_guests");
        for (String email : guests) {
            ObjectNode guest = array.addObject();
            guest.put("email", email);
            guest.put("created_at", Json.time(at));
            guest.put("updated_at", Json.time(at));
        }
    }

    /** Records one more active invitee. */
    public static void countInvitee(ObjectNode event, Instant at) {
        ObjectNode counter = (ObjectNode) event.get("invitees_counter");
        counter.put("total", counter.path("total").asInt() + 1);
        counter.put("active", counter.path("active").asInt() + 1);
        event.put("updated_at", Json.time(at));
    }

    /** Records that one active invitee canceled. */
    public static void uncountInvitee(ObjectNode event, Instant at) {
        ObjectNode counter = (ObjectNode) event.get("invitees_counter");
        counter.put("active", Math.max(0, counter.path("active").asInt() - 1));
        event.put("updated_at", Json.time(at));
    }

    /** Marks the event canceled with {@code cancellation}. */
    public static void cancel(ObjectNode event, ObjectNode cancellation, Instant at) {
        event.put("status", "canceled");
        event.set("cancellation", cancellation.deepCopy());
        event.put("updated_at", Json.time(at));
    }

    /** Calendly's cancellation object. */
    public static ObjectNode cancellation(String canceledBy, String reason, String cancelerType, Instant at) {
        ObjectNode cancellation = Json.object();
        cancellation.put("canceled_by", canceledBy);
        if (reason == null) {
            cancellation.putNull("reason");
        } else {
            cancellation.put("reason", reason);
        }
        cancellation.put("canceler_type", cancelerType);
        cancellation.put("created_at", Json.time(at));
        return cancellation;
    }

    public static Instant start(ObjectNode event) {
        return Json.parseTimeOrNull(event.path("start_time").asText());
    }

    public static Instant end(ObjectNode event) {
        return Json.parseTimeOrNull(event.path("end_time").asText());
    }

    public static boolean active(ObjectNode event) {
        return "active".equals(event.path("status").asText());
    }

    /** Whether {@code userUri} is one of the event's hosts. */
    public static boolean hostedBy(ObjectNode event, String userUri) {
        for (var membership : event.path("event_memberships")) {
            if (userUri.equals(membership.path("user").asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code type} of a scheduled event's location for an event type location of {@code kind}: the same name,
     * except that Calendly's scheduled event location schema calls a GoTo meeting {@code gotomeeting} where event
     * types say {@code gotomeeting_conference}.
     */
    static String locationType(String kind) {
        return "gotomeeting_conference".equals(kind) ? "gotomeeting" : kind;
    }

    private static ObjectNode location(ObjectNode eventType, String eventUuid, String chosen) {
        String kind = eventType.path("locations").path(0).path("kind").asText("custom");
        ObjectNode location = Json.object();
        location.put("type", locationType(kind));
        if (chosen == null) {
            location.putNull("location");
        } else {
            location.put("location", chosen);
        }
        boolean conference = kind.endsWith("_conference");
        if (conference) {
            location.put("status", "pushed");
            location.put("join_url", "https://meet.sandbox.example/" + kind + "/" + eventUuid);
        } else {
            location.putNull("status");
            location.putNull("join_url");
        }
        if ("zoom_conference".equals(kind)) {
            ObjectNode data = location.putObject("data");
            data.put("id", Math.abs((long) eventUuid.hashCode()) * 1000L);
            data.putObject("settings");
            data.putNull("extra");
            data.put("password", eventUuid.substring(0, 6).toLowerCase(java.util.Locale.ROOT));
        } else {
            location.putNull("data");
        }
        return location;
    }
}
