package io.github.camelcalendly.auth;

import java.util.Objects;

/**
 * A personal access token, which does not expire or refresh.
 */
public final class StaticAccessTokenProvider implements AccessTokenProvider {

    private final String token;

    public StaticAccessTokenProvider(String token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public String toString() {
        return "StaticAccessTokenProvider[token=******]";
    }
}
