package io.github.camelcalendly.client;

import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;

/** A wait for a rate limit's turn, which an interrupt ends with an {@link InterruptedIOException}. */
final class RateWait {

    private RateWait() {
    }

    /** Sleeps {@code nanos} rounded up to whole milliseconds, when more than none. */
    static void sleepNanos(Sleeper sleeper, long nanos) throws InterruptedIOException {
        if (nanos > 0) {
            sleep(sleeper, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999));
        }
    }

    /** Sleeps {@code millis} with {@code sleeper}; an interrupt keeps the thread's flag and fails the call. */
    static void sleep(Sleeper sleeper, long millis) throws InterruptedIOException {
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the Calendly rate limit");
        }
    }
}
