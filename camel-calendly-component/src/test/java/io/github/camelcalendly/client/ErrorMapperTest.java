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
 * The exception an error answer becomes: what its message says about the rate limit, the attempts made, a body that
 * is not Calendly's JSON, and where a redirect pointed.
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
    void aRedirectAfterRetriesCountsAsRetried() {
        CalendlyApiException e = errorOf(answer(302, Map.of("Location", "https://login.example.com/sso"), "", 2));

        assertThat(e.isRetried()).isTrue();
        assertThat(e.getMessage()).contains("HTTP 302 redirecting to login.example.com, which is not followed");
    }

    @Test
    void aRedirectAtTheFirstAttemptIsNotMarkedRetried() {
        CalendlyApiException e = errorOf(answer(302, Map.of("Location", "https://login.example.com/sso"), "", 1));

        assertThat(e.isRetried()).isFalse();
    }

    @Test
    void aRedirectNamesAnExplicitPortWithTheHost() {
        CalendlyApiException e = errorOf(answer(301, Map.of("Location", "https://proxy.example.com:8443/x"), "", 1));

        assertThat(e.getMessage()).contains("redirecting to proxy.example.com:8443,");
    }

    @Test
    void aRedirectToAHostWithoutSchemeNamesThatHost() {
        CalendlyApiException e = errorOf(answer(302, Map.of("Location", "//elsewhere.example.com/x"), "", 1));

        assertThat(e.getMessage()).contains("redirecting to elsewhere.example.com,").doesNotContain("same host");
    }

    @Test
    void aRedirectToAnAbsoluteUrlWithoutHostIsNotAValidUrl() {
        CalendlyApiException e = errorOf(answer(302, Map.of("Location", "mailto:ops@example.com"), "", 1));

        assertThat(e.getMessage()).contains("a Location that is not a valid URL").doesNotContain("ops@");
    }

    @Test
    void aRedirectWithABlankLocationHasNone() {
        CalendlyApiException e = errorOf(answer(302, Map.of("Location", " "), "", 1));

        assertThat(e.getMessage()).contains("HTTP 302 without a Location header");
    }

    @Test
    void aNotModifiedAnswerIsARedirectStatusToo() {
        CalendlyApiException e = errorOf(answer(304, Map.of(), "", 1));

        assertThat(e).isExactlyInstanceOf(CalendlyApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(304);
        assertThat(e.getMessage()).contains("HTTP 304 without a Location header");
    }

    @Test
    void theFirstErrorStatusIsAnErrorNotARedirect() {
        CalendlyApiException e = errorOf(answer(400, Map.of("Location", "https://login.example.com/"),
                "{\"title\": \"Invalid Argument\"}", 1));

        assertThat(e.getMessage()).contains("failed with HTTP 400 Invalid Argument").doesNotContain("redirect");
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
