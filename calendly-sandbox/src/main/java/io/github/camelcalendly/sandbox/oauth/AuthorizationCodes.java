package io.github.camelcalendly.sandbox.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelcalendly.sandbox.auth.TokenRegistry;

/**
 * The authorization codes the sandbox handed out: each lives ten minutes and can be redeemed once. Used only under
 * the sandbox's state lock.
 */
final class AuthorizationCodes {

    /** Calendly's authorization code lifetime. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final Map<String, AuthorizationCode> codes = new HashMap<>();

    /** Remembers a new code for what the user consented to. */
    AuthorizationCode issue(String clientId, String redirectUri, String user, String organization, List<String> scopes,
            String codeChallenge, Instant now) {
        removeExpired(now);
        AuthorizationCode code = new AuthorizationCode(TokenRegistry.newSecret("code"), clientId, redirectUri, user,
                organization, scopes, codeChallenge, now.plus(LIFETIME));
        codes.put(code.code(), code);
        return code;
    }

    /** The code, if it was issued, is unused and has not expired. */
    Optional<AuthorizationCode> find(String code, Instant now) {
        removeExpired(now);
        return Optional.ofNullable(codes.get(code));
    }

    /** Uses the code up; it cannot be redeemed again. */
    void consume(String code) {
        codes.remove(code);
    }

    /** Discards every code {@code user} consented to that was not redeemed yet. */
    void discardAllOf(String user) {
        codes.values().removeIf(code -> code.user().equals(user));
    }

    private void removeExpired(Instant now) {
        codes.values().removeIf(code -> !now.isBefore(code.expiresAt()));
    }

    /**
     * One authorization code and what it stands for.
     *
     * @param scopes         the consented scopes, never empty (a request without scopes was granted all)
     * @param codeChallenge  the PKCE S256 challenge, null when the client sent none
     */
    record AuthorizationCode(String code, String clientId, String redirectUri, String user, String organization,
            List<String> scopes, String codeChallenge, Instant expiresAt) {

        AuthorizationCode {
            scopes = List.copyOf(scopes);
        }

        @Override
        public String toString() {
            return "AuthorizationCode[clientId=" + clientId + ", user=" + user + ", scopes=" + scopes
                    + ", pkce=" + (codeChallenge != null) + ", expiresAt=" + expiresAt + "]";
        }
    }
}
