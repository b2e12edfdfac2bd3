package io.github.camelcalendly.client;

import java.io.IOException;

import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.AccessTokenProvider;

/**
 * Puts the connection's bearer token on each attempt, asking the provider every time, so that a provider that
 * refreshes (OAuth) hands out its newest token.
 */
public final class AuthStep implements CallStep {

    private final AccessTokenProvider tokens;

    public AuthStep(AccessTokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public CalendlyResponse handle(HttpCall call, CallChain next) throws IOException {
        String token = tokens.accessToken();
        if (token == null || token.isBlank()) {
            throw new CalendlyValidationException(call.operation().id(), "accessToken",
                    "No Calendly access token for " + call.operation().id()
                    + ": set accessToken on the calendly component or endpoint");
        }
        call.bearerToken(token);
        return next.proceed(call);
    }
}
