package io.github.camelcalendly;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * YAML DSL routes (src/test/resources/routes) that list the active events starting from a given instant and cancel
 * the first one with a reason, loaded the way Camel Main and Camel JBang load them.
 */
class YamlDslRouteTest extends CalendlyTestSupport {

    private static final String EVENT_URI = "https://api.calendly.com/scheduled_events/EV002";

    @Test
    void parametersMapRouteListsActiveEventsFromTheStartTimeThenCancelsTheFirstWithTheReason() throws Exception {
        stubCalendly();
        loadRoutes("routes/cancel-first-active-event.camel.yaml");

        runRouteAndAssertWhatTheRouteGot();

        assertCalendlyReceivedTheListAndTheCancellation();
    }

    @Test
    void uriOptionsRouteListsActiveEventsFromTheStartTimeThenCancelsTheFirstWithTheReason() throws Exception {
        stubCalendly();
        loadRoutes("routes/cancel-first-active-event-uri-options.camel.yaml");

        runRouteAndAssertWhatTheRouteGot();

        assertCalendlyReceivedTheListAndTheCancellation();
    }

    @Test
    void misspelledOptionInTheParametersMapIsRefusedWhenTheRouteIsLoaded() {
        assertThatThrownBy(() -> loadRoutes("routes/list-with-misspelled-option.camel.yaml"))
                .isInstanceOf(FailedToCreateRouteException.class)
                .rootCause().isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("Unknown option 'minStartTme' (did you mean 'minStartTime'?)")
                .hasMessageContaining("scheduledEvents/list");

        assertThat(context.getRoute("list-with-misspelled-option")).isNull();
        CALENDLY.verify(0, anyRequestedFor(anyUrl()));
    }

    private void loadRoutes(String classpathResource) throws Exception {
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.resolveMandatoryResource(context, "classpath:" + classpathResource));
    }

    private static void stubCalendly() {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, """
                {"collection": [{"uri": "%s", "name": "15 Minute Meeting", "status": "active",
                                 "start_time": "2026-05-04T09:00:00.000000Z"}],
                 "pagination": {"count": 1, "next_page": null, "next_page_token": null}}""".formatted(EVENT_URI))));
        CALENDLY.stubFor(post(urlPathEqualTo("/scheduled_events/EV002/cancellation")).willReturn(json(201, """
                {"resource": {"canceled_by": "Test User", "reason": "Host unavailable", "canceler_type": "host"}}""")));
    }

    private void runRouteAndAssertWhatTheRouteGot() throws Exception {
        MockEndpoint listed = getMockEndpoint("mock:activeEvents");
        MockEndpoint canceled = getMockEndpoint("mock:canceled");
        listed.expectedMessageCount(1);
        canceled.expectedMessageCount(1);

        template.sendBody("direct:cancelFirstActiveEvent", null);

        MockEndpoint.assertIsSatisfied(listed, canceled);
        Exchange list = listed.getReceivedExchanges().get(0);
        assertThat(list.getMessage().getBody(List.class)).hasSize(1);
        assertThat(list.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(1);
        Exchange cancellation = canceled.getReceivedExchanges().get(0);
        assertThat(cancellation.getMessage().getBody(Map.class))
                .containsEntry("reason", "Host unavailable")
                .containsEntry("canceler_type", "host");
        assertThat(cancellation.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(201);
    }

    private static void assertCalendlyReceivedTheListAndTheCancellation() {
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("user", equalTo(userUri()))
                .withQueryParam("min_start_time", equalTo("2026-05-01T00:00:00.000000Z"))
                .withQueryParam("status", equalTo("active"))
                .withQueryParam("count", equalTo("100"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/scheduled_events/EV002/cancellation"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("{\"reason\": \"Host unavailable\"}")));
    }
}
