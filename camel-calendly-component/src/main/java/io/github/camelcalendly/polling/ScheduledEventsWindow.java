package io.github.camelcalendly.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.github.camelcalendly.operation.Operation;

/**
 * The start-time window in which {@code calendly:scheduledEvents?op=list} is polled when the route sets no
 * {@code minStartTime}.
 * <p>
 * Calendly filters scheduled events by when they start, not by when they changed, and without a filter lists every
 * meeting ever held, all of which a poll would read again each time. So each poll asks only for events starting
 * from the endpoint's {@code pollLookback} (by default {@link #LOOKBACK}, one day) before the poll: every upcoming
 * meeting is listed, so new bookings, cancellations
 * and reschedules of upcoming meetings (all of which change {@code updated_at}, a cancellation also
 * {@code status}) are seen and emitted, and so are changes to meetings of the last day, such as a meeting canceled
 * just after its start. Changes to meetings that started earlier than that are not seen. The window slides with each
 * poll, rather than starting at the first poll, so that it does not grow without end over months of polling, and
 * so that the first poll also emits the meetings of the day before. A route that sets {@code minStartTime} (and
 * {@code maxStartTime}) gets exactly its own window instead.
 */
public final class ScheduledEventsWindow {

    /** How far before each poll the polled start-time window begins, unless the endpoint sets pollLookback. */
    public static final Duration LOOKBACK = Duration.ofDays(1);

    private static final String OPERATION = "scheduledEvents/list";
    private static final String MIN_START_TIME = "minStartTime";

    private ScheduledEventsWindow() {
    }

    /**
     * The options to lay over the route's for one poll: {@code minStartTime} {@code lookback} before now for a
     * scheduled-events list that sets none, nothing otherwise.
     */
    public static Map<String, Object> overrides(Operation op, Map<String, Object> routeOptions, Clock clock,
            Duration lookback) {
        if (!OPERATION.equals(op.id()) || routeOptions.get(MIN_START_TIME) != null) {
            return Map.of();
        }
        if (lookback.isNegative()) {
            throw new IllegalArgumentException("pollLookback must not be negative, got " + lookback);
        }
        Instant from = clock.instant().minus(lookback).truncatedTo(ChronoUnit.SECONDS);
        return Map.of(MIN_START_TIME, from.toString());
    }
}
