package io.github.camelcalendly.webhook;

import java.net.http.HttpResponse;
import java.util.Map;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyEndpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trigger behind Camel's webhook component ({@code webhook:calendly:webhook?...}), the options it checks when
 * its route starts, and the trigger in Camel Main.
 */
class WebhookComponentTest extends WebhookTestSupport {

    private static final String INVITEE = "https://api.calendly.com/scheduled_events/EV1/invitees/VIA-WEBHOOK";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:calendly:webhook?events=invitee.created&signingKey=RAW(" + SIGNING_KEY + ")"
                     + "&webhookComponentName=platform-http&webhookAutoRegister=false&webhookBasePath=/hooks&webhookPath=/calendly")
                        .to("mock:webhook");
                from("webhook:calendly:webhook?events=invitee.canceled&signingKey=RAW(" + SIGNING_KEY + ")"
                     + "&webhookComponentName=platform-http&webhookAutoRegister=false&webhookBasePath=/hooks&webhookPath=/failing")
                        .throwException(new IllegalStateException("downstream down"));
            }
        };
    }

    @Test
    void theWebhookComponentServesTheTriggerAndVerifiesDeliveries() throws Exception {
        MockEndpoint route = getMockEndpoint("mock:webhook");
        route.expectedMessageCount(1);
        route.expectedHeaderReceived(CalendlyConstants.EVENT, "invitee.created");
        route.expectedHeaderReceived(CalendlyConstants.RESOURCE_URI, INVITEE);
        byte[] body = inviteeCreatedBody(INVITEE);

        assertThat(post("/hooks/calendly", body, signatureHeader("wrong-key", nowSeconds(), body)).statusCode())
                .isEqualTo(401);
        HttpResponse<String> response = post("/hooks/calendly", body, signNow(body));

        assertThat(response.statusCode()).isEqualTo(200);
        route.assertIsSatisfied();
        assertThat(route.getReceivedExchanges().get(0).getMessage().getBody(Map.class))
                .containsEntry("email", "ada@example.com");
        assertThat(route.getReceivedExchanges().get(0).getMessage().getHeaders())
                .doesNotContainKey(SignatureHeader.NAME);
    }

    @Test
    void aRouteFailureBehindTheWebhookComponentIsAnswered500SoCalendlyRetries() throws Exception {
        byte[] body = ("{\"event\":\"invitee.canceled\",\"created_at\":\"2026-03-01T10:00:00Z\","
                       + "\"payload\":{\"uri\":\"" + INVITEE + "\"}}").getBytes();

        assertThat(post("/hooks/failing", body, signNow(body)).statusCode()).isEqualTo(500);
        // not remembered as processed: the retry runs the route again and fails again
        assertThat(post("/hooks/failing", body, signNow(body)).statusCode()).isEqualTo(500);
    }

    @Test
    void theEndpointDeclaresPostAndDoesNotRegisterWhenAutoRegisterIsOff() throws Exception {
        CalendlyEndpoint endpoint = context.getEndpoint(webhookUri("invitee.created"), CalendlyEndpoint.class);

        assertThat(endpoint.getWebhookMethods()).containsExactly("POST");
        endpoint.registerWebhook();
        endpoint.unregisterWebhook();
    }

    @Test
    void aMissingSigningKeyStopsTheRouteFromStartingAndSaysWhatToSet() {
        assertThatThrownBy(() -> startRoute("calendly:webhook?events=invitee.created&webhookPath=/nokey"
                                            + "&webhookAutoRegister=false"))
                .isInstanceOf(io.github.camelcalendly.CalendlyValidationException.class).hasMessageContaining("signingKey");
    }

    @Test
    void anUnknownEventStopsTheRouteFromStartingAndListsTheValidOnes() {
        assertThatThrownBy(() -> startRoute("calendly:webhook?events=invitee.created,invitee.rescheduled"
                                            + "&signingKey=RAW(k)&webhookPath=/unknown&webhookAutoRegister=false"))
                .rootCause().isInstanceOf(io.github.camelcalendly.CalendlyValidationException.class)
                .hasMessageContaining("invitee.rescheduled").hasMessageContaining("invitee_no_show.created");
    }

    @Test
    void noEventsStopsTheRouteFromStarting() {
        assertThatThrownBy(() -> startRoute("calendly:webhook?signingKey=RAW(k)&webhookPath=/none"
                                            + "&webhookAutoRegister=false"))
                .isInstanceOf(io.github.camelcalendly.CalendlyValidationException.class).hasMessageContaining("needs events");
    }

    /** Camel Main's own HTTP server (camel-platform-http-main), switched on by properties only: no code. */
    @Test
    void theTriggerServesInCamelMainWithItsEmbeddedServer() throws Exception {
        Main main = new Main();
        int mainPort = org.apache.camel.test.AvailablePortFinder.getNextAvailable();
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.port", String.valueOf(mainPort));
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("invitee.created")).to("mock:main");
            }
        });
        main.start();
        try {
            byte[] body = inviteeCreatedBody(INVITEE);
            HttpResponse<String> response = HTTP.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + mainPort + PATH))
                    .header(SignatureHeader.NAME, signNow(body))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            MockEndpoint mock = main.getCamelContext().getEndpoint("mock:main", MockEndpoint.class);
            assertThat(mock.getReceivedExchanges()).hasSize(1);
        } finally {
            main.stop();
        }
    }

    private void startRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:never");
            }
        });
    }

    private static long nowSeconds() {
        return java.time.Instant.now().getEpochSecond();
    }
}
