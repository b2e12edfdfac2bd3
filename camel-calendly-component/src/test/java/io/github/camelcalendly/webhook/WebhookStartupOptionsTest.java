package io.github.camelcalendly.webhook;

import io.github.camelcalendly.CalendlyValidationException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Options of a webhook trigger that stop its route from starting, each failure naming what to change. */
class WebhookStartupOptionsTest extends WebhookTestSupport {

    private void startRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:never");
            }
        });
    }

    @Test
    void aSignatureToleranceOfZeroStopsTheRouteFromStarting() {
        assertThatThrownBy(() -> startRoute(webhookUri("invitee.created") + "&signatureTolerance=0"))
                .isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("signatureTolerance must be a positive duration, got 0 ms");
    }

    @Test
    void aMaxBodySizeOfZeroStopsTheRouteFromStarting() {
        assertThatThrownBy(() -> startRoute(webhookUri("invitee.created") + "&maxBodySize=0"))
                .isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("maxBodySize must be a positive number of bytes, got 0");
    }

    @Test
    void anInProgressTimeoutOfZeroStopsTheRouteFromStarting() {
        assertThatThrownBy(() -> startRoute(webhookUri("invitee.created") + "&inProgressTimeout=0"))
                .isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("inProgressTimeout must be a positive duration, got 0 ms");
    }

    @Test
    void anHttpServerComponentThatServesNoHttpIsRefusedByName() {
        assertThatThrownBy(() -> startRoute(webhookUri("invitee.created") + "&httpServerComponent=log"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("httpServerComponent log cannot serve the webhook path: it is not an HTTP server"
                        + " component (a RestConsumerFactory)");
    }

    @Test
    void theRestConfigurationsComponentServesTheTriggerWhenNoneIsNamed() throws Exception {
        context.getRestConfiguration().setComponent("platform-http");
        startRoute(webhookUri("invitee.created"));
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/REST");

        assertThat(post(PATH, body, signNow(body)).statusCode()).isEqualTo(200);
    }

    @Test
    void anHttpServerComponentThatIsNotAvailableIsNamedInTheFailure() {
        assertThatThrownBy(() -> startRoute(webhookUri("invitee.created") + "&httpServerComponent=no-such-server"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The HTTP server component no-such-server is not available");
    }
}
