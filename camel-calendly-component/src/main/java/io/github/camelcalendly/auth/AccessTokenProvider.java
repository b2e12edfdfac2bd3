package io.github.camelcalendly.auth;

/**
 * Supplies the bearer token of one connection.
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /** The access token to send now; never logged. */
    String accessToken();
}
