package io.github.camelcalendly.client;

import java.util.Map;

/**
 * Reads Calendly's rate-limit headers. The one place that knows which header says how long to wait.
 */
public final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    /** A header's whole-number value, or null when it is absent or not a number. */
    public static Long number(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Seconds until the rate-limit window resets: {@code Retry-After} when it is a number of seconds, else
     * {@code X-RateLimit-Reset}; -1 when neither says.
     */
    public static long secondsUntilReset(Map<String, String> headers) {
        for (String header : new String[] { CalendlyResponse.RETRY_AFTER, CalendlyResponse.RATE_LIMIT_RESET }) {
            Long seconds = number(headers, header);
            if (seconds != null) {
                return Math.max(0, seconds);
            }
        }
        return -1;
    }
}
