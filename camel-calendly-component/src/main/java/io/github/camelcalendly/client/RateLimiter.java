package io.github.camelcalendly.client;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One connection's rate limiter, shared by every endpoint that uses the connection. It waits instead of provoking a
 * 429: when Calendly's {@code X-RateLimit-Remaining} reached 0 it holds calls until {@code X-RateLimit-Reset}, and
 * with a fixed {@code requestsPerMinute} it never lets more calls start in any 60-second window.
 */
public final class RateLimiter {

    /** Calendly's window is a minute; a reset further away than this is not trusted. */
    static final long MAX_SERVER_WAIT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int requestsPerMinute;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final Deque<Long> recentStarts = new ArrayDeque<>();
    private long remaining = -1;
    private long resetAtNanos;
    private long waits;

    /**
     * @param requestsPerMinute a fixed ceiling of calls per minute, or 0 to follow Calendly's headers only
     * @param nanoClock         the clock, {@code System::nanoTime} outside tests
     * @param sleeper           how to wait
     */
    public RateLimiter(int requestsPerMinute, LongSupplier nanoClock, Sleeper sleeper) {
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("requestsPerMinute must be 0 or more, got " + requestsPerMinute);
        }
        this.requestsPerMinute = requestsPerMinute;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** Waits until a call may start, then counts it. */
    public synchronized void acquire() throws InterruptedIOException {
        long now = nanoClock.getAsLong();
        if (remaining == 0 && now < resetAtNanos) {
            now = waitNanos(resetAtNanos - now);
            remaining = -1;
        }
        if (requestsPerMinute > 0) {
            while (!recentStarts.isEmpty() && now - recentStarts.peekFirst() >= WINDOW_NANOS) {
                recentStarts.pollFirst();
            }
            if (recentStarts.size() >= requestsPerMinute) {
                now = waitNanos(recentStarts.pollFirst() + WINDOW_NANOS - now);
            }
            recentStarts.addLast(now);
        }
        if (remaining > 0) {
            remaining--;
        }
    }

    /** Learns the window's state from a response's X-RateLimit-Remaining and X-RateLimit-Reset. */
    public synchronized void update(CalendlyResponse response) {
        Long left = RateLimitHeaders.number(response.headers(), CalendlyResponse.RATE_LIMIT_REMAINING);
        Long reset = RateLimitHeaders.number(response.headers(), CalendlyResponse.RATE_LIMIT_RESET);
        if (response.statusCode() == 429 && left == null) {
            left = 0L;
        }
        if (left != null && reset != null) {
            remaining = Math.max(0, left);
            resetAtNanos = nanoClock.getAsLong() + Math.min(TimeUnit.SECONDS.toNanos(Math.max(0, reset)),
                    MAX_SERVER_WAIT_NANOS);
        }
    }

    /** How many times a call had to wait so far. */
    public synchronized long waits() {
        return waits;
    }

    private long waitNanos(long nanos) throws InterruptedIOException {
        if (nanos > 0) {
            waits++;
            try {
                sleeper.sleep(TimeUnit.NANOSECONDS.toMillis(nanos) + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for the Calendly rate limit");
            }
        }
        return nanoClock.getAsLong();
    }
}
