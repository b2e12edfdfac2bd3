package io.github.camelcalendly.client;

import java.io.IOException;

/**
 * Holds each attempt until the connection's {@link RateLimiter} lets it start, and teaches the limiter what
 * Calendly's rate-limit headers say.
 */
public final class RateLimitStep implements CallStep {

    private final RateLimiter limiter;

    public RateLimitStep(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public CalendlyResponse handle(HttpCall call, CallChain next) throws IOException {
        limiter.acquire(call);
        CalendlyResponse response = next.proceed(call);
        limiter.update(response);
        return response;
    }
}
