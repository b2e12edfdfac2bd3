package io.github.camelcalendly.sandbox.oauth;

import java.util.OptionalLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;

/**
 * An OAuth error answer: {@code {"error": ..., "error_description": ...}} with its HTTP status. Descriptions never
 * contain a token, code or secret.
 */
public final class OAuthError extends RuntimeException {

    private final int status;
    private final String error;
    private final long retryAfterSeconds;

    public OAuthError(int status, String error, String description) {
        this(status, error, description, 0);
    }

    private OAuthError(int status, String error, String description, long retryAfterSeconds) {
        super(description);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 429 {@code rate_limited}, answered with {@code Retry-After: retryAfterSeconds}. */
    public static OAuthError rateLimited(String description, long retryAfterSeconds) {
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds must be at least 1, was " + retryAfterSeconds);
        }
        return new OAuthError(429, "rate_limited", description, retryAfterSeconds);
    }

    /** A 400 naming the parameter that is missing. */
    public static OAuthError missingParameter(String parameter) {
        return invalidRequest("Missing required parameter: " + parameter + ".");
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(400, "invalid_grant", description);
    }

    public static OAuthError invalidClient(String description) {
        return new OAuthError(401, "invalid_client", description);
    }

    public static OAuthError unsupportedGrantType(String grantType) {
        return new OAuthError(400, "unsupported_grant_type",
                "The authorization grant type '" + grantType + "' is not supported; use authorization_code or "
                        + "refresh_token.");
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    /** When the client may try again, for a rate-limit refusal. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds > 0 ? OptionalLong.of(retryAfterSeconds) : OptionalLong.empty();
    }

    public ObjectNode toJson() {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("error_description", getMessage());
        return body;
    }
}
