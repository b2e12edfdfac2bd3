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

class ProducerSmokeTest extends CalendlyTestSupport {

    @Test
    void listOfEventsDefaultsToTheConnectionsUserAndUnwrapsTheCollection() {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, """
                {"collection": [{"uri": "https://api.calendly.com/scheduled_events/E1", "name": "Intro"}],
                 "pagination": {"count": 1, "next_page": null, "next_page_token": null}}""")
                .withHeader("X-RateLimit-Remaining", "499")));

        Exchange out = call("calendly:scheduledEvents?op=list&minStartTime=2026-05-01T00:00:00Z&status=active");

        assertThat(out.getException()).isNull();
        List<Map<String, Object>> events = out.getMessage().getBody(List.class);
        assertThat(events).extracting(e -> e.get("name")).containsExactly("Intro");
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(1);
        assertThat(out.getMessage().getHeader(CalendlyConstants.RATE_LIMIT_REMAINING)).isEqualTo(499L);
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("user", equalTo(userUri()))
                .withQueryParam("min_start_time", equalTo("2026-05-01T00:00:00.000000Z"))
                .withQueryParam("status", equalTo("active"))
                .withQueryParam("count", equalTo("100"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void cancelSendsTheReasonAndReturnsTheCancellation() {
        CALENDLY.stubFor(post(urlPathEqualTo("/scheduled_events/AAAA/cancellation")).willReturn(json(201, """
                {"resource": {"canceled_by": "Test User", "reason": "Conflict", "canceler_type": "host"}}""")));

        Exchange out = call("calendly:scheduledEvents?op=cancel&uuid=AAAA&reason=Conflict");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("reason", "Conflict");
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(201);
        CALENDLY.verify(postRequestedFor(urlPathEqualTo("/scheduled_events/AAAA/cancellation"))
                .withRequestBody(equalToJson("{\"reason\": \"Conflict\"}")));
    }
}
