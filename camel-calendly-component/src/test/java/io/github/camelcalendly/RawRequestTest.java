package io.github.camelcalendly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * raw/request: any method and path on the API host with the connection's token.
 */
class RawRequestTest extends CalendlyTestSupport {

    /** A server that is not the API host; the token must never reach it. */
    @RegisterExtension
    static final WireMockExtension ELSEWHERE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String ME = """
            {"resource": {"uri": "https://api.calendly.com/users/U1", "name": "Ada"}}""";

    @Test
    void getSendsQueryOptionsAndReturnsTheParsedJson() {
        CALENDLY.stubFor(get(urlPathEqualTo("/event_types")).willReturn(json(200, """
                {"collection": [{"name": "Intro"}], "pagination": {"next_page_token": null}}""")
                .withHeader("X-RateLimit-Remaining", "41")));

        Exchange out = call("calendly:raw?method=GET&path=/event_types&query.count=10&query.active=true");

        assertThat(out.getException()).isNull();
        Map<String, Object> body = out.getMessage().getBody(Map.class);
        assertThat(body).containsKeys("collection", "pagination");
        assertThat((List<Map<String, Object>>) body.get("collection")).extracting(e -> e.get("name"))
                .containsExactly("Intro");
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(out.getMessage().getHeader(CalendlyConstants.RATE_LIMIT_REMAINING)).isEqualTo(41L);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/event_types"))
                .withQueryParam("count", equalTo("10"))
                .withQueryParam("active", equalTo("true"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void queryParametersHeaderWinsOverQueryOptionsAndRepeatsCollectionValues() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, "{\"collection\": []}")));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("count", 5);
        query.put("status", List.of("active", "canceled"));

        Exchange out = call("calendly:raw?path=/scheduled_events&query.count=10&query.sort=start_time:asc", null,
                Map.of(CalendlyConstants.QUERY_PARAMETERS, query));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("count", havingExactly("5"))
                .withQueryParam("status", havingExactly("active", "canceled"))
                .withQueryParam("sort", equalTo("start_time:asc")));
    }

    @Test
    void queryParametersHeaderThatIsNotAMapIsRejected() {
        Exchange out = call("calendly:raw?path=/users/me", null,
                Map.of(CalendlyConstants.QUERY_PARAMETERS, "count=5"));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining(CalendlyConstants.QUERY_PARAMETERS)
                .hasMessageContaining("Map");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    @Test
    void postSendsAMapBodyAsJson() {
        CALENDLY.stubFor(post(urlPathEqualTo("/scheduling_links")).willReturn(json(201, """
                {"resource": {"booking_url": "https://calendly.com/d/abc-123"}}""")));

        Exchange out = call("calendly:raw?method=POST&path=/scheduling_links",
                Map.of("max_event_count", 1, "owner", "https://api.calendly.com/event_types/ET1",
                        "owner_type", "EventType"), Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsKey("resource");
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(201);
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/scheduling_links")).withRequestBody(equalToJson("""
                {"max_event_count": 1, "owner": "https://api.calendly.com/event_types/ET1",
                 "owner_type": "EventType"}""")));
    }

    @Test
    void patchSendsAJsonStringBodyAsIs() {
        CALENDLY.stubFor(patch(urlPathEqualTo("/contacts/C1")).willReturn(json(200, """
                {"resource": {"name": "Ada L."}}""")));

        Exchange out = call("calendly:raw?method=PATCH&path=/contacts/C1", """
                {"name": "Ada L.", "emails": ["ada@example.com"]}""", Map.of());

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, patchRequestedFor(urlPathEqualTo("/contacts/C1")).withRequestBody(equalToJson("""
                {"name": "Ada L.", "emails": ["ada@example.com"]}""")));
    }

    @Test
    void deleteAnswered204GivesANullBody() {
        CALENDLY.stubFor(delete(urlPathEqualTo("/webhook_subscriptions/WH1"))
                .willReturn(aResponse().withStatus(204)));

        Exchange out = call("calendly:raw?method=DELETE&path=/webhook_subscriptions/WH1", "ignored", Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(204);
        CALENDLY.verify(1, deleteRequestedFor(urlPathEqualTo("/webhook_subscriptions/WH1")));
    }

    @Test
    void pathWithoutLeadingSlashIsUnderTheBaseUrl() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, ME)));

        Exchange out = call("calendly:raw?path=users/me");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsKey("resource");
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void pathWhoseQueryStringHoldsAUriStaysOnTheApiHost() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, "{\"collection\": []}")));

        Exchange out = call("calendly:raw", null,
                Map.of("CamelCalendly.path", "/scheduled_events?user=https://api.calendly.com/users/U1"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("user", equalTo("https://api.calendly.com/users/U1"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void fullUrlOnTheApiHostIsAccepted() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, ME)));

        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", baseUrl() + "/users/me?lang=en"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me"))
                .withQueryParam("lang", equalTo("en"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void fullUrlOnAnotherHostIsRejectedAndNothingIsSentThere() {
        ELSEWHERE.stubFor(any(anyUrl()).willReturn(json(200, ME)));
        String elsewhere = "http://127.0.0.1:" + ELSEWHERE.getPort() + "/users/me";

        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", elsewhere));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'path'")
                .hasMessageContaining("127.0.0.1")
                .hasMessageContaining("only ever sent to the API host");
        assertThat(ELSEWHERE.getAllServeEvents()).isEmpty();
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    @Test
    void sameHostOnAnotherPortIsAnotherHostNamedWithItsPort() {
        ELSEWHERE.stubFor(any(anyUrl()).willReturn(json(200, ME)));
        String elsewhere = "http://localhost:" + ELSEWHERE.getPort() + "/users/me";

        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", elsewhere));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("localhost:" + ELSEWHERE.getPort())
                .hasMessageContaining("localhost:" + CALENDLY.getPort())
                .hasMessageContaining("only ever sent to the API host");
        assertThat(ELSEWHERE.getAllServeEvents()).isEmpty();
    }

    @Test
    void nonJsonResponseIsReturnedAsText() {
        CALENDLY.stubFor(get(urlPathEqualTo("/status")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("all systems operational")));

        Exchange out = call("calendly:raw?path=/status");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isEqualTo("all systems operational");
    }

    @Test
    void textThatOnlyStartsLikeJsonIsReturnedWhole() {
        CALENDLY.stubFor(get(urlPathEqualTo("/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("2 invitees deleted")));

        Exchange out = call("calendly:raw?path=/export");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isEqualTo("2 invitees deleted");
    }

    @Test
    void errorStatusBecomesCalendlyApiExceptionOfTheRawOperation() {
        CALENDLY.stubFor(post(urlPathEqualTo("/event_types")).willReturn(json(400, """
                {"title": "Invalid Argument", "message": "The supplied parameters are invalid.",
                 "details": [{"parameter": "name", "message": "can't be blank"}]}""")));

        Exchange out = call("calendly:raw?method=POST&path=/event_types", Map.of("name", ""), Map.of());

        assertThat(out.getException()).isExactlyInstanceOf(CalendlyApiException.class)
                .hasMessageContaining("raw/request")
                .hasMessageContaining("400")
                .hasMessageContaining("name: can't be blank");
        CalendlyApiException error = (CalendlyApiException) out.getException();
        assertThat(error.getOperation()).isEqualTo("raw/request");
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getMethod()).isEqualTo("POST");
        assertThat(error.getPath()).isEqualTo("/event_types");
        assertThat(error.getDetails()).extracting(CalendlyApiException.Detail::parameter).containsExactly("name");
    }

    @Test
    void methodHeaderWinsOverTheEndpointMethod() {
        CALENDLY.stubFor(delete(urlPathEqualTo("/invitee_no_shows/NS1")).willReturn(aResponse().withStatus(204)));

        Exchange out = call("calendly:raw?method=GET&path=/invitee_no_shows/NS1", null,
                Map.of("CamelCalendly.method", "delete"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, deleteRequestedFor(urlPathEqualTo("/invitee_no_shows/NS1"))
                .withHeader("Content-Type", absent()));
        CALENDLY.verify(0, getRequestedFor(urlPathEqualTo("/invitee_no_shows/NS1")));
    }

    @Test
    void unknownMethodIsRejectedWithoutACall() {
        Exchange out = call("calendly:raw?path=/users/me", null, Map.of("CamelCalendly.method", "TRACE"));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'method'")
                .hasMessageContaining("TRACE")
                .hasMessageContaining("GET, POST, PUT, PATCH, DELETE");
        assertThat(((CalendlyValidationException) out.getException()).getOption()).isEqualTo("method");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }
}
