package io.github.camelcalendly.auth;

/**
 * Supplies the bearer token of one connection. The connection's authentication step asks for it on every attempt.
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /** The access token to send now; never logged. */
    String accessToken();

    /**
     * Calendly answered 401 to {@code rejected}: a provider that can get a new token (an OAuth refresh) does so and
     * returns true, and the call is sent once more with {@link #accessToken()}. A provider whose token cannot change
     * (a personal access token) returns false, and the 401 stands.
     *
     * @param rejected the token Calendly refused
     * @return whether a new token is ready
     */
    default boolean renewAfterRejection(String rejected) {
        return false;
    }
}
