package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The authorization requests an endpoint made and has not seen come back, kept in its
 * {@link PendingAuthorizationStore}: each {@code state} with its PKCE code verifier, for as long as Calendly's
 * authorization code lives (10 minutes). A state is handed out once, and only for the redirect URI it was made for:
 * taking it removes it either way, so a replayed or redirected callback finds nothing.
 */
public final class PendingAuthorizations {

    /** How long a request waits for its callback: the lifetime of Calendly's authorization code. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private final PendingAuthorizationStore store;
    private final Clock clock;

    public PendingAuthorizations(PendingAuthorizationStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Remembers the verifier of an authorization request sent with {@code state}, for {@link #LIFETIME}. */
    void remember(String state, String codeVerifier, String redirectUri) {
        store.remember(state, codeVerifier, redirectUri, clock.instant().plus(LIFETIME));
    }

    /** The verifier remembered for {@code state} and {@code redirectUri}, forgotten from now on; else empty. */
    Optional<String> take(String state, String redirectUri) {
        return store.take(state)
                .filter(p -> p.redirectUri().equals(redirectUri) && p.expiresAt().isAfter(clock.instant()))
                .map(PendingAuthorization::codeVerifier);
    }
}
