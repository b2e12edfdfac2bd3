package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The component's own {@link PendingAuthorizationStore}, in this JVM's memory: right for one instance, and lost on
 * restart. At most {@value #MAX_PENDING} requests are kept, the oldest dropped first; expired ones are dropped as new
 * ones come.
 */
public final class InMemoryPendingAuthorizationStore implements PendingAuthorizationStore {

    static final int MAX_PENDING = 10_000;

    private final Map<String, PendingAuthorization> pending = new LinkedHashMap<>();
    private final Clock clock;

    /** @param clock tells which requests have expired */
    public InMemoryPendingAuthorizationStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void remember(String state, String codeVerifier, String redirectUri, Instant expiresAt) {
        Objects.requireNonNull(state, "state");
        PendingAuthorization request = new PendingAuthorization(codeVerifier, redirectUri, expiresAt);
        dropExpired();
        pending.remove(state);
        if (pending.size() >= MAX_PENDING) {
            Iterator<String> oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        pending.put(state, request);
    }

    @Override
    public synchronized Optional<PendingAuthorization> take(String state) {
        dropExpired();
        return Optional.ofNullable(state == null ? null : pending.remove(state));
    }

    /** How many requests are pending, expired ones not yet dropped included. */
    synchronized int size() {
        return pending.size();
    }

    private void dropExpired() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> !p.expiresAt().isAfter(now));
    }

    @Override
    public String toString() {
        return "InMemoryPendingAuthorizationStore[pending=" + size() + "]";
    }
}
