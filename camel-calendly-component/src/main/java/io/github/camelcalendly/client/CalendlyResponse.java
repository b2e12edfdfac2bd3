package io.github.camelcalendly.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What Calendly answered: status, the headers the component reports, and the raw body.
 *
 * @param statusCode the HTTP status
 * @param headers    rate-limit, retry, content-type and location headers, by their HTTP names (a location without
 *                   its query, fragment and user info)
 * @param body       the body bytes, empty when there was none
 * @param attempts   how many times the request was sent
 * @param checked    the body as {@link AnswerCheck} read it, once it did; null before
 */
public record CalendlyResponse(
        int statusCode, Map<String, String> headers, byte[] body, int attempts, CheckedAnswer checked) {

    public static final String RATE_LIMIT_LIMIT = "X-RateLimit-Limit";
    public static final String RATE_LIMIT_REMAINING = "X-RateLimit-Remaining";
    public static final String RATE_LIMIT_RESET = "X-RateLimit-Reset";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String CONTENT_TYPE = "Content-Type";
    /** Where a redirect points; reported without query, fragment and user info, which may carry secrets. */
    public static final String LOCATION = "Location";

    /** A response as it came, not read yet. */
    public CalendlyResponse(int statusCode, Map<String, String> headers, byte[] body, int attempts) {
        this(statusCode, headers, body, attempts, null);
    }

    /** The same response, counting {@code count} attempts. */
    public CalendlyResponse withAttempts(int count) {
        return new CalendlyResponse(statusCode, headers, body, count, checked);
    }

    /** The same response, with its body as {@link AnswerCheck} read it. */
    public CalendlyResponse withChecked(CheckedAnswer answer) {
        return new CalendlyResponse(statusCode, headers, body, attempts, answer);
    }

    /**
     * Whether the body holds anything but white space (as {@link String#isBlank()} tells of its UTF-8 text). Looks at
     * the bytes, decoding only from the first one that is not ASCII.
     */
    public boolean hasBody() {
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b < 0) {
                return !new String(body, i, body.length - i, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return true;
            }
        }
        return false;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
