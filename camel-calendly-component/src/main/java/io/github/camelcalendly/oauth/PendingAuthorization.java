package io.github.camelcalendly.oauth;

import java.time.Instant;
import java.util.Objects;

/**
 * One authorization request awaiting its callback, as a {@link PendingAuthorizationStore} gives it back: the PKCE code
 * verifier sent with it (a secret, never shown by {@link #toString()}), the redirect URI it named, and when it
 * expires.
 *
 * @param codeVerifier the PKCE code verifier of the request
 * @param redirectUri  the redirect URI the request named; the callback must name the same
 * @param expiresAt    from when the request is no longer honoured
 */
public record PendingAuthorization(String codeVerifier, String redirectUri, Instant expiresAt) {

    public PendingAuthorization {
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "PendingAuthorization[redirectUri=" + redirectUri + ", expiresAt=" + expiresAt + "]";
    }
}
