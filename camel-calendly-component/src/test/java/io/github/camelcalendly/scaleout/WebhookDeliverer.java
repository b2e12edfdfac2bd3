package io.github.camelcalendly.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcalendly.sandbox.webhook.WebhookSigner;

/**
 * Delivers signed webhook bodies to instances of a route the way Calendly does: signed with the subscription's key
 * at the moment of sending, and sent again (here to the next instance, as a load balancer would) until an answer
 * is 2xx.
 */
final class WebhookDeliverer {

    static final String SIGNING_KEY = "scale-out-signing-key-5e6f";

    private static final int MAX_ATTEMPTS = 400;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(25);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<WebhookInstance> instances;

    WebhookDeliverer(List<WebhookInstance> instances) {
        this.instances = List.copyOf(instances);
    }

    /** An invitee.created delivery body for {@code inviteeUri}, as Calendly sends it. */
    static byte[] inviteeCreated(String inviteeUri) {
        return ("{\"event\":\"invitee.created\",\"created_at\":\"2026-03-01T10:00:00.000000Z\","
                + "\"created_by\":\"https://api.calendly.com/users/OWNER\",\"payload\":{\"uri\":\"" + inviteeUri
                + "\",\"email\":\"invitee@example.com\",\"event\":\"https://api.calendly.com/scheduled_events/EV\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One attempt: POSTs {@code body}, freshly signed, to instance {@code index}; the answer's status. */
    int deliver(byte[] body, int index) throws IOException, InterruptedException {
        return send(body, index, Duration.ofSeconds(60));
    }

    /** One attempt that gives up waiting for the answer after {@code timeout}, as Calendly does. */
    int send(byte[] body, int index, Duration timeout) throws IOException, InterruptedException {
        WebhookInstance instance = instances.get(index % instances.size());
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header(WebhookSigner.HEADER, WebhookSigner.header(SIGNING_KEY, Instant.now().getEpochSecond(),
                        body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Delivers until an answer is 2xx, starting with instance {@code first} and moving to the next one after each
     * other answer.
     *
     * @return the status of every attempt, the last one 2xx
     */
    List<Integer> deliverUntilAcknowledged(byte[] body, int first) throws IOException, InterruptedException {
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int status = deliver(body, first + attempt);
            statuses.add(status);
            if (status / 100 == 2) {
                return statuses;
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        throw new AssertionError("No instance acknowledged the delivery after " + MAX_ATTEMPTS + " attempts: "
                + statuses);
    }
}
