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
 */
public record Booking(String eventType, Instant startTime, String name, String email, String timezone,
        String firstName, String lastName, List<String> guests, Map<String, String> questionsAndAnswers,
        String textReminderNumber, String location) {

    public Booking {
        Objects.requireNonNull(eventType, "eventType");
        guests = guests == null ? List.of() : List.copyOf(guests);
        questionsAndAnswers = questionsAndAnswers == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questionsAndAnswers));
    }

    /** A booking of {@code startTime} (null: next available) by an invitee in UTC. */
    public static Booking of(String eventType, Instant startTime, String name, String email) {
        return new Booking(eventType, startTime, name, email, "UTC", null, null, List.of(), Map.of(), null, null);
    }

    public Booking withTimezone(String value) {
        return new Booking(eventType, startTime, name, email, value, firstName, lastName, guests,
                questionsAndAnswers, textReminderNumber, location);
    }

    public Booking withNames(String first, String last) {
        return new Booking(eventType, startTime, name, email, timezone, first, last, guests, questionsAndAnswers,
                textReminderNumber, location);
    }

    public Booking withGuests(List<String> value) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, value,
                questionsAndAnswers, textReminderNumber, location);
    }

    public Booking withAnswers(Map<String, String> value) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, guests, value,
                textReminderNumber, location);
    }

    public Booking withTextReminderNumber(String value) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, guests,
                questionsAndAnswers, value, location);
    }

    public Booking withLocation(String value) {
        return new Booking(eventType, startTime, name, email, timezone, firstName, lastName, guests,
                questionsAndAnswers, textReminderNumber, value);
    }
}
