package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.URI;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelcalendly.operation.OperationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTP client's life cycle: once closed, it sends nothing.
 */
class CalendlyHttpClientTest {

    @RegisterExtension
    static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void aClosedClientSendsNothingMore() throws IOException {
        CalendlyHttpClient client = CalendlyHttpClient.create(new HttpSettings(2000, 5000, 2, null, "test"), null, null);
        client.close();

        HttpCall call = new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create(CALENDLY.baseUrl() + "/users/me"), null, Deadline.NONE, RetryOptions.DEFAULTS);
        assertThatThrownBy(() -> client.send(call)).isInstanceOf(IllegalStateException.class);
        CALENDLY.verify(0, anyRequestedFor(anyUrl()));
    }
}
