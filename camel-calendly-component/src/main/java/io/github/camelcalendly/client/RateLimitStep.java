package io.github.camelcalendly.client;

import java.io.IOException;

/**
 * Holds each attempt until the connection's {@link RateLimiter} lets it start (it takes a permit before it leaves)
 * and, when instances share Calendly's window, until its {@link SharedRateGate} grants a permit of that window; then
 * teaches both what Calendly's rate-limit headers of its answer say, or the limiter that it got none.
 */
public final class RateLimitStep implements CallStep {

    private final RateLimiter limiter;

    public RateLimitStep(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public CalendlyResponse handle(HttpCall call, CallChain next) throws IOException {
        RateLimiter.Permit permit = limiter.acquire(call);
        SharedRateGate shared = limiter.sharedGate();
        long window;
        CalendlyResponse response;
        try {
            window = shared.claim(call.deadline(), call.describe());
            response = next.proceed(call);
        } catch (IOException | RuntimeException | Error e) {
            permit.unanswered();
            throw e;
        }
        permit.answered(response);
        shared.answered(window, response);
        return response;
    }
}
