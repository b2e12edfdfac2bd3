package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization requests a component made and has not seen come back: each {@code state} with its PKCE code
 * verifier, for as long as Calendly's authorization code lives (10 minutes). A state is handed out once: taking it
 * removes it, so a replayed redirect finds nothing. At most {@value #MAX_PENDING} are kept, the oldest dropped first.
 */
public final class PendingAuthorizations {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX_PENDING = 10_000;

    private record Pending(String codeVerifier, String redirectUri, Instant expiresAt) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Clock clock;

    public PendingAuthorizations(Clock clock) {
        this.clock = clock;
    }

    /** Remembers the verifier of an authorization request sent with {@code state}. */
    synchronized void remember(String state, String codeVerifier, String redirectUri) {
        dropExpired();
        if (pending.size() >= MAX_PENDING) {
            Iterator<String> oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        pending.put(state, new Pending(codeVerifier, redirectUri, clock.instant().plus(LIFETIME)));
    }

    /** The verifier remembered for {@code state}, forgotten from now on; empty when unknown or expired. */
    synchronized Optional<String> take(String state, String redirectUri) {
        dropExpired();
        Pending found = pending.remove(state);
        if (found == null || !found.redirectUri().equals(redirectUri)) {
            return Optional.empty();
        }
        return Optional.of(found.codeVerifier());
    }

    synchronized int size() {
        return pending.size();
    }

    private void dropExpired() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> !p.expiresAt().isAfter(now));
    }
}
