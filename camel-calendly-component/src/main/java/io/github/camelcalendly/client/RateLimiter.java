package io.github.camelcalendly.client;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One connection's rate limiter, shared by every endpoint that uses the connection. It waits instead of provoking a
 * 429: when Calendly's {@code X-RateLimit-Remaining} reached 0 it holds calls until {@code X-RateLimit-Reset}, and
 * with a fixed {@code requestsPerMinute} it never lets more calls start in any 60-second window.
 * <p>
 * A call reserves its start time under a short lock and then waits outside it, so waiting callers never hold the
 * lock (nor pin a virtual thread) and later callers queue behind the reservations already made. A call whose start
 * would lie past its deadline fails at once without taking a slot.
 */
public final class RateLimiter {

    /** Calendly's window is a minute; a reset further away than this is not trusted. */
    static final long MAX_SERVER_WAIT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int requestsPerMinute;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();
    /** Start times granted in the last window (some possibly still ahead), oldest first. */
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

    /** Waits until a call may start, then counts it; no deadline. */
    public void acquire() throws InterruptedIOException {
        acquire(Deadline.NONE, "a call");
    }

    /** Waits until {@code call} may start, then counts it; fails when that would be past the call's deadline. */
    public void acquire(HttpCall call) throws InterruptedIOException {
        acquire(call.deadline(), call.describe());
    }

    /**
     * Waits until a call may start, then counts it; fails at once when that would be past {@code deadline}.
     *
     * @param what names the call in the failure's message
     */
    public void acquire(Deadline deadline, String what) throws InterruptedIOException {
        long startAt;
        lock.lock();
        try {
            long now = nanoClock.getAsLong();
            startAt = now;
            if (remaining == 0 && now < resetAtNanos) {
                startAt = resetAtNanos;
            }
            if (requestsPerMinute > 0) {
                while (!recentStarts.isEmpty() && startAt - recentStarts.peekFirst() >= WINDOW_NANOS) {
                    recentStarts.pollFirst();
                }
                if (recentStarts.size() >= requestsPerMinute) {
                    startAt = Math.max(startAt, recentStarts.peekFirst() + WINDOW_NANOS);
                }
            }
            if (startAt > now) {
                // the wait is slept in whole milliseconds, rounded up: the call starts then, and counts from then
                startAt = now + TimeUnit.MILLISECONDS.toNanos(TimeUnit.NANOSECONDS.toMillis(startAt - now) + 1);
                if (!deadline.isNone() && startAt >= deadline.atNanos()) {
                    throw new CallTimeoutException("the rate limit would hold " + what + " for "
                            + TimeUnit.NANOSECONDS.toMillis(startAt - now) + " ms, past its deadline");
                }
            }
            if (requestsPerMinute > 0) {
                if (recentStarts.size() >= requestsPerMinute) {
                    recentStarts.pollFirst();
                }
                recentStarts.addLast(startAt);
            }
            // only a reset that has come frees the window: every caller before it waits for it, not just the first
            if (remaining == 0 && now >= resetAtNanos) {
                remaining = -1;
            }
            if (remaining > 0) {
                remaining--;
            }
            if (startAt > now) {
                waits++;
            }
        } finally {
            lock.unlock();
        }
        waitUntil(startAt);
    }

    /**
     * Counts a call that already started elsewhere (a token request made before the connection it belongs to was
     * known), without waiting.
     */
    public void record() {
        lock.lock();
        try {
            if (requestsPerMinute > 0) {
                long now = nanoClock.getAsLong();
                while (!recentStarts.isEmpty() && now - recentStarts.peekFirst() >= WINDOW_NANOS) {
                    recentStarts.pollFirst();
                }
                recentStarts.addLast(now);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Learns the window's state from a response's X-RateLimit-Remaining and X-RateLimit-Reset. */
    public void update(CalendlyResponse response) {
        Long left = RateLimitHeaders.number(response.headers(), CalendlyResponse.RATE_LIMIT_REMAINING);
        Long reset = RateLimitHeaders.number(response.headers(), CalendlyResponse.RATE_LIMIT_RESET);
        if (response.statusCode() == 429 && left == null) {
            left = 0L;
        }
        if (left != null && reset != null) {
            lock.lock();
            try {
                remaining = Math.max(0, left);
                resetAtNanos = nanoClock.getAsLong() + Math.min(TimeUnit.SECONDS.toNanos(Math.max(0, reset)),
                        MAX_SERVER_WAIT_NANOS);
            } finally {
                lock.unlock();
            }
        }
    }

    /** How many times a call had to wait so far. */
    public long waits() {
        lock.lock();
        try {
            return waits;
        } finally {
            lock.unlock();
        }
    }

    private void waitUntil(long startAtNanos) throws InterruptedIOException {
        long nanos = startAtNanos - nanoClock.getAsLong();
        if (nanos > 0) {
            try {
                sleeper.sleep(TimeUnit.NANOSECONDS.toMillis(nanos + 999_999));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for the Calendly rate limit");
            }
        }
    }
}
