package io.github.camelcalendly;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With inputFromBody=true the message body is the operation's input, keyed by option name as the actions catalog's
 * input schemas describe it.
 */
class InputFromBodyTest extends CalendlyTestSupport {

    private static final String CANCEL_PATH = "/scheduled_events/EV1/cancellation";
    private static final String CANCELED = """
            {"resource": {"canceled_by": "Host", "reason": "Conflict", "canceler_type": "host"}}""";
    private static final String EMPTY_PAGE = """
            {"collection": [], "pagination": {"count": 0, "next_page": null, "next_page_token": null}}""";

    @Test
    void bodyOptionsOfAWriteBecomeThePathAndTheRequestBody() {
        CALENDLY.stubFor(post(urlPathEqualTo(CANCEL_PATH)).willReturn(json(201, CANCELED)));

        Exchange out = call("calendly:scheduledEvents?op=cancel&inputFromBody=true",
                Map.of("uuid", "EV1", "reason", "Conflict"), Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("reason", "Conflict");
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo(CANCEL_PATH))
                .withRequestBody(equalToJson("{\"reason\": \"Conflict\"}")));
    }

    @Test
    void bodyOptionsOfAReadBecomeQueryParameters() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:scheduledEvents?op=list&inputFromBody=true", """
                {"user": "https://api.calendly.com/users/U1", "status": "active", "count": 5}""", Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(List.class)).isEmpty();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("user", equalTo("https://api.calendly.com/users/U1"))
                .withQueryParam("status", equalTo("active"))
                .withQueryParam("count", equalTo("5")));
    }

    @Test
    void headersWinOverTheBodyAndTheBodyOverTheUri() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:scheduledEvents?op=list&inputFromBody=true&status=canceled&sort=start_time:asc"
                + "&user=U1", Map.of("status", "active", "sort", "start_time:desc"),
                Map.of("CamelCalendly.sort", "start_time:asc"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("status", equalTo("active"))
                .withQueryParam("sort", equalTo("start_time:asc")));
    }

    @Test
    void uriInTheBodyStandsInForThePathIdentifiers() {
        CALENDLY.stubFor(post(urlPathEqualTo(CANCEL_PATH)).willReturn(json(201, CANCELED)));

        Exchange out = call("calendly:scheduledEvents?op=cancel&inputFromBody=true",
                Map.of("uri", baseUrl() + "/scheduled_events/EV1"), Map.of());

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo(CANCEL_PATH)));
    }

    @Test
    void aKeyTheOperationDoesNotTakeIsRefusedBeforeAnyCall() {
        Exchange out = call("calendly:scheduledEvents?op=cancel&inputFromBody=true",
                Map.of("uuid", "EV1", "cancel_reason", "Conflict"), Map.of());

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("cancel_reason");
        assertThat(e.getMessage()).contains("cancel_reason", "scheduledEvents/cancel", "uuid, reason, uri");
        assertNoCallToCalendly();
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        Exchange out = call("calendly:scheduledEvents?op=get&inputFromBody=true", "[\"EV1\"]", Map.of());

        assertThat(validationError(out).getMessage())
                .contains("inputFromBody=true", "scheduledEvents/get", "JSON object", "array");
        assertNoCallToCalendly();
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        Exchange out = call("calendly:scheduledEvents?op=get&inputFromBody=true", "{}", Map.of());

        assertThat(validationError(out).getOption()).isEqualTo("uuid");
        assertNoCallToCalendly();
    }

    @Test
    void rawRequestsRefuseTheOptionAtStart() {
        CalendlyValidationException e = startError("calendly:raw?path=/users/me&inputFromBody=true");

        assertThat(e.getMessage()).contains("inputFromBody", "raw/request");
    }
}
