package io.github.camelcalendly.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * The trigger written in the YAML DSL, as Camel Main and JBang load it: it registers its subscription with the
 * sandbox and then receives a booking.
 */
class WebhookYamlRouteTest extends WebhookTestSupport {

    private String subscription;

    @AfterEach
    void deleteTheRoutesSubscription() throws Exception {
        context.getRouteController().stopAllRoutes();
        if (subscription != null) {
            api("DELETE", subscription.substring(sandbox.baseUrl().length()), null);
        }
    }

    @Test
    void aYamlRouteRegistersItsSubscriptionAndReceivesABooking() throws Exception {
        String yaml = """
                - route:
                    id: bookings
                    from:
                      uri: calendly:webhook
                      parameters:
                        events: invitee.created
                        signingKey: "%s"
                        webhookPath: /yaml/calendly
                        webhookExternalUrl: "%s"
                      steps:
                        - log: "booked: ${body[email]}"
                        - to: mock:yaml
                """.formatted(SIGNING_KEY, callbackUrl("/yaml/calendly"));
        MockEndpoint mock = getMockEndpoint("mock:yaml");
        mock.expectedMessageCount(1);
        mock.expectedHeaderReceived(CalendlyConstants.EVENT, "invitee.created");

        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("bookings.camel.yaml", yaml));
        for (com.fasterxml.jackson.databind.JsonNode s : api("GET", "/webhook_subscriptions?organization="
                + sandbox.seeded().organization() + "&scope=organization", null).path("collection")) {
            if (s.path("callback_url").asText().equals(callbackUrl("/yaml/calendly"))) {
                subscription = s.path("uri").asText();
            }
        }
        assertThat(subscription).as("the subscription the YAML route registered").isNotNull();
        sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.PRODUCT_DEMO), null, "Yaml Guest",
                "yaml.guest@example.com"));

        mock.assertIsSatisfied(10_000);
        assertThat(mock.getExchanges().get(0).getMessage().getBody(Map.class))
                .containsEntry("email", "yaml.guest@example.com");
    }
}
