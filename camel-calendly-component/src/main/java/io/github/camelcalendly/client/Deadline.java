package io.github.camelcalendly.client;

/**
 * The moment a call must be over by, on {@link System#nanoTime()}'s scale.
 *
 * @param atNanos       the deadline; meaningless for {@link #NONE}
 * @param timeoutMillis the callTimeout it came from, for messages; 0 for {@link #NONE}
 */
public record Deadline(long atNanos, long timeoutMillis) {

    /** No deadline. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, 0);

    /** The deadline {@code timeoutMillis} from now; {@link #NONE} for 0. */
    public static Deadline inMillis(long timeoutMillis) {
        return timeoutMillis == 0 ? NONE : new Deadline(System.nanoTime() + timeoutMillis * 1_000_000L, timeoutMillis);
    }

    public boolean isNone() {
        return timeoutMillis == 0;
    }

    /** Milliseconds left at {@code nowNanos}, at least 0; Long.MAX_VALUE without a deadline. */
    public long remainingMillis(long nowNanos) {
        if (isNone()) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, (atNanos - nowNanos) / 1_000_000L);
    }
}
