package io.github.camelcalendly.health;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelcalendly.CalendlyUnauthorizedException;
import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.client.CalendlyHttpClient;
import io.github.camelcalendly.client.CallOptions;
import io.github.camelcalendly.client.HttpSettings;
import io.github.camelcalendly.client.RateLimiter;
import io.github.camelcalendly.client.RetryOptions;
import io.github.camelcalendly.client.Sleeper;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A connection check called as Camel's health endpoints call it, for a connection whose user is known when its
 * token is refused.
 */
class ConnectionHealthCheckTest {

    private static final String USER = "https://api.calendly.com/users/U1";
    private static final String ORG = "https://api.calendly.com/organizations/O1";

    @RegisterExtension
    static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final CalendlyHttpClient http = CalendlyHttpClient.create(new HttpSettings(2000, 5000, 2, null, "test"), null, null);
    private final CalendlyConnection connection = new CalendlyConnection("c0ffee", CALENDLY.baseUrl(),
            () -> "pat-test", http, new ObjectMapper(), new RateLimiter(0, System::nanoTime, Sleeper.THREAD),
            Sleeper.THREAD, new CallOptions(new RetryOptions(0, 0, false, 0, false), 0));

    @AfterEach
    void closeClient() throws IOException {
        http.close();
    }

    @Test
    void aRefusedConnectionWhoseUserIsKnownNamesTheUserInItsMessage() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(okJson(
                "{\"resource\": {\"uri\": \"" + USER + "\", \"current_organization\": \"" + ORG + "\"}}")));
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/E1")).willReturn(aResponse().withStatus(401)));
        connection.identity();
        assertThatThrownBy(() -> connection.execute(new ResolvedRequest(
                OperationRegistry.resolve("scheduledEvents", "get"), "GET", "/scheduled_events/E1", Map.of(), null)))
                .isInstanceOf(CalendlyUnauthorizedException.class);

        HealthCheck.Result result = new ConnectionHealthCheck(connection).call(Map.of());

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Calendly connection c0ffee (" + USER + ") to " + CALENDLY.baseUrl()
                            + " was refused with HTTP 401 Unauthorized at ")
                .endsWith("Give the calendly component or endpoint a valid accessToken"));
        assertThat(result.getDetails()).containsEntry("calendly.user", USER)
                .containsEntry("calendly.organization", ORG)
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
    }

    @Test
    void aRefusedConnectionWhoseUserIsUnknownIsNamedByItsIdOnly() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/E1")).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> connection.execute(new ResolvedRequest(
                OperationRegistry.resolve("scheduledEvents", "get"), "GET", "/scheduled_events/E1", Map.of(), null)))
                .isInstanceOf(CalendlyUnauthorizedException.class);

        HealthCheck.Result result = new ConnectionHealthCheck(connection).call(Map.of());

        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Calendly connection c0ffee to " + CALENDLY.baseUrl() + " was refused"));
        assertThat(result.getDetails()).doesNotContainKeys("calendly.user", "calendly.organization");
    }
}
