package io.github.camelcalendly.auth;

import java.util.Optional;
import java.util.Set;

import io.github.camelcalendly.operation.ConnectionIdentity;

/**
 * Supplies the bearer token of one connection. The connection's authentication step asks for it on every attempt and
 * tells it how Calendly answered.
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /** The access token to send now; never logged. */
    String accessToken();

    /**
     * Calendly answered 401 to {@code rejected}: a provider that can get a new token (an OAuth refresh) does so and
     * returns true, and the call is sent once more with {@link #accessToken()}. A provider whose token cannot change
     * (a personal access token) returns false, and the 401 stands. A provider may instead throw, when it knows the
     * connection cannot recover by itself (an OAuth connection whose grant was revoked).
     *
     * @param rejected the token Calendly refused
     * @return whether a new token is ready
     */
    default boolean renewAfterRejection(String rejected) {
        return false;
    }

    /**
     * Calendly answered {@code statusCode} to a call sent with {@code token}. An OAuth provider learns from it that a
     * newly issued token works, or that Calendly refused the token it had just issued (and then throws).
     */
    default void answered(String token, int statusCode) {
        // a personal access token learns nothing
    }

    /** The user and organization of the token when the provider knows them (an OAuth token response names them). */
    default Optional<ConnectionIdentity> identity() {
        return Optional.empty();
    }

    /** The scopes granted to the token, when the provider knows them; empty when unknown. */
    default Optional<Set<String>> grantedScopes() {
        return Optional.empty();
    }
}
