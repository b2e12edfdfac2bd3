package io.github.camelcalendly.scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyRateLimitException;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * The sandbox allows two requests per token per second here, so the component meets Calendly's real budget
 * headers and, when another client spends the budget, real 429 answers.
 */
class RateLimitScenarioTest extends SandboxScenarioSupport {

    private String limitedToken;

    @BeforeEach
    void freshSandboxWithATightLimit() {
        sandbox.close();
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withRateLimit(2, Duration.ofSeconds(1)));
        limitedToken = sandbox.issueToken();
    }

    private String usersMe(String extraOptions) {
        return "calendly:users?op=me&baseUrl=" + sandbox.baseUrl() + "&accessToken=RAW(" + limitedToken + ")"
                + extraOptions;
    }

    /** Another client sharing the token spends the whole budget, unknown to the component. */
    private void anotherClientSpendsTheBudget() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 2; i++) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/users/me"))
                    .header("Authorization", "Bearer " + limitedToken).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theComponentHoldsACallUntilTheResetInsteadOfProvokingA429() {
        call(usersMe(""), null);
        call(usersMe(""), null);

        Exchange third = call(usersMe(""), null);

        assertThat(third.getException()).isNull();
        assertThat(sandbox.wireMock().getAllServeEvents())
                .allSatisfy(event -> assertThat(event.getResponse().getStatus()).isEqualTo(200));
    }

    @Test
    void a429FromASharedBudgetIsRetriedAfterTheReset() throws Exception {
        anotherClientSpendsTheBudget();

        Exchange out = call(usersMe("&maxRetries=2"), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(sandbox.wireMock().getAllServeEvents())
                .anySatisfy(event -> assertThat(event.getResponse().getStatus()).isEqualTo(429));
    }

    @Test
    void aResetLongerThanMaxRetryDelayFailsAtOnceWithTheRateLimitError() throws Exception {
        anotherClientSpendsTheBudget();

        Exchange out = call(usersMe("&maxRetries=3&maxRetryDelay=100"), null);

        assertThat(out.getException()).isInstanceOf(CalendlyRateLimitException.class);
        sandbox.wireMock().verify(3, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void theBudgetReachesTheRouteAsHeaders() {
        Exchange first = call(usersMe(""), null);

        assertThat(first.getMessage().getHeader(CalendlyConstants.RATE_LIMIT_LIMIT)).isEqualTo(2L);
        assertThat(first.getMessage().getHeader(CalendlyConstants.RATE_LIMIT_REMAINING)).isEqualTo(1L);
    }
}
