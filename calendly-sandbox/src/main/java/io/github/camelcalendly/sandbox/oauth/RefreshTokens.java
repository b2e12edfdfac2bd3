package io.github.camelcalendly.sandbox.oauth;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelcalendly.sandbox.auth.TokenRegistry;

/**
 * The live refresh tokens. A refresh token does not expire but is single-use: redeeming it removes it, so a second
 * use finds nothing and fails with {@code invalid_grant}. Used only under the sandbox's state lock.
 */
final class RefreshTokens {

    private final Map<String, RefreshGrant> live = new HashMap<>();

    RefreshGrant issue(String clientId, String user, String organization, List<String> scopes, String accessToken,
            Instant now) {
        RefreshGrant grant = new RefreshGrant(TokenRegistry.newSecret("ort"), clientId, user, organization, scopes,
                accessToken, now);
        live.put(grant.token(), grant);
        return grant;
    }

    Optional<RefreshGrant> find(String token) {
        return Optional.ofNullable(token == null ? null : live.get(token));
    }

    /** Revokes a refresh token (used by rotation and by {@code /oauth/revoke}). */
    void revoke(String token) {
        live.remove(token);
    }

    /** Revokes every refresh token issued to {@code user}. */
    void revokeAllOf(String user) {
        live.values().removeIf(grant -> grant.user().equals(user));
    }

    /**
     * A refresh token and the grant it can renew.
     *
     * @param accessToken  the access token issued together with it
     */
    record RefreshGrant(String token, String clientId, String user, String organization, List<String> scopes,
            String accessToken, Instant issuedAt) {

        RefreshGrant {
            scopes = List.copyOf(scopes);
        }

        @Override
        public String toString() {
            return "RefreshGrant[clientId=" + clientId + ", user=" + user + ", scopes=" + scopes + ", issuedAt="
                    + issuedAt + "]";
        }
    }
}
