package io.github.camelcalendly.client;

import java.util.Map;
import java.util.Optional;

/**
 * What one of Calendly's answers says of its rate-limit window: {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset}.
 *
 * @param limit        the requests the window allows, 0 when the answer did not say
 * @param remaining    the requests the window still takes
 * @param resetSeconds seconds from the answer's arrival until the window ends
 */
public record RateAnswer(long limit, long remaining, long resetSeconds) {

    /**
     * The window an answer tells of, or empty when it carries no remaining count or no reset. A 429 without a
     * remaining count says none remain.
     */
    public static Optional<RateAnswer> of(CalendlyResponse response) {
        Map<String, String> headers = response.headers();
        Long remaining = RateLimitHeaders.number(headers, CalendlyResponse.RATE_LIMIT_REMAINING);
        Long reset = RateLimitHeaders.number(headers, CalendlyResponse.RATE_LIMIT_RESET);
        Long limit = RateLimitHeaders.number(headers, CalendlyResponse.RATE_LIMIT_LIMIT);
        if (response.statusCode() == 429 && remaining == null) {
            remaining = 0L;
        }
        if (remaining == null || reset == null) {
            return Optional.empty();
        }
        return Optional.of(new RateAnswer(limit == null ? 0 : Math.max(0, limit), Math.max(0, remaining),
                Math.max(0, reset)));
    }
}
