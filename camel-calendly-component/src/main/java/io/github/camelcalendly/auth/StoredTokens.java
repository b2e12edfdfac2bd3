package io.github.camelcalendly.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One OAuth connection's tokens as a {@link TokenStore} keeps them. Immutable; {@link #toString()} shows no token.
 *
 * @param accessToken  the bearer token, or null when only a refresh token is known (the first call refreshes)
 * @param refreshToken the single-use refresh token, or null when the access token cannot be renewed
 * @param expiresAt    when the access token expires, or null when unknown
 * @param scopes       the scopes granted to the tokens, empty when unknown
 * @param owner        the URI of the Calendly user who authorized the app, or null when unknown
 * @param organization the URI of that user's organization, or null when unknown
 */
public record StoredTokens(String accessToken, String refreshToken, Instant expiresAt, List<String> scopes,
        String owner, String organization) {

    public StoredTokens {
        if (accessToken == null && refreshToken == null) {
            throw new IllegalArgumentException("Stored tokens need an access token, a refresh token or both");
        }
        scopes = List.copyOf(Objects.requireNonNullElse(scopes, List.of()));
    }

    /** Tokens known only by a refresh token (configured, not yet redeemed). */
    public static StoredTokens refreshTokenOnly(String refreshToken) {
        return new StoredTokens(null, Objects.requireNonNull(refreshToken, "refreshToken"), null, List.of(), null,
                null);
    }

    /** Whether the access token is missing or expires at or before {@code instant}. */
    public boolean accessTokenExpiresBefore(Instant instant) {
        return accessToken == null || (expiresAt != null && !expiresAt.isAfter(instant));
    }

    @Override
    public String toString() {
        return "StoredTokens[accessToken=" + (accessToken == null ? "none" : "******") + ", refreshToken="
               + (refreshToken == null ? "none" : "******") + ", expiresAt=" + expiresAt + ", scopes=" + scopes
               + ", owner=" + owner + ", organization=" + organization + "]";
    }
}
