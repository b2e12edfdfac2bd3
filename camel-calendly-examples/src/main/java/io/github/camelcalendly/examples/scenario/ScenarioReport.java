package io.github.camelcalendly.examples.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one run of the scenario did and saw, step by step; a step that was skipped (read-only) leaves its fields
 * null. Filled in by {@link ScenarioDriver} as it goes, so a failed run shows how far it got.
 */
public final class ScenarioReport {

    private final TriggerKind trigger;
    private final boolean writes;
    private Map<String, Object> subscription;
    private List<Map<String, Object>> eventTypes = List.of();
    private Map<String, Object> eventType;
    private List<Map<String, Object>> openSlots = List.of();
    private BookedMeeting booking;
    private TriggerMessage bookingNotice;
    private List<MeetingRow> meetings = List.of();
    private List<String> table = List.of();
    private Map<String, Object> singleUseLink;
    private String prefilledLink;
    private Map<String, Object> cancellation;
    private TriggerMessage cancellationNotice;
    private Duration firstAction;
    private int completedSteps;

    ScenarioReport(TriggerKind trigger, boolean writes) {
        this.trigger = trigger;
        this.writes = writes;
    }

    /** How the trigger route learnt about bookings. */
    public TriggerKind trigger() {
        return trigger;
    }

    /** Whether the run booked, created a link and cancelled. */
    public boolean writes() {
        return writes;
    }

    /** The webhook subscription as Calendly lists it, when the trigger is a webhook. */
    public Map<String, Object> subscription() {
        return subscription;
    }

    public List<Map<String, Object>> eventTypes() {
        return eventTypes;
    }

    /** The event type the scenario used. */
    public Map<String, Object> eventType() {
        return eventType;
    }

    public List<Map<String, Object>> openSlots() {
        return openSlots;
    }

    public BookedMeeting booking() {
        return booking;
    }

    /** What the trigger route received about the booking. */
    public TriggerMessage bookingNotice() {
        return bookingNotice;
    }

    public List<MeetingRow> meetings() {
        return meetings;
    }

    /** The meetings table as printed, line by line. */
    public List<String> table() {
        return table;
    }

    public Map<String, Object> singleUseLink() {
        return singleUseLink;
    }

    public String prefilledLink() {
        return prefilledLink;
    }

    public Map<String, Object> cancellation() {
        return cancellation;
    }

    /** What the trigger route received about the cancellation. */
    public TriggerMessage cancellationNotice() {
        return cancellationNotice;
    }

    /** How long after the JVM's start the first Calendly action completed. */
    public Duration firstAction() {
        return firstAction;
    }

    /** How many of the eight steps completed (skipped ones included). */
    public int completedSteps() {
        return completedSteps;
    }

    void subscription(Map<String, Object> value) {
        subscription = value;
    }

    void eventTypes(List<Map<String, Object>> value) {
        eventTypes = List.copyOf(value);
    }

    void eventType(Map<String, Object> value) {
        eventType = value;
    }

    void openSlots(List<Map<String, Object>> value) {
        openSlots = List.copyOf(value);
    }

    void booking(BookedMeeting value) {
        booking = value;
    }

    void bookingNotice(TriggerMessage value) {
        bookingNotice = value;
    }

    void meetings(List<MeetingRow> rows, List<String> lines) {
        meetings = List.copyOf(rows);
        table = List.copyOf(lines);
    }

    void singleUseLink(Map<String, Object> value) {
        singleUseLink = value;
    }

    void prefilledLink(String value) {
        prefilledLink = value;
    }

    void cancellation(Map<String, Object> value) {
        cancellation = value;
    }

    void cancellationNotice(TriggerMessage value) {
        cancellationNotice = value;
    }

    void firstAction(Duration value) {
        firstAction = value;
    }

    void stepCompleted() {
        completedSteps++;
    }
}
