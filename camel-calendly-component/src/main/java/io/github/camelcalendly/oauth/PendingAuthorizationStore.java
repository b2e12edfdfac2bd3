package io.github.camelcalendly.oauth;

import java.time.Instant;
import java.util.Optional;

/**
 * Where {@code calendly:oauth?op=authorizeUrl} keeps each authorization request's PKCE code verifier under its
 * {@code state} until {@code op=exchangeCode} takes it back when Calendly redirects the user to the callback. The
 * component keeps them in memory unless its {@code authorizationStore} option names another store; instances of an
 * application behind one load balancer share one (a {@code JdbcPendingAuthorizations} on their database), so that the
 * callback may land on another instance than the sign-in.
 * <p>
 * A store must hand out each state at most once, even to several instances asking at the same moment, and never one
 * that has expired. The code verifier is a secret: a store must not log it or show it in an exception message.
 */
public interface PendingAuthorizationStore {

    /**
     * Remembers an authorization request until {@code expiresAt}; a state remembered again replaces the earlier
     * request.
     *
     * @param state        the request's state, as sent to Calendly
     * @param codeVerifier the PKCE code verifier whose challenge was sent
     * @param redirectUri  the redirect URI the request named
     * @param expiresAt    from when the request is no longer to be handed out
     */
    void remember(String state, String codeVerifier, String redirectUri, Instant expiresAt);

    /**
     * The request remembered under {@code state}, forgotten from now on: the first caller gets it, every later one
     * (on this instance or another) gets nothing. Empty when the state is unknown, was taken already or has expired.
     */
    Optional<PendingAuthorization> take(String state);
}
