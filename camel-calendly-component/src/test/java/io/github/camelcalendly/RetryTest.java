package io.github.camelcalendly;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries and the rate limiter through a route: what Calendly was sent, and what the route got. Retries wait 1 ms
 * here so that the scenarios run fast; the waits themselves are pinned by RetryPolicyTest and RateLimiterTest.
 */
class RetryTest extends CalendlyTestSupport {

    private static final String EVENT = "/scheduled_events/E1";
    private static final String GET_EVENT = "calendly:scheduledEvents?op=get&uuid=E1";
    private static final String BOOK = "calendly:invitees?op=create&eventType=ET1&startTime=2026-12-01T10:00:00Z"
                                       + "&invitee=RAW({\"email\":\"a@example.com\",\"name\":\"A\",\"timezone\":\"UTC\"})";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setMaxRetries(3);
        component.setRetryDelay(1);
        return context;
    }

    /** Answers {@code first} once, then 200 with a resource. */
    private static void failOnceThenSucceed(
            Supplier<MappingBuilder> request, ResponseDefinitionBuilder first, int successStatus) {
        CALENDLY.stubFor(request.get().inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("recovered"));
        CALENDLY.stubFor(request.get().inScenario("retry").whenScenarioStateIs("recovered")
                .willReturn(json(successStatus, "{\"resource\": {\"uri\": \"https://api.calendly.com/x/1\"}}")));
    }

    @Test
    void unavailableGetIsRetriedAndTheRouteGetsTheResource() {
        failOnceThenSucceed(() -> get(urlPathEqualTo(EVENT)), aResponse().withStatus(503), 200);

        Exchange out = call(GET_EVENT);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("uri", "https://api.calendly.com/x/1");
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(200);
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void persistentServerErrorFailsAfterMaxRetriesAndSaysSo() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(json(500,
                "{\"title\": \"Internal Server Error\", \"message\": \"boom\"}")));

        Exchange out = call(GET_EVENT);

        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e).isNotNull();
        assertThat(e.isRetried()).isTrue();
        assertThat(e.getMessage()).contains("after 4 attempts");
        CALENDLY.verify(4, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void serverErrorOnABookingIsNotRetriedSoTheInviteeIsNeverBookedTwice() {
        CALENDLY.stubFor(post(urlPathEqualTo("/invitees"))
                .willReturn(json(500, "{\"title\": \"Internal Server Error\"}")));

        Exchange out = call(BOOK);

        assertThat(out.getException(CalendlyApiException.class)).isNotNull()
                .satisfies(e -> assertThat(e.isRetried()).isFalse());
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/invitees")));
    }

    @Test
    void serverErrorOnABookingIsRetriedWhenTheEndpointOptsIn() {
        failOnceThenSucceed(() -> post(urlPathEqualTo("/invitees")), aResponse().withStatus(502), 201);

        Exchange out = call(BOOK + "&retryOnAllErrors=true");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(201);
        CALENDLY.verify(2, postRequestedFor(urlPathEqualTo("/invitees")));
    }

    @Test
    void rateLimitedBookingIsRetriedAfterTheResetBecauseCalendlyDidNotActOnIt() {
        failOnceThenSucceed(() -> post(urlPathEqualTo("/invitees")), aResponse().withStatus(429)
                .withHeader("X-RateLimit-Limit", "10").withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", "0"), 201);

        Exchange out = call(BOOK);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(201);
        CALENDLY.verify(2, postRequestedFor(urlPathEqualTo("/invitees")));
    }

    @Test
    void rateLimitResettingBeyondMaxRetryDelayFailsAtOnce() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(json(429, "{}")
                .withHeader("X-RateLimit-Reset", "120")));

        Exchange out = call(GET_EVENT + "&maxRetryDelay=60000");

        CalendlyRateLimitException e = out.getException(CalendlyRateLimitException.class);
        assertThat(e).isNotNull();
        assertThat(e.getRetryAfterSeconds()).isEqualTo(120);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void connectionDroppedDuringAGetIsRetried() {
        failOnceThenSucceed(() -> get(urlPathEqualTo(EVENT)),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 200);

        Exchange out = call(GET_EVENT);

        assertThat(out.getException()).isNull();
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void connectionDroppedDuringABookingIsNotRetriedBecauseCalendlyMayHaveBooked() {
        failOnceThenSucceed(() -> post(urlPathEqualTo("/invitees")),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 201);

        Exchange out = call(BOOK);

        assertThat(out.getException()).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("invitees/create");
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/invitees")));
    }

    @Test
    void endpointMaxRetriesOverridesTheComponent() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(aResponse().withStatus(503)));

        Exchange out = call(GET_EVENT + "&maxRetries=1");

        assertThat(out.getException(CalendlyApiException.class)).isNotNull();
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void aFailedLaterPageIsRetriedAndTheListIsComplete() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).atPriority(5).willReturn(json(200, """
                {"collection": [{"uri": "u1"}], "pagination": {"next_page_token": "P2"}}""")));
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("page_token", com.github.tomakehurst.wiremock.client.WireMock.equalTo("P2"))
                .atPriority(1).inScenario("page2").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("page_token", com.github.tomakehurst.wiremock.client.WireMock.equalTo("P2"))
                .atPriority(1).inScenario("page2").whenScenarioStateIs("up")
                .willReturn(json(200, "{\"collection\": [{\"uri\": \"u2\"}], \"pagination\": {}}")));

        Exchange out = call("calendly:scheduledEvents?op=list&user=U1");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(List.class)).hasSize(2);
        CALENDLY.verify(3, getRequestedFor(urlPathEqualTo("/scheduled_events")));
    }

    @Test
    void aCallWaitsForTheRateLimitResetInsteadOfProvokingA429() {
        CALENDLY.stubFor(get(urlPathEqualTo(EVENT)).willReturn(json(200, "{\"resource\": {\"uri\": \"e1\"}}")
                .withHeader("X-RateLimit-Limit", "500").withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", "1")));
        CalendlyEndpoint endpoint = context.getEndpoint(GET_EVENT, CalendlyEndpoint.class);

        call(GET_EVENT);
        call(GET_EVENT);

        assertThat(endpoint.getConnection().rateLimiter().waits()).isEqualTo(1);
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo(EVENT)));
    }
}
