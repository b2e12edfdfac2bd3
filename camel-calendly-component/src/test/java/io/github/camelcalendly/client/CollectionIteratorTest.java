package io.github.camelcalendly.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walking a collection page by page: which pages were asked for, and what the walk says it fetched.
 */
class CollectionIteratorTest {

    private static final String EVENTS = "/scheduled_events";
    private static final ResolvedRequest LIST = new ResolvedRequest(
            OperationRegistry.resolve("scheduledEvents", "list"), "GET", EVENTS, Map.of(), null);
    private static final CallOptions NO_RETRY = new CallOptions(new RetryOptions(0, 0, false, 0, false), 0);

    @RegisterExtension
    static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final ObjectMapper mapper = new ObjectMapper();
    private final CalendlyHttpClient http = CalendlyHttpClient.create(new HttpSettings(2000, 5000, 2, null, "test"), null, null);
    private final CalendlyConnection connection = new CalendlyConnection("c1", CALENDLY.baseUrl(), () -> "pat-test",
            http, mapper, new RateLimiter(0, System::nanoTime, Sleeper.THREAD), Sleeper.THREAD, NO_RETRY);

    @AfterEach
    void closeClient() throws IOException {
        http.close();
    }

    @Test
    void aWalkOverThreePagesCountsThemAndKeepsTheLastAnswer() throws IOException {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("page_token", equalTo("P2"))
                .willReturn(okJson("{\"collection\": [{\"uri\": \"u2\"}], \"pagination\": {\"next_page_token\": \"P3\"}}")));
        CALENDLY.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("page_token", equalTo("P3"))
                .willReturn(okJson("{\"collection\": [{\"uri\": \"u3\"}], \"pagination\": {}}")
                        .withHeader("X-RateLimit-Remaining", "7")));
        CollectionPage first = new CollectionPage(List.of(Map.of("uri", "u1")), "P2",
                new CalendlyResponse(200, Map.of(), new byte[0], 1));
        CollectionIterator walk = new CollectionIterator(connection, LIST, NO_RETRY, mapper, first, 0);

        List<Object> uris = new ArrayList<>();
        walk.forEachRemaining(item -> uris.add(item.get("uri")));

        assertThat(uris).containsExactly("u1", "u2", "u3");
        assertThat(walk.pagesFetched()).isEqualTo(3);
        assertThat(walk.lastResponse().headers()).containsEntry("X-RateLimit-Remaining", "7");
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo(EVENTS)));
    }
}
