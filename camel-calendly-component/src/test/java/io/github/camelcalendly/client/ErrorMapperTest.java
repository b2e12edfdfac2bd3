package io.github.camelcalendly.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exception an error answer becomes: what its message says about the rate limit, the attempts made, and a body
 * that is not Calendly's JSON.
 */
class ErrorMapperTest {

    private static final Operation GET_EVENT = OperationRegistry.resolve("scheduledEvents", "get");
    private static final String PATH = "/scheduled_events/E1";
    private final ErrorMapper errors = new ErrorMapper(new ObjectMapper());

    private static CalendlyResponse answer(int status, Map<String, String> headers, String body, int attempts) {
        return new CalendlyResponse(status, headers, body.getBytes(StandardCharsets.UTF_8), attempts);
    }

    private CalendlyApiException errorOf(CalendlyResponse response) {
        return errors.toException(GET_EVENT, "GET", PATH, response);
    }

    @Test
    void aRateLimitResettingNowSaysItResetsInZeroSeconds() {
        CalendlyApiException e = errorOf(answer(429, Map.of("X-RateLimit-Reset", "0"), "", 1));

        assertThat(e.getMessage()).contains("The rate limit resets in 0 s");
    }

    @Test
    void aRateLimitWithoutResetSaysNothingOfIt() {
        CalendlyApiException e = errorOf(answer(429, Map.of(), "", 1));

        assertThat(e.getMessage()).doesNotContain("resets in");
    }

    @Test
    void anErrorAtTheFirstAttemptSaysNothingOfAttempts() {
        CalendlyApiException e = errorOf(answer(404, Map.of(), "{\"title\": \"Not Found\"}", 1));

        assertThat(e.getMessage()).doesNotContain("attempts");
        assertThat(e.isRetried()).isFalse();
    }

    @Test
    void anErrorAfterRetriesCountsTheAttempts() {
        CalendlyApiException e = errorOf(answer(503, Map.of(), "{\"title\": \"Unavailable\"}", 2));

        assertThat(e.getMessage()).endsWith("(after 2 attempts)");
        assertThat(e.isRetried()).isTrue();
    }

    @Test
    void aPageThatIsNotJsonAtTheFirstAttemptIsNotMarkedRetried() {
        CalendlyApiException e = errors.unexpectedBody(GET_EVENT, "GET", PATH,
                answer(200, Map.of("Content-Type", "text/html"), "<html>portal</html>", 1));

        assertThat(e.isRetried()).isFalse();
        assertThat(e.getMessage()).contains("not a JSON object (text/html): <html>portal</html>");
    }

    @Test
    void aPageThatIsNotJsonAfterARetryIsMarkedRetried() {
        CalendlyApiException e = errors.unexpectedBody(GET_EVENT, "GET", PATH,
                answer(200, Map.of("Content-Type", "text/html"), "<html>portal</html>", 2));

        assertThat(e.isRetried()).isTrue();
    }

    @Test
    void aNonJsonBodyOfExactlyTheShownLengthIsShownWhole() {
        String page = "x".repeat(300);

        CalendlyApiException e = errorOf(answer(502, Map.of("Content-Type", "text/plain"), page, 1));

        assertThat(e.getMessage()).contains("non-JSON response: " + page).doesNotContain("...");
    }

    @Test
    void aLongerNonJsonBodyIsCutShort() {
        String page = "x".repeat(301);

        CalendlyApiException e = errorOf(answer(502, Map.of("Content-Type", "text/plain"), page, 1));

        assertThat(e.getMessage()).contains("non-JSON response: " + "x".repeat(300) + "...")
                .doesNotContain("x".repeat(301));
    }
}
