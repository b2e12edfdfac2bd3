package io.github.camelcalendly.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.webhook.CalendlyWebhookConsumer;
import io.github.camelcalendly.webhook.RegistrationStatus;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of one {@code calendly:webhook} route with webhookAutoRegister on and the same webhookExternalUrl,
 * against one Calendly (the sandbox): starting at the same moment they end with exactly one subscription, which all
 * of them report; stopping one of them leaves it to the others, unless unregisterOnStop is set.
 */
class SimultaneousRegistrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static CalendlySandbox sandbox;
    private static String token;

    private final List<WebhookInstance> instances = new ArrayList<>();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start();
        token = sandbox.issueToken();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void stopInstancesAndDeleteSubscriptions() throws Exception {
        instances.forEach(WebhookInstance::close);
        for (JsonNode subscription : listed()) {
            api("DELETE", subscription.path("uri").asText());
        }
    }

    @Test
    void threeInstancesStartingAtTheSameMomentEndWithExactlyOneSubscription() throws Exception {
        for (int round = 0; round < 3; round++) {
            String publicUrl = createInstances("");

            startAllAtOnce();

            List<JsonNode> subscriptions = subscriptionsFor(publicUrl);
            assertThat(subscriptions).as("round " + round).hasSize(1);
            String uri = subscriptions.get(0).path("uri").asText();
            for (WebhookInstance instance : instances) {
                assertThat(instance.context().getRouteController().getRouteStatus(instance.name()))
                        .isEqualTo(ServiceStatus.Started);
                RegistrationStatus status = consumer(instance).registrationStatus();
                assertThat(status.phase()).isEqualTo(RegistrationStatus.Phase.REGISTERED);
                assertThat(status.subscriptions()).as(instance.name()).containsExactly(uri);
            }
            stopInstancesAndDeleteSubscriptions();
            instances.clear();
        }
    }

    @Test
    void stoppingOneInstanceLeavesTheSharedSubscriptionToTheOthers() throws Exception {
        String publicUrl = createInstances("");
        startAllAtOnce();

        instances.get(1).close();

        assertThat(subscriptionsFor(publicUrl)).hasSize(1);
        book("Still Delivered", "still.delivered@example.com");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(count("instance-a")).isEqualTo(1));
    }

    @Test
    void withUnregisterOnStopStoppingOneInstanceDeletesTheSubscriptionTheOthersShare() throws Exception {
        // why the documentation says to leave unregisterOnStop off when several instances serve one URL
        String publicUrl = createInstances("&unregisterOnStop=true");
        startAllAtOnce();

        instances.get(1).close();

        assertThat(subscriptionsFor(publicUrl)).isEmpty();
        assertThat(instances.get(0).context().getRouteController().getRouteStatus("instance-a"))
                .isEqualTo(ServiceStatus.Started);
    }

    /**
     * Three instances, not started, registering the same public URL: the address of instance A, standing for the
     * load balancer in front of them.
     *
     * @return the public URL
     */
    private String createInstances(String extraOptions) throws Exception {
        List<Integer> ports = List.of(WebhookInstance.freePort(), WebhookInstance.freePort(),
                WebhookInstance.freePort());
        String publicUrl = WebhookInstance.url(ports.get(0));
        List<String> names = List.of("instance-a", "instance-b", "instance-c");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String uri = "calendly:webhook?events=invitee.created&signingKey=RAW(" + WebhookDeliverer.SIGNING_KEY
                    + ")&webhookExternalUrl=" + publicUrl + extraOptions;
            instances.add(WebhookInstance.create(name, ports.get(i), token, sandbox.baseUrl(), Map.of(), uri,
                    exchange -> received.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet()));
        }
        return publicUrl;
    }

    private void startAllAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (WebhookInstance instance : instances) {
                starts.add(pool.submit(() -> {
                    go.await();
                    instance.start();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> start : starts) {
                start.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static CalendlyWebhookConsumer consumer(WebhookInstance instance) {
        return (CalendlyWebhookConsumer) instance.context().getRoute(instance.name()).getConsumer();
    }

    private int count(String instance) {
        AtomicInteger count = received.get(instance);
        return count == null ? 0 : count.get();
    }

    private static void book(String name, String email) {
        sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, name, email));
    }

    private static List<JsonNode> subscriptionsFor(String url) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode subscription : listed()) {
            if (url.equals(subscription.path("callback_url").asText())) {
                found.add(subscription);
            }
        }
        return found;
    }

    private static List<JsonNode> listed() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        api("GET", sandbox.baseUrl() + "/webhook_subscriptions?organization=" + sandbox.seeded().organization()
                + "&scope=organization").path("collection").forEach(all::add);
        return all;
    }

    private static JsonNode api(String method, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
