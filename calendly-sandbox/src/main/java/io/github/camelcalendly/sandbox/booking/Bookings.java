package io.github.camelcalendly.sandbox.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.BookingResult;
import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.routing.RoutingFormSubmissions;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Books, cancels and reschedules, changing the state and raising {@code invitee.created} / {@code invitee.canceled}
 * at the moment it changes. Callers hold the context lock.
 */
public final class Bookings {

    /** How far ahead a booking without a start time looks for the next free slot. */
    static final Duration NEXT_SLOT_HORIZON = Duration.ofDays(31);

    private final SandboxContext context;
    private final SandboxStore store;
    private final Slots slots;
    private final ScheduledEventFactory events;
    private final InviteeFactory invitees;

    public Bookings(SandboxContext context) {
        this.context = context;
        this.store = context.store();
        this.slots = new Slots(store);
        this.events = new ScheduledEventFactory(store);
        this.invitees = new InviteeFactory(store);
    }

    public Slots slots() {
        return slots;
    }

    /**
     * Books {@code booking}: the slot must be available (400 naming {@code start_time} otherwise). A booking
     * through a routing form submission links the invitee and the submission (see {@link RoutingFormSubmissions}).
     *
     * @param tracking         UTM tracking (null: none)
     * @param schedulingMethod null for a booking page, {@code instant_book} for the Scheduling API
     */
    public BookingResult book(Booking booking, JsonNode tracking, String schedulingMethod) {
        ObjectNode eventType = BookingRules.activeEventType(store, booking.eventType());
        BookingRules.checkInvitee(booking);
        ObjectNode submission = booking.routingFormSubmission() == null ? null
                : new RoutingFormSubmissions(store).bookable(booking.routingFormSubmission(), booking.eventType());
        Slots.Slot slot = slotFor(eventType, booking.startTime(), null);
        Instant now = context.now();
        ObjectNode event = create(eventType, slot, booking, now);
        ObjectNode invitee = invitees.create(event, booking, tracking, schedulingMethod, now);
        if (submission != null) {
            RoutingFormSubmissions.link(submission, invitee, now);
        }
        context.events().publish(InviteePayloads.event("invitee.created", invitee, event, organization(), now));
        return result(invitee, event);
    }

    /** The invitee cancels; a one-on-one event is canceled with it. */
    public void cancelByInvitee(String inviteeUri, String reason) {
        ObjectNode invitee = activeInvitee(inviteeUri);
        ObjectNode event = eventOf(invitee);
        Instant now = context.now();
        ObjectNode cancellation = ScheduledEventFactory.cancellation(invitee.path("name").asText(), reason,
                "invitee", now);
        cancelInvitee(invitee, event, cancellation, now);
        context.events().publish(InviteePayloads.event("invitee.canceled", invitee, event, organization(), now));
    }

    /**
     * The host cancels the whole event: 403 when it is past or already canceled; every active invitee is canceled
     * and an {@code invitee.canceled} raised for each.
     */
    public ObjectNode cancelEvent(ObjectNode event, String canceledBy, String reason) {
        Instant now = context.now();
        if (!ScheduledEventFactory.active(event)) {
            throw ApiException.permissionDenied("Event is already canceled");
        }
        if (!ScheduledEventFactory.start(event).isAfter(now)) {
            throw ApiException.permissionDenied("Event in the past");
        }
        ObjectNode cancellation = ScheduledEventFactory.cancellation(canceledBy, reason, "host", now);
        List<ObjectNode> canceled = new ArrayList<>();
        for (ObjectNode invitee : inviteesOf(event)) {
            if (InviteeFactory.active(invitee)) {
                InviteeFactory.cancel(invitee, cancellation, now);
                ScheduledEventFactory.uncountInvitee(event, now);
                canceled.add(invitee);
            }
        }
        ScheduledEventFactory.cancel(event, cancellation, now);
        for (ObjectNode invitee : canceled) {
            context.events().publish(InviteePayloads.event("invitee.canceled", invitee, event, organization(), now));
        }
        return cancellation;
    }

    /** The invitee moves to {@code newStart}: the old booking is canceled as rescheduled, a new one created. */
    public BookingResult reschedule(String inviteeUri, Instant newStart) {
        ObjectNode old = activeInvitee(inviteeUri);
        ObjectNode oldEvent = eventOf(old);
        ObjectNode eventType = BookingRules.activeEventType(store, oldEvent.path("event_type").asText());
        if (newStart == null) {
            throw ApiException.invalidArgument("start_time", "is required");
        }
        Slots.Slot slot = slotFor(eventType, newStart, oldEvent.path("uri").asText());
        Instant now = context.now();
        Booking again = bookingOf(old, oldEvent, eventType, newStart);
        ObjectNode cancellation = ScheduledEventFactory.cancellation(old.path("name").asText(), null, "invitee",
                now);
        cancelInvitee(old, oldEvent, cancellation, now);
        ObjectNode event = create(eventType, slot, again, now);
        ObjectNode invitee = invitees.create(event, again, old.get("tracking"), old.path("scheduling_method")
                .isNull() ? null : old.path("scheduling_method").asText(), now);
        invitee.put("old_invitee", old.path("uri").asText());
        old.put("rescheduled", true);
        old.put("new_invitee", invitee.path("uri").asText());
        context.events().publish(InviteePayloads.event("invitee.canceled", old, oldEvent, organization(), now));
        context.events().publish(InviteePayloads.event("invitee.created", invitee, event, organization(), now));
        return result(invitee, event);
    }

    /** The invitees of {@code event}, oldest first. */
    public List<ObjectNode> inviteesOf(ObjectNode event) {
        String uri = event.path("uri").asText();
        return store.all(Kind.INVITEE).stream().filter(invitee -> uri.equals(invitee.path("event").asText()))
                .toList();
    }

    public ObjectNode eventOf(ObjectNode invitee) {
        return store.findByUri(Kind.SCHEDULED_EVENT, invitee.path("event").asText())
                .orElseThrow(ApiException::notFound);
    }

    private Slots.Slot slotFor(ObjectNode eventType, Instant start, String ignoredEventUri) {
        Instant now = context.now();
        if (start == null) {
            return slots.available(eventType, now, now.plus(NEXT_SLOT_HORIZON), now, ignoredEventUri).stream()
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalidArgument("start_time",
                            "no available time in the next 31 days"));
        }
        return slots.at(eventType, start, now, ignoredEventUri)
                .orElseThrow(() -> ApiException.invalidArgument("start_time",
                        "is not an available time for this event type"));
    }

    private ObjectNode create(ObjectNode eventType, Slots.Slot slot, Booking booking, Instant now) {
        ObjectNode event = slot.existingEvent();
        if (event == null) {
            List<ObjectNode> hosts = slot.hosts().stream()
                    .map(uri -> store.findByUri(Kind.USER, uri).orElseThrow()).toList();
            boolean group = "group".equals(eventType.path("kind").asText())
                    && eventType.path("pooling_type").isNull();
            event = events.create(eventType, hosts, slot.start(), booking.location(),
                    group ? Slots.GROUP_LIMIT : 1, now);
        }
        ScheduledEventFactory.countInvitee(event, now);
        ScheduledEventFactory.addGuests(event, booking.guests(), now);
        return event;
    }

    private void cancelInvitee(ObjectNode invitee, ObjectNode event, ObjectNode cancellation, Instant now) {
        InviteeFactory.cancel(invitee, cancellation, now);
        ScheduledEventFactory.uncountInvitee(event, now);
        if (event.path("invitees_counter").path("active").asInt() == 0 && ScheduledEventFactory.active(event)) {
            ScheduledEventFactory.cancel(event, cancellation, now);
        }
    }

    /** An invitee that may still cancel or reschedule: active, of an event that has not started. */
    private ObjectNode activeInvitee(String inviteeUri) {
        ObjectNode invitee = store.findByUri(Kind.INVITEE, inviteeUri).orElseThrow(ApiException::notFound);
        if (!InviteeFactory.active(invitee)) {
            throw ApiException.permissionDenied("This invitee has already canceled.");
        }
        if (!ScheduledEventFactory.start(eventOf(invitee)).isAfter(context.now())) {
            throw ApiException.permissionDenied("Past events cannot be canceled or rescheduled.");
        }
        return invitee;
    }

    private static Booking bookingOf(ObjectNode invitee, ObjectNode event, ObjectNode eventType, Instant start) {
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
        invitee.path("questions_and_answers")
                .forEach(qa -> answers.put(qa.path("question").asText(), qa.path("answer").asText()));
        return new Booking(eventType.path("uri").asText(), start, invitee.path("name").asText(),
                invitee.path("email").asText(), invitee.path("timezone").asText(), textOrNull(invitee, "first_name"),
                textOrNull(invitee, "last_name"), List.of(), answers, textOrNull(invitee, "text_reminder_number"),
                textOrNull(event.path("location"), "location"));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private String organization() {
        return context.seeded().organization();
    }

    private static BookingResult result(ObjectNode invitee, ObjectNode event) {
        return new BookingResult(event.path("uri").asText(), invitee.path("uri").asText(), invitee.deepCopy(),
                event.deepCopy());
    }
}
