package io.github.camelcalendly.examples.scenario;

/**
 * The meeting the scenario booked, as Calendly answered the booking.
 *
 * @param eventUri      the scheduled event
 * @param inviteeUri    the invitee
 * @param eventTypeName the event type's name
 * @param startTime     the start time Calendly confirmed
 * @param name          the invitee's name
 * @param email         the invitee's email address
 */
public record BookedMeeting(String eventUri, String inviteeUri, String eventTypeName, String startTime, String name,
        String email) {
}
