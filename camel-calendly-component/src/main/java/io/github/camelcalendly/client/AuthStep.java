package io.github.camelcalendly.client;

import java.io.IOException;

import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.AccessTokenProvider;

/**
 * Puts the connection's bearer token on each attempt, asking the provider every time, so that a provider that
 * refreshes (OAuth) hands out its newest token. When Calendly answers 401 and the provider renews its token, the
 * attempt is sent once more with the new one; a second 401 stands. The provider hears of every answer, so that an
 * OAuth provider can tell a token Calendly refused right after issuing it (a revoked grant) from an expired one.
 */
public final class AuthStep implements CallStep {

    private final AccessTokenProvider tokens;

    public AuthStep(AccessTokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public CalendlyResponse handle(HttpCall call, CallChain next) throws IOException {
        String token = token(call);
        call.bearerToken(token);
        CalendlyResponse response = next.proceed(call);
        tokens.answered(token, response.statusCode());
        if (response.statusCode() == 401 && tokens.renewAfterRejection(token)) {
            String renewed = token(call);
            call.bearerToken(renewed);
            response = next.proceed(call);
            tokens.answered(renewed, response.statusCode());
        }
        return response;
    }

    private String token(HttpCall call) {
        String token = tokens.accessToken();
        if (token == null || token.isBlank()) {
            throw new CalendlyValidationException(call.operation().id(), "accessToken",
                    "No Calendly access token for " + call.operation().id()
                    + ": set accessToken on the calendly component or endpoint");
        }
        return token;
    }
}
