package io.github.camelcalendly.webhook;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.BindToRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What stopping a webhook trigger's route gives back, and what it leaves alone. */
class WebhookConsumerStopTest extends WebhookTestSupport {

    private static final String OWN_PATH = "/calendly/own-repository";

    @BindToRegistry("deliveries")
    private final MemoryIdempotentRepository userRepository = new MemoryIdempotentRepository();
    private final AtomicInteger processed = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("invitee.created")).routeId("default-repository")
                        .process(exchange -> processed.incrementAndGet());
                from(webhookUri("invitee.created").replace(PATH, OWN_PATH) + "&idempotentRepository=#deliveries")
                        .routeId("user-repository")
                        .process(exchange -> processed.incrementAndGet());
            }
        };
    }

    @Test
    void aStoppedRoutesPathIsNoLongerServedAndIsServedAgainAfterARestart() throws Exception {
        byte[] first = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/STOP1");
        byte[] second = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/STOP2");

        context.getRouteController().stopRoute("default-repository");
        HttpResponse<String> whileStopped = post(PATH, first, signNow(first));
        context.getRouteController().startRoute("default-repository");
        HttpResponse<String> afterRestart = post(PATH, second, signNow(second));

        assertThat(whileStopped.statusCode()).isEqualTo(404);
        assertThat(afterRestart.statusCode()).isEqualTo(200);
        assertThat(processed.get()).isEqualTo(1);
    }

    @Test
    void aUserSuppliedRepositoryKeepsRunningSoARedeliveryAfterARestartIsStillAcknowledged() throws Exception {
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/KEPT");
        assertThat(post(OWN_PATH, body, signNow(body)).statusCode()).isEqualTo(200);

        context.getRouteController().stopRoute("user-repository");
        context.getRouteController().startRoute("user-repository");
        HttpResponse<String> redelivered = post(OWN_PATH, body, signNow(body));

        assertThat(userRepository.isStarted()).isTrue();
        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(redelivered.body()).isEqualTo("Already processed");
        assertThat(processed.get()).isEqualTo(1);
    }

    @Test
    void theOtherTriggersPathIsStillServedWhileOneRouteIsStopped() throws Exception {
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/OTHER");

        context.getRouteController().stopRoute("default-repository");

        assertThat(post(OWN_PATH, body, signNow(body)).statusCode()).isEqualTo(200);
        assertThat(processed.get()).isEqualTo(1);
    }

    @Test
    void stoppingTheRouteStopsTheInMemoryRepositoryOfItsTrigger() throws Exception {
        CalendlyWebhookConsumer trigger = (CalendlyWebhookConsumer) context.getRoute("default-repository")
                .getConsumer();
        MemoryIdempotentRepository inMemory = (MemoryIdempotentRepository) trigger.idempotentRepository();
        assertThat(inMemory.isStarted()).isTrue();

        context.getRouteController().stopRoute("default-repository");

        assertThat(inMemory.isStopped()).isTrue();
    }

    @Test
    void aUserSuppliedRepositoryIsStoppedWhenCamelStops() {
        assertThat(userRepository.isStarted()).isTrue();

        context.stop();

        assertThat(userRepository.isStopped()).isTrue();
    }
}
