package io.github.camelcalendly.sandbox.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens the sandbox accepts, personal and OAuth-issued.
 */
public final class TokenRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, TokenGrant> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    public TokenRegistry(Clock clock) {
        this.clock = clock;
    }

    /** A personal access token for {@code user}: it never expires and carries exactly {@code scopes}. */
    public TokenGrant issuePersonal(String user, String organization, Collection<String> scopes) {
        Scopes.requireKnown(scopes);
        return store(new TokenGrant(newSecret("pat"), user, organization, Set.copyOf(scopes), clock.instant(),
                null, null));
    }

    /** An OAuth access token that expires after {@code lifetime}. */
    public TokenGrant issueOAuth(String user, String organization, Collection<String> scopes, Duration lifetime,
            String clientId) {
        Instant now = clock.instant();
        return store(new TokenGrant(newSecret("oat"), user, organization, Set.copyOf(scopes), now,
                now.plus(lifetime), clientId));
    }

    /** The grant behind a token, if the token is known and not expired. */
    public Optional<TokenGrant> active(String token) {
        TokenGrant grant = token == null ? null : tokens.get(token);
        if (grant == null || grant.expiredAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /** Forgets a token; true when it was known. */
    public boolean revoke(String token) {
        return token != null && tokens.remove(token) != null;
    }

    /** Forgets every OAuth access token issued to {@code user}; personal access tokens stay. */
    public void revokeOAuthOf(String user) {
        tokens.values().removeIf(grant -> grant.clientId() != null && grant.user().equals(user));
    }

    /** A random, URL-safe secret with a short prefix saying what it is. */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private TokenGrant store(TokenGrant grant) {
        tokens.put(grant.token(), grant);
        return grant;
    }
}
