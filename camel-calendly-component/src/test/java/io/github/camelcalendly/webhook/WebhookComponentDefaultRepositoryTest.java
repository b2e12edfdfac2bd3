package io.github.camelcalendly.webhook;

import org.apache.camel.DelegateProcessor;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind Camel's webhook component, the trigger's in-memory idempotent repository runs while its route runs and is
 * stopped with it.
 */
class WebhookComponentDefaultRepositoryTest extends WebhookTestSupport {

    private static final String ROUTE = "via-webhook-component";
    private static final String INVITEE = "https://api.calendly.com/scheduled_events/EV1/invitees/DEFAULT-REPO";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:calendly:webhook?events=invitee.created&signingKey=RAW(" + SIGNING_KEY + ")"
                     + "&webhookComponentName=platform-http&webhookAutoRegister=false&webhookBasePath=/hooks"
                     + "&webhookPath=/default-repository").routeId(ROUTE)
                        .to("mock:webhook");
            }
        };
    }

    @Test
    void theInMemoryRepositoryRemembersDeliveriesWhileTheRouteRunsAndIsStoppedWithIt() throws Exception {
        MemoryIdempotentRepository inMemory = (MemoryIdempotentRepository) handler().idempotentRepository();
        byte[] body = inviteeCreatedBody(INVITEE);
        assertThat(post("/hooks/default-repository", body, signNow(body)).statusCode()).isEqualTo(200);
        assertThat(inMemory.isStarted()).isTrue();
        assertThat(inMemory.contains(DeliveryDeduplicator.processedKey(DeliveryDeduplicator.digest(
                "invitee.created|" + INVITEE + "|2026-03-01T10:00:00.000000Z")))).isTrue();

        context.getRouteController().stopRoute(ROUTE);

        assertThat(inMemory.isStopped()).isTrue();
    }

    /** The calendly handler the webhook component's consumer runs, under Camel's processor wrappers. */
    private WebhookComponentHandler handler() {
        Processor processor = context.getRoute(ROUTE).getConsumer().getProcessor();
        while (!(processor instanceof WebhookComponentHandler) && processor instanceof DelegateProcessor wrapper) {
            processor = wrapper.getProcessor();
        }
        assertThat(processor).as("the route consumer's processor").isInstanceOf(WebhookComponentHandler.class);
        return (WebhookComponentHandler) processor;
    }
}
