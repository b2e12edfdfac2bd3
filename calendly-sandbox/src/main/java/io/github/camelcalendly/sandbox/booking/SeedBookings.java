package io.github.camelcalendly.sandbox.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * Gives a fresh sandbox some history: two past Intro Calls (one held, one canceled by the invitee) and upcoming
 * bookings of the owner's Intro Call and Product Demo and the admin's Office Hours, all inside working hours and
 * relative to the sandbox clock. No webhook events are raised for them.
 */
public final class SeedBookings {

    private SeedBookings() {
    }

    public static void populate(SandboxStore store, SeededOrganization seeded, Instant now) {
        ScheduledEventFactory events = new ScheduledEventFactory(store);
        InviteeFactory invitees = new InviteeFactory(store);
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate today = now.atZone(newYork).toLocalDate();

        String intro = seeded.eventType(SeededOrganization.INTRO_CALL);
        book(store, events, invitees, intro, weekday(today.minusDays(14), newYork, 10),
                "Charles Babbage", "charles@example.com", now.minusSeconds(20L * 86_400));
        ObjectNode canceled = book(store, events, invitees, intro, weekday(today.minusDays(7), newYork, 11),
                "Mary Somerville", "mary@example.com", now.minusSeconds(12L * 86_400));
        ObjectNode cancellation = ScheduledEventFactory.cancellation("Mary Somerville", "Travelling that week",
                "invitee", now.minusSeconds(9L * 86_400));
        ObjectNode canceledEvent = store.findByUri(Kind.SCHEDULED_EVENT, canceled.path("event").asText())
                .orElseThrow();
        InviteeFactory.cancel(canceled, cancellation, now.minusSeconds(9L * 86_400));
        ScheduledEventFactory.uncountInvitee(canceledEvent, now.minusSeconds(9L * 86_400));
        ScheduledEventFactory.cancel(canceledEvent, cancellation, now.minusSeconds(9L * 86_400));

        book(store, events, invitees, intro, weekday(today.plusDays(3), newYork, 10),
                "Charles Babbage", "charles@example.com", now.minusSeconds(86_400));
        book(store, events, invitees, seeded.eventType(SeededOrganization.PRODUCT_DEMO),
                weekday(today.plusDays(5), newYork, 14), "Katherine Johnson", "katherine@example.com",
                now.minusSeconds(2L * 86_400));
        book(store, events, invitees, seeded.eventType(SeededOrganization.OFFICE_HOURS),
                weekday(now.atZone(berlin).toLocalDate().plusDays(4), berlin, 11), "Charles Babbage",
                "charles@example.com", now.minusSeconds(3_600));
    }

    private static ObjectNode book(SandboxStore store, ScheduledEventFactory events, InviteeFactory invitees,
            String eventTypeUri, Instant start, String name, String email, Instant createdAt) {
        ObjectNode eventType = store.findByUri(Kind.EVENT_TYPE, eventTypeUri).orElseThrow();
        List<ObjectNode> hosts = store.hostsOf(eventType).stream()
                .map(uri -> store.findByUri(Kind.USER, uri).orElseThrow()).toList();
        ObjectNode event = events.create(eventType, hosts, start, null, 1, createdAt);
        ScheduledEventFactory.countInvitee(event, createdAt);
        Booking booking = new Booking(eventTypeUri, start, name, email, "Europe/London", null, null, List.of(),
                Map.of("What would you like to discuss?", "Getting started"), null, null);
        return invitees.create(event, booking, null, null, createdAt);
    }

    /** {@code hour}:00 in {@code zone} on the first weekday on or after {@code day}. */
    private static Instant weekday(LocalDate day, ZoneId zone, int hour) {
        LocalDate date = day;
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}
