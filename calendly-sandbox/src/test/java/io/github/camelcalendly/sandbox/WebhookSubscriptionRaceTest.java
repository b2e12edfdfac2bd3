package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;

/**
 * Several processes creating the subscription for one URL at the same moment (instances of one route starting
 * together): as at Calendly, exactly one is created and every other create answers 409, so the look for an existing
 * hook and the insert are one step.
 */
class WebhookSubscriptionRaceTest {

    private static final int CLIENTS = 12;

    private CalendlySandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void simultaneousCreatesForOneUrlMakeExactlyOneSubscriptionAndTheOthersAre409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String url = "https://example.com/race-" + round;
            List<Integer> statuses = createAtOnce(url);

            assertThat(statuses).as("round " + round).containsOnly(201, 409);
            assertThat(statuses.stream().filter(status -> status == 201)).as("round " + round).hasSize(1);
            assertThat(subscriptionsFor(url)).as("round " + round).hasSize(1);
        }
    }

    private List<Integer> createAtOnce(String url) throws Exception {
        ObjectNode body = Json.object();
        body.put("url", url);
        body.putArray("events").add("invitee.created");
        body.put("organization", sandbox.seeded().organization());
        body.put("scope", "organization");
        String json = Json.text(body);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return client.post("/webhook_subscriptions", json).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<JsonNode> subscriptionsFor(String url) {
        List<JsonNode> found = new ArrayList<>();
        JsonNode listed = client.get("/webhook_subscriptions?organization=" + sandbox.seeded().organization()
                + "&scope=organization").json();
        for (JsonNode subscription : listed.path("collection")) {
            if (url.equals(subscription.path("callback_url").asText())) {
                found.add(subscription);
            }
        }
        return found;
    }
}
