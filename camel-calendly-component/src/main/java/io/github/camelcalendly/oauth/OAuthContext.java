package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.util.function.Function;

import io.github.camelcalendly.auth.TokenStore;

/**
 * What an endpoint's oauth operations work with, resolved from its configuration and the component's.
 *
 * @param endpoint             the app's authorization server
 * @param store                where tokens are saved
 * @param configuredConnection the endpoint's connectionId option, or null
 * @param sessions             the session of a connection id
 * @param pending              the component's authorization requests awaiting their code
 * @param callTimeoutMillis    the longest one request to the authorization server may take; 0 for none
 * @param clock                the component's clock
 */
public record OAuthContext(TokenEndpoint endpoint, TokenStore store, String configuredConnection,
        Function<String, OAuthSession> sessions, PendingAuthorizations pending, long callTimeoutMillis, Clock clock) {
}
