package io.github.camelcalendly.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.CalendlyRateLimitException;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.auth.TokenStoreException;
import io.github.camelcalendly.client.CallTimeoutException;
import io.github.camelcalendly.client.Deadline;
import io.github.camelcalendly.client.RateLimiter;

/**
 * One connection's refreshes, run as one {@linkplain TokenStore#rotate rotation} of its stored tokens: inside it, the
 * stored tokens are read again, and used as they are when another caller or instance renewed them already;
 * otherwise the refresh token is redeemed (after waiting the connection's turn among its token requests: Calendly
 * allows {@value OAuthSession#TOKEN_REQUESTS_PER_MINUTE} a minute per user) and the rotated tokens are saved before
 * anyone may use them. With a store shared by several instances, such as a JDBC store, the rotation holds the
 * connection's row lock, so exactly one instance redeems a given refresh token. Callers serialize refreshes of one
 * connection within a process themselves.
 */
final class TokenRefresher {

    /**
     * The connection cannot be refreshed: Calendly refused its refresh token ({@code invalid_grant}), or it has none.
     * The grant is gone until the user signs in again.
     */
    static final class GrantRefused extends Exception {

        private static final long serialVersionUID = 1L;

        private final int statusCode;
        private final String title;
        private final transient StoredTokens tokens;

        private GrantRefused(String message, int statusCode, String title, StoredTokens tokens) {
            super(message, null, false, false);
            this.statusCode = statusCode;
            this.title = title;
            this.tokens = tokens;
        }

        int statusCode() {
            return statusCode;
        }

        /** The OAuth error, or null when no request was made. */
        String title() {
            return title;
        }

        /** The tokens that could not be refreshed (null when the store had none). */
        StoredTokens tokens() {
            return tokens;
        }
    }

    /**
     * What a refresh left: the tokens to use, and whether they are new from Calendly (rather than renewed by another
     * caller or instance).
     */
    record Outcome(StoredTokens tokens, boolean redeemed) {
    }

    /** Carries a {@link GrantRefused} out of the rotation, which may only throw unchecked exceptions. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refusal(GrantRefused cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private final String connectionId;
    private final TokenEndpoint endpoint;
    private final TokenStore store;
    private final RateLimiter tokenRequests;
    private final Clock clock;

    TokenRefresher(String connectionId, TokenEndpoint endpoint, TokenStore store, RateLimiter tokenRequests,
            Clock clock) {
        this.connectionId = connectionId;
        this.endpoint = endpoint;
        this.store = store;
        this.tokenRequests = tokenRequests;
        this.clock = clock;
    }

    /** Whether {@code candidate} holds an access token other than {@code stale} still valid at {@code ahead}. */
    static boolean renewed(StoredTokens candidate, String stale, Instant ahead) {
        return candidate != null && candidate.accessToken() != null && !candidate.accessToken().equals(stale)
               && !candidate.accessTokenExpiresBefore(ahead);
    }

    /**
     * A usable access token other than {@code stale}: the one the store holds when another caller or instance renewed
     * it, else one redeemed now with the stored refresh token and saved.
     *
     * @param known         the tokens the caller knows (used when the store has none), or null
     * @param stale         the access token that expired or was refused, or null
     * @param ahead         the instant a usable access token must still be valid at
     * @param timeoutMillis the longest the refresh, the wait for the store's lock and for a turn included, may take;
     *                      0 for none
     * @throws GrantRefused               when Calendly refused the refresh token, or there is none
     * @throws CalendlyRateLimitException when the connection's turn would come after the deadline
     * @throws TokenStoreException        when the store could not be read or locked, or the new tokens could not be
     *                                    saved: they are then not used
     */
    Outcome refresh(StoredTokens known, String stale, Instant ahead, long timeoutMillis) throws GrantRefused {
        Deadline deadline = Deadline.inMillis(timeoutMillis);
        StoredTokens[] found = new StoredTokens[1];
        boolean[] redeemed = new boolean[1];
        try {
            store.rotate(connectionId, timeoutMillis, stored -> {
                StoredTokens base = stored != null ? stored : known;
                found[0] = base;
                if (renewed(base, stale, ahead)) {
                    return stored; // renewed by another caller or instance: nothing to save
                }
                if (base == null || base.refreshToken() == null) {
                    throw new Refusal(new GrantRefused("its access token " + (stale == null ? "is missing"
                            : "expired or was refused") + " and it has no refresh token", 401, null, base));
                }
                found[0] = redeem(base, deadline);
                redeemed[0] = true;
                return found[0];
            });
        } catch (Refusal e) {
            throw (GrantRefused) e.getCause();
        } catch (TokenStoreException e) {
            if (!redeemed[0]) {
                throw e;
            }
            throw new TokenStoreException("Calendly connection '" + connectionId + "' refreshed its tokens but could"
                    + " not save them, so the new access token is not used. Calendly has retired the previous"
                    + " refresh token: the user may have to authorize the app again. Cause: " + e.getMessage(), e);
        }
        return new Outcome(found[0], redeemed[0]);
    }

    private StoredTokens redeem(StoredTokens base, Deadline deadline) {
        TokenResponse answer;
        try {
            tokenRequests.acquire(deadline, "the token request of Calendly connection '" + connectionId + "'");
            answer = endpoint.refresh(base.refreshToken(), deadline);
        } catch (CallTimeoutException e) {
            throw new CalendlyRateLimitException("Calendly connection '" + connectionId + "' cannot refresh its"
                    + " access token now: Calendly allows " + OAuthSession.TOKEN_REQUESTS_PER_MINUTE + " token"
                    + " requests per user per minute, and " + e.getMessage(), new CalendlyApiException.ErrorInfo(429,
                            null, null, List.of(), List.of(), TokenEndpoint.REFRESH.id(), "POST", null, false,
                            Map.of()));
        } catch (CalendlyApiException e) {
            if ("invalid_grant".equals(e.getTitle())) {
                throw new Refusal(new GrantRefused("Calendly refused its refresh token (invalid_grant: already used,"
                        + " revoked, or the user disconnected the app)", e.getStatusCode(), "invalid_grant", base));
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Calendly connection '" + connectionId + "' could not refresh its access"
                    + " token: " + e.getMessage(), e);
        }
        return answer.toStored(clock.instant(), base);
    }
}
