package io.github.camelcalendly.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
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
 * One connection's refreshes: waits its turn among the connection's token requests (Calendly allows
 * {@value OAuthSession#TOKEN_REQUESTS_PER_MINUTE} a minute per user), redeems the refresh token, and saves the rotated
 * tokens before anyone may use them. Callers serialize refreshes of one connection themselves.
 */
final class TokenRefresher {

    /** Calendly refused the refresh token ({@code invalid_grant}): the grant is gone until the user signs in again. */
    static final class GrantRefused extends Exception {

        private static final long serialVersionUID = 1L;

        private final int statusCode;

        GrantRefused(int statusCode) {
            super("Calendly refused its refresh token (invalid_grant: already used, revoked, or the user disconnected"
                  + " the app)", null, false, false);
            this.statusCode = statusCode;
        }

        int statusCode() {
            return statusCode;
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

    /**
     * Redeems {@code base}'s refresh token and saves what Calendly answered.
     *
     * @param timeoutMillis the longest the request, its wait for a turn included, may take; 0 for none
     * @return the saved tokens
     * @throws GrantRefused              when Calendly refused the refresh token
     * @throws CalendlyRateLimitException when the connection's turn would come after the deadline
     * @throws TokenStoreException        when the new tokens could not be saved: they must not be used
     */
    StoredTokens redeem(StoredTokens base, long timeoutMillis) throws GrantRefused {
        Deadline deadline = Deadline.inMillis(timeoutMillis);
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
                throw new GrantRefused(e.getStatusCode());
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Calendly connection '" + connectionId + "' could not refresh its access"
                    + " token: " + e.getMessage(), e);
        }
        StoredTokens next = answer.toStored(clock.instant(), base);
        try {
            store.save(connectionId, next);
        } catch (RuntimeException e) {
            throw new TokenStoreException("Calendly connection '" + connectionId + "' refreshed its tokens but could"
                    + " not save them, so the new access token is not used. Calendly has retired the previous"
                    + " refresh token: the user may have to authorize the app again. Cause: " + e.getMessage(), e);
        }
        return next;
    }
}
