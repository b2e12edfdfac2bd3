package io.github.camelcalendly;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A valid JSON answer that lacks what the operation promises (a {@code resource} object, a {@code collection} array)
 * fails with a {@link CalendlyApiException} naming what was missing; only a 204 means "no body".
 */
class AnswerShapeTest extends CalendlyTestSupport {

    private static final String GET_EVENT = "calendly:scheduledEvents?op=get&uuid=E1";
    private static final String LIST_EVENTS = "calendly:scheduledEvents?op=list&user=" + USER_UUID;

    private static CalendlyApiException apiError(Exchange out) {
        assertThat(out.getException()).as("the exception of the exchange").isInstanceOf(CalendlyApiException.class);
        return out.getException(CalendlyApiException.class);
    }

    @Test
    void aGetAnsweredWithAnEmptyOkBodyFailsNamingTheMissingResource() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/E1")).willReturn(json(200, "")));

        Exchange out = call(GET_EVENT);

        CalendlyApiException error = apiError(out);
        assertThat(error.getStatusCode()).isEqualTo(200);
        assertThat(error.getMessage()).contains("scheduledEvents/get (GET /scheduled_events/E1) answered HTTP 200",
                "empty body", "resource");
        assertThat(out.getMessage().getBody()).isNull();
    }

    @Test
    void aGetAnsweredWithNoContentFailsNamingTheMissingResource() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/E1")).willReturn(aResponse().withStatus(204)));

        Exchange out = call(GET_EVENT);

        CalendlyApiException error = apiError(out);
        assertThat(error.getStatusCode()).isEqualTo(204);
        assertThat(error.getMessage()).contains("scheduledEvents/get", "HTTP 204", "resource");
    }

    @Test
    void aGetAnsweredWithAnObjectWithoutResourceFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/E1")).willReturn(json(200, "{\"message\": \"ok\"}")));

        Exchange out = call(GET_EVENT);

        assertThat(apiError(out).getMessage()).contains("scheduledEvents/get", "without the \"resource\" object");
    }

    @Test
    void aGetWhoseResourceIsNotAnObjectFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/E1"))
                .willReturn(json(200, "{\"resource\": \"https://api.calendly.com/scheduled_events/E1\"}")));

        Exchange out = call(GET_EVENT);

        assertThat(apiError(out).getMessage()).contains("scheduledEvents/get", "\"resource\" is a string");
    }

    @Test
    void aListWhoseCollectionIsNotAListFailsNamingTheCollection() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events"))
                .willReturn(json(200, "{\"collection\": \"not a list\"}")));

        Exchange out = call(LIST_EVENTS);

        CalendlyApiException error = apiError(out);
        assertThat(error.getMessage()).contains("scheduledEvents/list (GET /scheduled_events) answered HTTP 200",
                "\"collection\" is a string");
        assertThat(out.getMessage().getBody()).isNull();
    }

    @Test
    void aListAnsweredWithAnEmptyOkBodyFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, "")));

        Exchange out = call(LIST_EVENTS);

        assertThat(apiError(out).getMessage()).contains("scheduledEvents/list", "empty body", "collection");
    }

    @Test
    void aListWhoseItemsAreNotObjectsFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events"))
                .willReturn(json(200, "{\"collection\": [\"https://api.calendly.com/scheduled_events/E1\"]}")));

        Exchange out = call(LIST_EVENTS);

        assertThat(apiError(out).getMessage()).contains("scheduledEvents/list", "item 0 of \"collection\" is a string");
    }

    @Test
    void aDeleteAnsweredWithAnEmptyOkBodyFailsSinceOnly204MeansNoBody() {
        CALENDLY.stubFor(delete(urlPathEqualTo("/webhook_subscriptions/W1")).willReturn(aResponse().withStatus(200)));

        Exchange out = call("calendly:webhookSubscriptions?op=delete&uuid=W1");

        assertThat(apiError(out).getMessage()).contains("webhookSubscriptions/delete", "HTTP 200", "empty body",
                "204");
    }

    @Test
    void aDataDeletionAcceptedWithAnEmptyObjectGivesThatObject() {
        CALENDLY.stubFor(post(urlPathEqualTo("/data_compliance/deletion/invitees")).willReturn(json(202, "{}")));

        Exchange out = call("calendly:dataCompliance?op=deleteInvitees&confirmDestructive=true"
                            + "&emails=ada@example.com");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isEqualTo(Map.of());
    }

    @Test
    void aDataDeletionAcceptedWithoutABodyFailsSinceCalendlyAnswersAnObject() {
        CALENDLY.stubFor(post(urlPathEqualTo("/data_compliance/deletion/invitees"))
                .willReturn(aResponse().withStatus(202)));

        Exchange out = call("calendly:dataCompliance?op=deleteInvitees&confirmDestructive=true"
                            + "&emails=ada@example.com");

        assertThat(apiError(out).getMessage()).contains("dataCompliance/deleteInvitees", "HTTP 202", "empty body",
                "JSON object");
    }

    @Test
    void aRawAnswerWithAJsonContentTypeAndNoBodyFails() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, "")));

        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", "/users/me"));

        assertThat(apiError(out).getMessage()).contains("raw/request", "empty body", "application/json");
    }

    @Test
    void aRawAnswerWithoutContentTypeOrBodyGivesNoBody() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(aResponse().withStatus(200)));

        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", "/users/me"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(200);
    }
}
