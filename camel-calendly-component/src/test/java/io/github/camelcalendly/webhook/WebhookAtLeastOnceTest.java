package io.github.camelcalendly.webhook;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.BookingResult;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A delivery the route fails is answered 500, Calendly retries it, and the retry runs the route again; once it
 * succeeded, any redelivery is acknowledged without running the route.
 */
class WebhookAtLeastOnceTest extends WebhookTestSupport {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger processed = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(0);

    @BeforeAll
    static void fastRetries() {
        sandbox.close();
        sandbox = io.github.camelcalendly.sandbox.CalendlySandbox.start(SandboxOptions.defaults()
                .withDeliveryRetries(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMinutes(2)));
        token = sandbox.issueToken();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("invitee.created"))
                        .process(exchange -> {
                            attempts.incrementAndGet();
                            release.await(30, TimeUnit.SECONDS);
                            if (failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException("downstream system unavailable");
                            }
                            processed.incrementAndGet();
                        });
            }
        };
    }

    @Test
    void aFailedDeliveryIsRetriedByCalendlyAndThenProcessedExactlyOnce() throws Exception {
        failuresLeft.set(1);
        subscribe(callbackUrl(PATH), "invitee.created");

        BookingResult booking = book("Emmy Noether", "emmy@example.com");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(delivery(booking).outcome())
                .isEqualTo(WebhookDelivery.Outcome.DELIVERED));
        WebhookDelivery delivery = delivery(booking);
        assertThat(delivery.attempts()).hasSize(2);
        assertThat(delivery.attempts().get(0).status()).isEqualTo(500);
        assertThat(delivery.attempts().get(1).status()).isEqualTo(200);
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(processed.get()).isEqualTo(1);

        // Calendly sends the same delivery again (a duplicate): acknowledged, the route does not run
        HttpResponse<String> again = post(PATH, delivery.body(), signNow(delivery.body()));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(processed.get()).isEqualTo(1);
    }

    @Test
    void aRedeliveryAfterSuccessIsAcknowledgedWithoutRunningTheRoute() throws Exception {
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV9/invitees/ONCE");

        assertThat(post(PATH, body, signNow(body)).statusCode()).isEqualTo(200);
        HttpResponse<String> redelivered = post(PATH, body, signNow(body));

        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(redelivered.body()).isEqualTo("Already processed");
        assertThat(processed.get()).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesDoNotBothRunTheRoute() throws Exception {
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV9/invitees/TWICE");
        release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> deliver = () -> post(PATH, body, signNow(body)).statusCode();
            Future<Integer> first = pool.submit(deliver);
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() == 1);
            Future<Integer> second = pool.submit(deliver);

            // the second arrives while the first is still in the route: not 2xx, so Calendly would retry it
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(409);
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(processed.get()).isEqualTo(1);
        assertThat(post(PATH, body, signNow(body)).statusCode()).isEqualTo(200);
        assertThat(processed.get()).isEqualTo(1);
    }

    private static BookingResult book(String name, String email) {
        return sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, name, email));
    }

    private static WebhookDelivery delivery(BookingResult booking) {
        List<WebhookDelivery> matching = sandbox.deliveries().stream()
                .filter(d -> d.event().equals("invitee.created") && d.bodyText().contains(booking.inviteeUri()))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

}
