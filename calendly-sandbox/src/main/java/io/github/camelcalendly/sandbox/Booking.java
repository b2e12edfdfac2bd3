package io.github.camelcalendly.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an invitee enters on a Calendly booking page.
 *
 * @param eventType          the event type URI to book
 * @param startTime          the slot to book; null books the next available slot
 * @param name               the invitee's full name (may be null when {@code firstName} is given)
 * @param email              the invitee's email
 * @param timezone           the invitee's IANA timezone
 * @param firstName          optional first name
 * @param lastName           optional last name
 * @param guests             guest emails (at most 10)
 * @param questionsAndAnswers answers by question, in the order asked
 * @param textReminderNumber optional phone number for text reminders
 * @param location           optional location the invitee chose (e.g. a phone number)
 * @param routingFormSubmission the URI of the routing form submission that sent the invitee to this booking page,
 *                           or null when the invitee came straight to it
 */
public record Booking(String eventType, Instant startTime, String name, String email, String timezone,
        String firstName, String lastName, List<String> guests, Map<String, String> questionsAndAnswers,
        String textReminderNumber, String location, String routingFormSubmission) {

    public Booking {
        Objects.requireNonNull(eventType, "eventType");
        guests = guests == null ? List.of() : List.copyOf(guests);
        questionsAndAnswers = questionsAndAnswers == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questionsAndAnswers));
    }

    /** A booking that did not come through a routing form. */
    public Booking(String eventType, Instant startTime, String name, String email, String timezone,
            String firstName, String lastName, List<String> guests, Map<String, String> questionsAndAnswers,
            String textReminderNumber, String location) {
        this(eventType, startTime, name, email, timezone, firstName, lastName, guests, questionsAndAnswers,
                textReminderNumber, location, null);
    }

    /** A booking of {@code startTime} (null: next available) by an invitee in UTC. */
    public static Booking of(String eventType, Instant startTime, String name, String email) {
        return new Booking(eventType, startTime, name, email, "UTC", null, null, List.of(), Map.of(), null, null);
    }

    public Booking withTimezone(String value) {
        return new Booking(eventType, startTime, name, email, value, firstName, lastName, guests,
                questionsAndAnswers, textReminderNumber, location, routingFormSubmission);
    }

    public Booking withNames(String first, String last) {
        return new Booking(eventType, startTime, name, email, timezone, first, last, guests, questionsAndAnswers,
                textReminderNumber, location, routingFormSubmission);
    }

    public Booking withGuests(List<String> value) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, value,
                questionsAndAnswers, textReminderNumber, location, routingFormSubmission);
    }

    public Booking withAnswers(Map<String, String> value) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, guests, value,
                textReminderNumber, location, routingFormSubmission);
    }

    public Booking withTextReminderNumber(String value) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, guests,
                questionsAndAnswers, value, location, routingFormSubmission);
    }

    public Booking withLocation(String value) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, guests,
                questionsAndAnswers, textReminderNumber, value, routingFormSubmission);
    }

    /**
     * The same booking made on the booking page a routing form sent the invitee to: {@code submissionUri} must
     * have routed to this booking's event type and not have led to a booking yet. The invitee's
     * {@code routing_form_submission} then names it, and the submission's {@code submitter} names the invitee.
     */
    public Booking withRoutingFormSubmission(String submissionUri) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, guests,
                questionsAndAnswers, textReminderNumber, location, submissionUri);
    }
}
