package io.github.camelcalendly.sandbox.oauth;

import java.time.Instant;

/**
 * One request to {@code POST /oauth/token} as the sandbox answered it, for tests to check how often and with what
 * outcome a client went to the token endpoint. It holds no token, code or secret.
 *
 * @param at         when the request arrived, by the sandbox clock
 * @param grantType  the {@code grant_type} sent, null when it was missing, repeated or the body was unreadable
 * @param user       the URI of the user whose authorization code or refresh token the request presented; null when
 *                   the request failed before the sandbox found that code or token (client authentication failed,
 *                   {@code grant_type}, {@code code}, {@code redirect_uri} or {@code refresh_token} was missing, the
 *                   code or refresh token was unknown, expired or already used)
 * @param status     the HTTP status answered (200, 400, 401, 429...)
 */
public record TokenRequest(Instant at, String grantType, String user, int status) {
}
