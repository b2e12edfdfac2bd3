package io.github.camelcalendly;

import io.github.camelcalendly.client.RateLimitHeaders;

/**
 * Calendly answered HTTP 429: too many requests in the current rate-limit window.
 */
public class CalendlyRateLimitException extends CalendlyApiException {

    private static final long serialVersionUID = 1L;

    public CalendlyRateLimitException(String message, ErrorInfo info) {
        super(message, info);
    }

    /**
     * Seconds until the rate-limit window resets, from {@code Retry-After} or {@code X-RateLimit-Reset}; -1 when the
     * response said neither.
     */
    public long getRetryAfterSeconds() {
        return RateLimitHeaders.secondsUntilReset(getResponseHeaders());
    }
}
