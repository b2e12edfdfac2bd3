package io.github.camelcalendly.sandbox.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calendly's per-token request budget: {@code limit} requests per window (a minute by default), counted from the
 * window's first request.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1 request per window, was " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate-limit window must be positive, was " + window);
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one request for {@code key} and says whether it is within the budget. */
    public Decision acquire(String key) {
        Instant now = clock.instant();
        Window current = windows.compute(key, (k, existing) -> {
            Window w = existing == null || !now.isBefore(existing.resetsAt) ? new Window(now.plus(window)) : existing;
            w.used++;
            return w;
        });
        synchronized (current) {
            long secondsToReset = Math.max(1, (Duration.between(now, current.resetsAt).toMillis() + 999) / 1000);
            boolean allowed = current.used <= limit;
            return new Decision(allowed, limit, Math.max(0, limit - current.used), secondsToReset);
        }
    }

    /** The outcome of one request against the budget, and the values of the {@code X-RateLimit-*} headers. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private static final class Window {
        private final Instant resetsAt;
        private int used;

        private Window(Instant resetsAt) {
            this.resetsAt = resetsAt;
        }
    }
}
