package io.github.camelcalendly.sandbox.auth;

import java.time.Instant;
import java.util.Set;

/**
 * What an access token stands for: the user and organization it acts as, its scopes, when it expires (null for a
 * personal access token, which does not), and the OAuth client that obtained it (null for a personal token).
 */
public record TokenGrant(String token, String user, String organization, Set<String> scopes, Instant issuedAt,
        Instant expiresAt, String clientId) {

    public TokenGrant {
        scopes = Set.copyOf(scopes);
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean grants(String scope) {
        return Scopes.grants(scopes, scope);
    }

    @Override
    public String toString() {
        return "TokenGrant[user=" + user + ", scopes=" + scopes + ", expiresAt=" + expiresAt + "]";
    }
}
