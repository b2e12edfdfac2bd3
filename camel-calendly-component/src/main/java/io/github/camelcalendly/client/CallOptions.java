package io.github.camelcalendly.client;

/**
 * How one call to Calendly is carried out: how failures are retried, and the deadline the whole call (every attempt
 * and every wait) must meet.
 *
 * @param retry             how failed attempts are retried
 * @param callTimeoutMillis the longest the whole call may take; 0 for no deadline
 */
public record CallOptions(RetryOptions retry, long callTimeoutMillis) {

    public static final CallOptions DEFAULTS = new CallOptions(RetryOptions.DEFAULTS, 60_000);

    public CallOptions {
        if (retry == null) {
            throw new IllegalArgumentException("retry options are required");
        }
        if (callTimeoutMillis < 0) {
            throw new IllegalArgumentException("callTimeout must be 0 or more, got " + callTimeoutMillis);
        }
    }

    /** The moment, on {@link System#nanoTime()}'s scale, by which a call started at {@code startNanos} must end. */
    public Deadline deadlineFrom(long startNanos) {
        return callTimeoutMillis == 0 ? Deadline.NONE : new Deadline(startNanos + callTimeoutMillis * 1_000_000L,
                callTimeoutMillis);
    }
}
