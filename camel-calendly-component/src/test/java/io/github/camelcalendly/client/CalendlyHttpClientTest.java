package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.URI;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
        CalendlyHttpClient client = CalendlyHttpClient.create(2000, 5000, 2, null, "test");
        client.close();

        assertThatThrownBy(() -> client.send("GET", URI.create(CALENDLY.baseUrl() + "/users/me"), "pat-test", null,
                null)).isInstanceOf(IllegalStateException.class);
        CALENDLY.verify(0, anyRequestedFor(anyUrl()));
    }
}
