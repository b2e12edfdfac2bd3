package io.github.camelcalendly;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A success status whose body is not valid JSON (cut off, followed by more text, or beyond the JSON limits) is not
 * Calendly's data: the route gets a {@link CalendlyApiException} naming the operation, the request and the start of
 * the body, never a String or a Jackson exception.
 */
class MalformedAnswerTest extends CalendlyTestSupport {

    private static final String LIST_EVENTS = "calendly:scheduledEvents?op=list&user=" + USER_UUID;

    private static CalendlyApiException apiError(Exchange out) {
        assertThat(out.getException()).as("the exception of the exchange").isInstanceOf(CalendlyApiException.class);
        return out.getException(CalendlyApiException.class);
    }

    @Test
    void aResourceCutOffMidwayFailsQuotingItsStart() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/U1")).willReturn(json(200, "{\"resource\":{\"uri\":\"x\"")));

        Exchange out = call("calendly:users?op=get&uuid=U1");

        CalendlyApiException error = apiError(out);
        assertThat(error.getStatusCode()).isEqualTo(200);
        assertThat(error.getOperation()).isEqualTo("users/get");
        assertThat(error.getMessage()).contains("Calendly users/get (GET /users/U1) answered HTTP 200 with a body"
                                                + " that is not valid JSON: {\"resource\":{\"uri\":\"x\"");
        assertThat(out.getMessage().getBody()).isNull();
    }

    @Test
    void aResourceFollowedByMoreTextFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/U1"))
                .willReturn(json(200, "{\"resource\": {\"uri\": \"x\"}} and then some")));

        Exchange out = call("calendly:users?op=get&uuid=U1");

        assertThat(apiError(out).getMessage()).contains("users/get", "not valid JSON", "and then some");
    }

    @Test
    void aListPageCutOffMidwayFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events"))
                .willReturn(json(200, "{\"collection\": [{\"uri\": \"https://api.calendly.com/scheduled_events/E1\"}")));

        Exchange out = call(LIST_EVENTS);

        CalendlyApiException error = apiError(out);
        assertThat(error.getOperation()).isEqualTo("scheduledEvents/list");
        assertThat(error.getMessage()).contains("scheduledEvents/list (GET /scheduled_events) answered HTTP 200",
                "not valid JSON: {\"collection\": [{\"uri\"");
    }

    @Test
    void aLaterPageCutOffMidwayFailsTheListToo() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, """
                {"collection": [{"uri": "https://api.calendly.com/scheduled_events/E1"}],
                 "pagination": {"next_page_token": "T2"}}""")));
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("page_token", com.github.tomakehurst.wiremock.client.WireMock.equalTo("T2"))
                .willReturn(json(200, "{\"collection\": [")));

        Exchange out = call(LIST_EVENTS);

        assertThat(apiError(out).getMessage()).contains("scheduledEvents/list", "not valid JSON");
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo("/scheduled_events")));
    }

    @Test
    void aStringLongerThanJacksonsDefaultLimitFailsAsACalendlyError() {
        String longName = "n".repeat(20_000_001);
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events"))
                .willReturn(json(200, "{\"collection\": [{\"name\": \"" + longName + "\"}]}")));

        Exchange out = call(LIST_EVENTS);

        CalendlyApiException error = apiError(out);
        assertThat(error.getMessage()).contains("scheduledEvents/list", "not valid JSON");
        assertThat(error.getMessage().length()).as("length of the message").isLessThan(1_000);
    }

    @Test
    void aRawAnswerCutOffMidwayWithAJsonContentTypeFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, "{\"resource\": {\"uri\": ")));

        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", "/users/me"));

        CalendlyApiException error = apiError(out);
        assertThat(error.getOperation()).isEqualTo("raw/request");
        assertThat(error.getMessage()).contains("raw/request (GET /users/me) answered HTTP 200 with a body that is"
                                                + " not valid JSON: {\"resource\": {\"uri\":");
    }

    @Test
    void aRawAnswerCutOffMidwayWithoutAContentTypeFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me"))
                .willReturn(aResponse().withStatus(200).withBody("{\"resource\": {\"uri\": ")));

        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", "/users/me"));

        assertThat(apiError(out).getMessage()).contains("raw/request", "not valid JSON");
    }
}
