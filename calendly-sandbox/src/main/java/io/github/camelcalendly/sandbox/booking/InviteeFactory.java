package io.github.camelcalendly.sandbox.booking;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Builds and stores invitees in Calendly's shape ({@code /scheduled_events/{event}/invitees/{uuid}}), with every
 * field the fixtures and webhook examples show, null where it does not apply, except {@code cancellation}: as in
 * Calendly, an active invitee has no such key, and {@link #cancel} adds the full object.
 */
public final class InviteeFactory {

    private static final String[] TRACKING_FIELDS = {"utm_campaign", "utm_source", "utm_medium", "utm_content",
        "utm_term", "salesforce_uuid"};

    private final SandboxStore store;

    public InviteeFactory(SandboxStore store) {
        this.store = store;
    }

    /**
     * A new active invitee of {@code event}.
     *
     * @param tracking         the UTM tracking the booking carried (null: none)
     * @param schedulingMethod null for a booking page, {@code instant_book} for the Scheduling API
     */
    public ObjectNode create(ObjectNode event, Booking booking, JsonNode tracking, String schedulingMethod,
            Instant createdAt) {
        String uuid = store.newUuid();
        ObjectNode invitee = Json.object();
        invitee.put("uri", event.path("uri").asText() + "/invitees/" + uuid);
        invitee.put("email", booking.email());
        putText(invitee, "first_name", booking.firstName());
        putText(invitee, "last_name", booking.lastName());
        invitee.put("name", displayName(booking));
        invitee.put("status", "active");
        ArrayNode answers = invitee.putArray("questions_and_answers");
        int position = 0;
        for (Map.Entry<String, String> entry : booking.questionsAndAnswers().entrySet()) {
            ObjectNode answer = answers.addObject();
            answer.put("question", entry.getKey());
            answer.put("answer", entry.getValue());
            answer.put("position", position++);
        }
        invitee.put("timezone", booking.timezone());
        invitee.put("event", event.path("uri").asText());
        invitee.put("created_at", Json.time(createdAt));
        invitee.put("updated_at", Json.time(createdAt));
        ObjectNode trackingNode = invitee.putObject("tracking");
        for (String field : TRACKING_FIELDS) {
            JsonNode value = tracking == null ? null : tracking.get(field);
            putText(trackingNode, field, value == null || value.isNull() ? null : value.asText());
        }
        putText(invitee, "text_reminder_number", booking.textReminderNumber());
        invitee.put("rescheduled", false);
        invitee.putNull("old_invitee");
        invitee.putNull("new_invitee");
        invitee.put("cancel_url", "https://calendly.com/cancellations/" + uuid);
        invitee.put("reschedule_url", "https://calendly.com/reschedulings/" + uuid);
        invitee.putNull("routing_form_submission");
        invitee.put("canceled", false);
        invitee.putNull("payment");
        invitee.putNull("no_show");
        invitee.putNull("reconfirmation");
        putText(invitee, "scheduling_method", schedulingMethod);
        invitee.putNull("invitee_scheduled_by");
        return store.put(Kind.INVITEE, uuid, invitee);
    }

    /** Marks the invitee canceled with {@code cancellation}. */
    public static void cancel(ObjectNode invitee, ObjectNode cancellation, Instant at) {
        invitee.put("status", "canceled");
        invitee.put("canceled", true);
        invitee.set("cancellation", cancellation.deepCopy());
        invitee.put("updated_at", Json.time(at));
    }

    public static boolean active(ObjectNode invitee) {
        return "active".equals(invitee.path("status").asText());
    }

    /** The name Calendly shows: {@code name}, else first and last name joined. */
    public static String displayName(Booking booking) {
        if (booking.name() != null && !booking.name().isBlank()) {
            return booking.name();
        }
        String last = booking.lastName() == null ? "" : " " + booking.lastName();
        return (booking.firstName() == null ? "" : booking.firstName()) + last;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
