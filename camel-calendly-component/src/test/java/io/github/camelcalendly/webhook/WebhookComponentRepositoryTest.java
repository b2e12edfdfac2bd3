package io.github.camelcalendly.webhook;

import java.net.http.HttpResponse;

import org.apache.camel.BindToRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind Camel's webhook component, a user-supplied idempotent repository is started, remembers deliveries, and is
 * stopped when Camel stops.
 */
class WebhookComponentRepositoryTest extends WebhookTestSupport {

    @BindToRegistry("deliveries")
    private final MemoryIdempotentRepository userRepository = new MemoryIdempotentRepository();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:calendly:webhook?events=invitee.created&signingKey=RAW(" + SIGNING_KEY + ")"
                     + "&idempotentRepository=#deliveries&webhookComponentName=platform-http"
                     + "&webhookAutoRegister=false&webhookBasePath=/hooks&webhookPath=/repository")
                        .to("mock:webhook");
            }
        };
    }

    @Test
    void aRedeliveryIsAcknowledgedFromTheUserSuppliedRepositoryWhichIsStarted() throws Exception {
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/REPO");
        assertThat(post("/hooks/repository", body, signNow(body)).statusCode()).isEqualTo(200);

        HttpResponse<String> redelivered = post("/hooks/repository", body, signNow(body));

        assertThat(redelivered.body()).isEqualTo("Already processed");
        assertThat(userRepository.isStarted()).isTrue();
        assertThat(userRepository.contains(DeliveryDeduplicator.processedKey(DeliveryDeduplicator.digest(
                "invitee.created|https://api.calendly.com/scheduled_events/EV1/invitees/REPO"
                + "|2026-03-01T10:00:00.000000Z")))).isTrue();
        assertThat(getMockEndpoint("mock:webhook").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void theUserSuppliedRepositoryIsStoppedWhenCamelStops() {
        assertThat(userRepository.isStarted()).isTrue();

        context.stop();

        assertThat(userRepository.isStopped()).isTrue();
    }
}
