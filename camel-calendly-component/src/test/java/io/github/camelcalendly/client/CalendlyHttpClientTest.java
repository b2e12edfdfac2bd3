package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.URI;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelcalendly.operation.OperationRegistry;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTP client's life cycle (once closed, the component's own client sends nothing; the application's client is
 * the application's to close) and how an attempt ends at the call's deadline.
 */
class CalendlyHttpClientTest {

    private static final String ME = "{\"resource\": {\"uri\": \"https://api.calendly.com/users/U1\"}}";

    @RegisterExtension
    static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static HttpCall getMe(Deadline deadline) {
        return new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create(CALENDLY.baseUrl() + "/users/me"), null, deadline, RetryOptions.DEFAULTS);
    }

    @Test
    void aClosedClientSendsNothingMore() throws IOException {
        CalendlyHttpClient client = CalendlyHttpClient.create(new HttpSettings(2000, 5000, 2, null, "test"), null, null);
        assertThat(client.isOwned()).isTrue();
        client.close();

        assertThatThrownBy(() -> client.send(getMe(Deadline.NONE))).isInstanceOf(IllegalStateException.class);
        CALENDLY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void closingTheApplicationsClientIsLeftToTheApplication() throws IOException {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(okJson(ME)));
        try (CloseableHttpClient application = HttpClients.createDefault()) {
            CalendlyHttpClient client = CalendlyHttpClient.wrap(application, "test", null);
            assertThat(client.isOwned()).isFalse();

            client.close();

            assertThat(client.send(getMe(Deadline.NONE)).statusCode()).isEqualTo(200);
            CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
        }
    }

    @Test
    void aReadTimeoutCutToTheTimeLeftEndsTheAttemptAsATimeout() throws IOException {
        // no abort timer: the response timeout, capped at what the deadline leaves, is what ends the attempt
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(okJson(ME).withFixedDelay(10_000)));
        try (CalendlyHttpClient client = CalendlyHttpClient.create(new HttpSettings(2000, 30_000, 2, null, "test"),
                null, null)) {
            Deadline inHalfASecond = new Deadline(System.nanoTime() + 500_000_000L, 500);

            assertThatThrownBy(() -> client.send(getMe(inHalfASecond)))
                    .isInstanceOf(CallTimeoutException.class)
                    .hasMessage("attempt 1 was aborted at the deadline")
                    .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
        }
    }
}
