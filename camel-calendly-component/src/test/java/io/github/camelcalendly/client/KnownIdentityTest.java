package io.github.camelcalendly.client;

import java.io.IOException;
import java.util.Optional;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelcalendly.auth.AccessTokenProvider;
import io.github.camelcalendly.operation.ConnectionIdentity;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection whose token provider knows who the token belongs to (an OAuth token response named them) never asks
 * Calendly's {@code /users/me}; one whose provider does not asks it once.
 */
class KnownIdentityTest {

    @RegisterExtension
    static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ConnectionIdentity OWNER = new ConnectionIdentity("https://api.calendly.com/users/OWNER",
            "https://api.calendly.com/organizations/ORG");

    private final CalendlyHttpClient http = CalendlyHttpClient.create(new HttpSettings(2000, 5000, 2, null, "test"),
            null, null);

    @AfterEach
    void closeClient() throws IOException {
        http.close();
    }

    private CalendlyConnection connection(AccessTokenProvider tokens) {
        return new CalendlyConnection("c1", CALENDLY.baseUrl(), tokens, http, CalendlyJson.newObjectMapper(),
                new RateLimiter(0, System::nanoTime, Thread::sleep), millis -> { },
                new CallOptions(RetryOptions.NONE, 0));
    }

    @Test
    void theProvidersIdentityIsTheConnectionsWithoutACall() {
        CalendlyConnection connection = connection(new AccessTokenProvider() {
            @Override
            public String accessToken() {
                return "oauth-token";
            }

            @Override
            public Optional<ConnectionIdentity> identity() {
                return Optional.of(OWNER);
            }
        });

        assertThat(connection.knownIdentity()).hasValue(OWNER);
        assertThat(connection.identity()).isEqualTo(OWNER);
        CALENDLY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutTheProvidersIdentityItIsUnknownUntilUsersMeAnswers() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(okJson("""
                {"resource": {"uri": "https://api.calendly.com/users/OWNER",
                 "current_organization": "https://api.calendly.com/organizations/ORG"}}""")));
        CalendlyConnection connection = connection(() -> "pat-token");
        assertThat(connection.knownIdentity()).isEmpty();

        ConnectionIdentity first = connection.identity();
        ConnectionIdentity second = connection.identity();

        assertThat(first).isEqualTo(OWNER);
        assertThat(second).isEqualTo(OWNER);
        assertThat(connection.knownIdentity()).hasValue(OWNER);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
    }
}
