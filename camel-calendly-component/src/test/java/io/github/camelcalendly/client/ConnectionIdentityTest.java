package io.github.camelcalendly.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.camelcalendly.operation.ConnectionIdentity;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a connection's token belongs to is looked up from {@code /users/me} once, however many callers need it at the
 * same time.
 */
class ConnectionIdentityTest {

    @RegisterExtension
    static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final CalendlyHttpClient http = CalendlyHttpClient.create(new HttpSettings(2000, 5000, 2, null, "test"),
            null, null);

    @AfterEach
    void closeClient() throws IOException {
        http.close();
    }

    @Test
    void callersAskingWhileTheLookupRunsAllGetItsAnswerFromOneCall() {
        // the answer is slow, so that the second caller asks while the first one's lookup is still running
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(okJson("""
                {"resource": {"uri": "https://api.calendly.com/users/U1",
                 "current_organization": "https://api.calendly.com/organizations/O1"}}""").withFixedDelay(500)));
        CalendlyConnection connection = new CalendlyConnection("c1", CALENDLY.baseUrl(), () -> "pat-test", http,
                CalendlyJson.newObjectMapper(), new RateLimiter(0, System::nanoTime, Thread::sleep), millis -> { },
                new CallOptions(RetryOptions.DEFAULTS, 0));

        CompletableFuture<ConnectionIdentity> first = CompletableFuture.supplyAsync(connection::identity);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !CALENDLY.getAllServeEvents().isEmpty() || first.isDone());
        CompletableFuture<ConnectionIdentity> second = CompletableFuture.supplyAsync(connection::identity);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> first.isDone() && second.isDone());
        ConnectionIdentity expected = new ConnectionIdentity("https://api.calendly.com/users/U1",
                "https://api.calendly.com/organizations/O1");
        assertThat(first.join()).isEqualTo(expected);
        assertThat(second.join()).isEqualTo(expected);
        assertThat(connection.knownIdentity()).contains(expected);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
    }
}
