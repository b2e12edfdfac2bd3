package io.github.camelcalendly;

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
        for (String header : new String[] { "Retry-After", "X-RateLimit-Reset" }) {
            String value = getResponseHeaders().get(header);
            if (value != null) {
                try {
                    return Long.parseLong(value.trim());
                } catch (NumberFormatException e) {
                    // not a number of seconds: try the next header
                }
            }
        }
        return -1;
    }
}
