package io.github.camelcalendly.examples.scenario;

import java.util.function.Predicate;

/**
 * How the trigger route tells the scenario about its booking and cancellation: as the webhook events
 * {@code invitee.created} and {@code invitee.canceled} about the booked meeting, or, when polling, as the booked
 * meeting appearing active and then turning canceled.
 */
public enum TriggerKind {

    /** calendly:webhook: Calendly's signed deliveries. */
    WEBHOOK("webhook") {
        @Override
        Predicate<TriggerMessage> booked(BookedMeeting meeting) {
            return m -> "invitee.created".equals(m.event()) && about(m, meeting);
        }

        @Override
        Predicate<TriggerMessage> canceled(BookedMeeting meeting) {
            return m -> "invitee.canceled".equals(m.event()) && about(m, meeting);
        }

        @Override
        String bookedSignal() {
            return "invitee.created";
        }

        @Override
        String canceledSignal() {
            return "invitee.canceled";
        }

        private boolean about(TriggerMessage m, BookedMeeting meeting) {
            return meeting.eventUri().equals(m.text("event")) && meeting.inviteeUri().equals(m.text("uri"));
        }
    },

    /** calendly:scheduledEvents?op=list as a consumer: each new or changed meeting once. */
    POLLING("polling") {
        @Override
        Predicate<TriggerMessage> booked(BookedMeeting meeting) {
            return m -> meeting.eventUri().equals(m.text("uri")) && "active".equals(m.text("status"));
        }

        @Override
        Predicate<TriggerMessage> canceled(BookedMeeting meeting) {
            return m -> meeting.eventUri().equals(m.text("uri")) && "canceled".equals(m.text("status"));
        }

        @Override
        String bookedSignal() {
            return "the booked meeting, active";
        }

        @Override
        String canceledSignal() {
            return "the booked meeting, canceled";
        }
    };

    private final String label;

    TriggerKind(String label) {
        this.label = label;
    }

    /** Matches the trigger's news of the booking. */
    abstract Predicate<TriggerMessage> booked(BookedMeeting meeting);

    /** Matches the trigger's news of the cancellation. */
    abstract Predicate<TriggerMessage> canceled(BookedMeeting meeting);

    /** What the trigger is waited for after booking, for the console. */
    abstract String bookedSignal();

    /** What the trigger is waited for after cancelling, for the console. */
    abstract String canceledSignal();

    /** "webhook" or "polling". */
    public String label() {
        return label;
    }
}
