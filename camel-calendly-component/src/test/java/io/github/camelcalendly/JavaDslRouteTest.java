package io.github.camelcalendly;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Java DSL route that lists the active events starting from a given instant and cancels the first one with a
 * reason, the way a route author writes it. The listed events are dropped from the body before the cancellation:
 * for a write the message body is the request body.
 */
class JavaDslRouteTest extends CalendlyTestSupport {

    private static final String EVENT_URI = "https://api.calendly.com/scheduled_events/EV002";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:cancelFirstActiveEvent").routeId("cancel-first-active-event")
                        .to("calendly:scheduledEvents?op=list&minStartTime=2026-05-01T00:00:00Z&status=active")
                        .to("mock:activeEvents")
                        .filter(simple("${body.size()} > 0"))
                            .setHeader(CalendlyConstants.OPTION_HEADER_PREFIX + "uuid", simple("${body[0][uri]}"))
                            .setBody(simple("${null}"))
                            .to("calendly:scheduledEvents?op=cancel&reason=Host+unavailable")
                            .to("mock:canceled");
            }
        };
    }

    @Test
    void listsActiveEventsFromTheStartTimeThenCancelsTheFirstWithTheReason() throws Exception {
        stubCurrentUser();
        stubActiveEvents("""
                [{"uri": "%s", "name": "15 Minute Meeting", "status": "active",
                  "start_time": "2026-05-04T09:00:00.000000Z"}]""".formatted(EVENT_URI));
        stubCancellation();
        MockEndpoint listed = getMockEndpoint("mock:activeEvents");
        MockEndpoint canceled = getMockEndpoint("mock:canceled");
        listed.expectedMessageCount(1);
        canceled.expectedMessageCount(1);

        template.sendBody("direct:cancelFirstActiveEvent", null);

        MockEndpoint.assertIsSatisfied(listed, canceled);
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("user", equalTo(userUri()))
                .withQueryParam("min_start_time", equalTo("2026-05-01T00:00:00.000000Z"))
                .withQueryParam("status", equalTo("active"))
                .withQueryParam("count", equalTo("100"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/scheduled_events/EV002/cancellation"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("{\"reason\": \"Host unavailable\"}")));
        Exchange list = listed.getReceivedExchanges().get(0);
        assertThat(list.getMessage().getBody(List.class)).hasSize(1);
        assertThat(list.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(1);
        Exchange cancellation = canceled.getReceivedExchanges().get(0);
        assertThat(cancellation.getMessage().getBody(Map.class))
                .containsEntry("reason", "Host unavailable")
                .containsEntry("canceler_type", "host");
        assertThat(cancellation.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(201);
    }

    @Test
    void noActiveEventMeansNoCancellationIsSent() throws Exception {
        stubCurrentUser();
        stubActiveEvents("[]");
        MockEndpoint listed = getMockEndpoint("mock:activeEvents");
        MockEndpoint canceled = getMockEndpoint("mock:canceled");
        listed.expectedMessageCount(1);
        canceled.expectedMessageCount(0);

        template.sendBody("direct:cancelFirstActiveEvent", null);

        MockEndpoint.assertIsSatisfied(listed, canceled);
        assertThat(listed.getReceivedExchanges().get(0).getMessage().getHeader(CalendlyConstants.RESULT_COUNT))
                .isEqualTo(0);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events")));
        CALENDLY.verify(0, postRequestedFor(anyUrl()));
    }

    private static void stubActiveEvents(String collection) {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, """
                {"collection": %s, "pagination": {"count": 1, "next_page": null, "next_page_token": null}}"""
                .formatted(collection))));
    }

    private static void stubCancellation() {
        CALENDLY.stubFor(post(urlPathEqualTo("/scheduled_events/EV002/cancellation")).willReturn(json(201, """
                {"resource": {"canceled_by": "Test User", "reason": "Host unavailable", "canceler_type": "host"}}""")));
    }
}
