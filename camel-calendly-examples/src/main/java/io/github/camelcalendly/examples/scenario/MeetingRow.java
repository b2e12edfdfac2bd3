package io.github.camelcalendly.examples.scenario;

/**
 * One line of the upcoming-meetings table.
 *
 * @param start   the start time as shown, UTC
 * @param name    the meeting's name (its event type)
 * @param invitee who is coming: "Name &lt;email&gt;", with "+N" for further invitees
 * @param status  active or canceled
 * @param uri     the scheduled event, not shown
 */
public record MeetingRow(String start, String name, String invitee, String status, String uri) {
}
