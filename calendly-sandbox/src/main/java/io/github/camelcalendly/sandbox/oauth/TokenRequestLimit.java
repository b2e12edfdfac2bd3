package io.github.camelcalendly.sandbox.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Calendly's limit on the token endpoint: each user may make at most {@code limit} token requests in any
 * {@link #WINDOW} (a rolling window on the sandbox clock). Only admitted requests count, so a client that is refused
 * gets its next slot when its oldest admitted request leaves the window. Used only under the sandbox's state lock.
 */
final class TokenRequestLimit {

    /** The rolling window the limit applies to. */
    static final Duration WINDOW = Duration.ofSeconds(60);

    private final int limit;
    private final Map<String, Deque<Instant>> admitted = new HashMap<>();

    /** A limit of {@code limit} requests per user and window; 0 admits everything. */
    TokenRequestLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("token request limit must be 0 (unlimited) or positive, was " + limit);
        }
        this.limit = limit;
    }

    /**
     * Counts one token request of {@code user} at {@code now}.
     *
     * @throws OAuthError a 429 {@code rate_limited} with the seconds until a slot frees, when the user already made
     *                    {@code limit} requests in the window; the refused request is not counted
     */
    void admit(String user, Instant now) {
        if (limit == 0) {
            return;
        }
        Deque<Instant> recent = admitted.computeIfAbsent(user, u -> new ArrayDeque<>());
        Instant windowStart = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
            recent.removeFirst();
        }
        if (recent.size() >= limit) {
            long retryAfter = secondsRoundedUp(Duration.between(now, recent.peekFirst().plus(WINDOW)));
            throw OAuthError.rateLimited("Too many token requests for this user: at most " + limit + " in any "
                    + WINDOW.toSeconds() + " seconds. Retry in " + retryAfter + " seconds.", retryAfter);
        }
        recent.addLast(now);
    }

    private static long secondsRoundedUp(Duration wait) {
        long seconds = wait.toSeconds();
        return Math.max(1, wait.equals(Duration.ofSeconds(seconds)) ? seconds : seconds + 1);
    }
}
