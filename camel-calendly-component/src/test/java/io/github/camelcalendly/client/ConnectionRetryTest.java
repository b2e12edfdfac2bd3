package io.github.camelcalendly.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A connection's retries against a stand-in Calendly: how many calls it sent, and which waits it asked its sleeper
 * for between them. The sleeper records the waits instead of spending them.
 */
class ConnectionRetryTest {

    private static final String EVENT = "/scheduled_events/E1";
    private static final ResolvedRequest GET_EVENT = new ResolvedRequest(
            OperationRegistry.resolve("scheduledEvents", "get"), "GET", EVENT, Map.of(), null);
    private static final CallOptions THREE_RETRIES_1S = new CallOptions(new RetryOptions(3, 1000, false, 60000, false), 0);

    @RegisterExtension
    static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final List<Long> waits = new ArrayList<>();
    private final CalendlyHttpClient http = CalendlyHttpClient.create(new HttpSettings(2000, 5000, 2, null, "test"), null, null);

    @AfterEach
    void closeClient() throws IOException {
        http.close();
    }

    private CalendlyConnection connection(Sleeper sleeper) {
        RateLimiter unlimited = new RateLimiter(0, () -> 0L, millis -> {
            throw new AssertionError("the rate limiter was not expected to wait");
        });
        return new CalendlyConnection("c1", CALENDLY.baseUrl(), () -> "pat-test", http, new ObjectMapper(),
                unlimited, sleeper, THREE_RETRIES_1S);
    }

    private CalendlyConnection recordingConnection() {
        return connection(waits::add);
    }

    private static void answerOnceThenSucceed(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("recovered"));
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).inScenario("retry").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"resource\": {\"uri\": \"e1\"}}")));
    }

    @Test
    void aRetryAfterAServerErrorWaitsTheRetryDelayFirst() throws IOException {
        answerOnceThenSucceed(aResponse().withStatus(503));

        CalendlyResponse response = recordingConnection().execute(GET_EVENT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(waits).containsExactly(1000L);
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void aPersistentServerErrorWaitsBeforeEachOfTheRetries() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> recordingConnection().execute(GET_EVENT)).isInstanceOf(CalendlyApiException.class);

        assertThat(waits).containsExactly(1000L, 1000L, 1000L);
        CALENDLY.verify(4, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void aPersistentConnectionDropIsRetriedMaxRetriesTimesWithAWaitBeforeEach() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> recordingConnection().execute(GET_EVENT)).isInstanceOf(IOException.class)
                .hasMessageContaining("after 4 attempts");

        assertThat(waits).containsExactly(1000L, 1000L, 1000L);
        CALENDLY.verify(4, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void aConnectionDropAtTheFirstAttemptWithoutRetriesSaysNothingOfAttempts() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        CalendlyConnection connection = recordingConnection();

        assertThatThrownBy(() -> connection.execute(GET_EVENT, new CallOptions(new RetryOptions(0, 1000, false, 60000, false), 0)))
                .isInstanceOf(IOException.class).hasMessageNotContaining("attempts")
                .hasMessageContaining("scheduledEvents/get");
        assertThat(waits).isEmpty();
    }

    @Test
    void aRateLimitAnswerWithRetryAfterZeroIsRetriedWithoutWaiting() throws IOException {
        answerOnceThenSucceed(aResponse().withStatus(429).withHeader("Retry-After", "0"));

        CalendlyResponse response = recordingConnection().execute(GET_EVENT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(waits).containsExactly(0L);
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void anInterruptedWaitStopsRetryingAndKeepsTheThreadInterrupted() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(aResponse().withStatus(503)));
        CalendlyConnection connection = connection(millis -> {
            throw new InterruptedException("stop");
        });

        try {
            assertThatThrownBy(() -> connection.execute(GET_EVENT)).isInstanceOf(InterruptedIOException.class)
                    .hasMessageContaining("scheduledEvents/get");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void aConnectionIsNotUsedYetBeforeItsFirstAnswer() {
        assertThat(recordingConnection().status()).isEqualTo(ConnectionStatus.NOT_USED_YET);
    }

    @Test
    void anUnauthorizedAnswerMarksTheConnectionsTokenRefusedWithTheTimeOfTheAnswer() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(aResponse().withStatus(401)));
        CalendlyConnection connection = recordingConnection();
        Instant before = Instant.now();

        assertThatThrownBy(() -> connection.execute(GET_EVENT)).isInstanceOf(CalendlyApiException.class);

        ConnectionStatus status = connection.status();
        assertThat(status.state()).isEqualTo(ConnectionState.UNAUTHORIZED);
        assertThat(status.state().tokenAccepted()).isFalse();
        assertThat(status.lastStatus()).isEqualTo(401);
        assertThat(status.lastAnswerAt()).isBetween(before, Instant.now());
    }

    @Test
    void aLaterAnswerReplacesTheStatusOfAnEarlierOne() throws IOException {
        answerOnceThenSucceed(aResponse().withStatus(401));
        CalendlyConnection connection = recordingConnection();
        assertThatThrownBy(() -> connection.execute(GET_EVENT)).isInstanceOf(CalendlyApiException.class);

        connection.execute(GET_EVENT);

        assertThat(connection.status().state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(connection.status().state().tokenAccepted()).isTrue();
        assertThat(connection.status().lastStatus()).isEqualTo(200);
    }

    @Test
    void aConnectionDropLeavesTheStatusOfTheLastAnswer() throws IOException {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).inScenario("drop").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(404)).willSetStateTo("dropping"));
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).inScenario("drop").whenScenarioStateIs("dropping")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        CalendlyConnection connection = recordingConnection();
        CallOptions noRetry = new CallOptions(new RetryOptions(0, 1000, false, 60000, false), 0);
        assertThatThrownBy(() -> connection.execute(GET_EVENT, noRetry)).isInstanceOf(CalendlyApiException.class);

        assertThatThrownBy(() -> connection.execute(GET_EVENT, noRetry)).isInstanceOf(IOException.class);

        assertThat(connection.status().state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(connection.status().lastStatus()).isEqualTo(404);
    }

    @Test
    void exponentialRetriesWaitLongerEachTimeWithJitterSoClientsThatFailedTogetherRetryApart() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(aResponse().withStatus(503)));
        CallOptions exponential = new CallOptions(new RetryOptions(3, 1000, true, 60000, false), 0);

        assertThatThrownBy(() -> recordingConnection().execute(GET_EVENT, exponential))
                .isInstanceOf(CalendlyApiException.class);

        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(500L, 1000L);
        assertThat(waits.get(1)).isBetween(1000L, 2000L);
        assertThat(waits.get(2)).isBetween(2000L, 4000L);
        // with jitter off every wait would be the lower bound
        assertThat(waits).isNotEqualTo(List.of(500L, 1000L, 2000L));
    }

    @Test
    void callsWithoutRetryOptionsUseTheConnectionsOwn() {
        assertThat(recordingConnection().callOptions()).isEqualTo(THREE_RETRIES_1S);
    }

    @Test
    void aBaseUrlWithATrailingSlashIsUsedWithoutIt() throws IOException {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(okJson("{\"resource\": {\"uri\": \"e1\"}}")));
        CalendlyConnection connection = new CalendlyConnection("c1", CALENDLY.baseUrl() + "/", () -> "pat-test", http,
                new ObjectMapper(), new RateLimiter(0, () -> 0L, waits::add), waits::add, THREE_RETRIES_1S);

        CalendlyResponse response = connection.execute(GET_EVENT);

        assertThat(connection.baseUrl()).isEqualTo(CALENDLY.baseUrl());
        assertThat(response.statusCode()).isEqualTo(200);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENT)));
    }
}
