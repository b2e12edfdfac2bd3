package io.github.camelcalendly.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.EventAudience;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;

class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private CalendlySandbox sandbox;
    private SandboxClient client;
    private WireMockServer receiver;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults()
                .withDeliveryRetries(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(500)));
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.stop();
    }

    @Test
    void deliversTheRecordedBodyBytesSignedWithTheSandboxKey() throws Exception {
        String subscription = subscribe("/hook", "organization", null, null);

        publishBooking(sandbox.seeded().owner());

        WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
        LoggedRequest received = receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
        assertThat(received.getBody()).isEqualTo(delivery.body());
        assertThat(received.getHeader("Content-Type")).startsWith("application/json");
        assertThat(received.getHeader("User-Agent")).contains("Sandbox");
        String signature = received.getHeader("Calendly-Webhook-Signature");
        assertThat(signature).isEqualTo(delivery.signature());
        assertThat(IndependentSignature.verifies(signature, received.getBody(), sandbox.webhookSigningKey())).isTrue();
        assertThat(delivery.subscription()).isEqualTo(subscription);
        assertThat(delivery.event()).isEqualTo("invitee.created");
        assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
        assertThat(delivery.attempts()).singleElement().satisfies(attempt -> assertThat(attempt.status()).isEqualTo(200));
        ObjectNode body = (ObjectNode) Json.parse(delivery.body());
        assertThat(body.path("event").asText()).isEqualTo("invitee.created");
        assertThat(body.path("created_by").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(body.path("created_at").asText()).isEqualTo("2026-11-20T15:04:12.000000Z");
        assertThat(body.path("payload").path("email").asText()).isEqualTo("jane.doe@example.com");
    }

    @Test
    void signsWithTheSubscriptionsOwnSigningKeyWhenOneWasGiven() throws Exception {
        subscribe("/hook", "organization", null, "my-own-key-42");

        publishBooking(sandbox.seeded().owner());

        WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
        assertThat(IndependentSignature.verifies(delivery.signature(), delivery.body(), "my-own-key-42")).isTrue();
        assertThat(IndependentSignature.verifies(delivery.signature(), delivery.body(), sandbox.webhookSigningKey())).isFalse();
    }

    @Test
    void aUserScopedSubscriptionOfAnotherUserGetsNothing() {
        receiver.stubFor(post(urlEqualTo("/member")).willReturn(aResponse().withStatus(200)));
        receiver.stubFor(post(urlEqualTo("/owner")).willReturn(aResponse().withStatus(200)));
        String memberHook = subscribe("/member", "user", sandbox.seeded().member(), null);
        String ownerHook = subscribe("/owner", "user", sandbox.seeded().owner(), null);

        publishBooking(sandbox.seeded().owner());

        List<WebhookDelivery> deliveries = sandbox.awaitDeliveries(1, WAIT);
        assertThat(deliveries).extracting(WebhookDelivery::subscription).containsExactly(ownerHook)
                .doesNotContain(memberHook);
        assertThat(sandbox.deliveries()).hasSize(1);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/member")))).isEmpty();
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameBodyUntilItSucceeds() throws Exception {
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(204)));
        String subscription = subscribe("/flaky", "organization", null, null);

        publishBooking(sandbox.seeded().owner());

        await().atMost(WAIT).until(() -> sandbox.deliveries().get(0).outcome() == WebhookDelivery.Outcome.DELIVERED);
        WebhookDelivery delivery = sandbox.deliveries().get(0);
        assertThat(delivery.attempts()).extracting(attempt -> attempt.status()).containsExactly(500, 204);
        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo("/flaky")));
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getBody()).isEqualTo(received.get(0).getBody()).isEqualTo(delivery.body());
        // each attempt is signed afresh with its own time, so both verify against the same body
        for (LoggedRequest request : received) {
            assertThat(IndependentSignature.verifies(request.getHeader("Calendly-Webhook-Signature"), request.getBody(),
                    sandbox.webhookSigningKey())).isTrue();
        }
        assertThat(client.get("/webhook_subscriptions/" + uuid(subscription)).resource().path("retry_started_at")
                .isNull()).isTrue();
    }

    @Test
    void aReceiverThatKeepsFailingGetsItsSubscriptionDisabledAfterTheRetryWindow() {
        receiver.stubFor(post(urlEqualTo("/broken")).willReturn(aResponse().withStatus(503)));
        String subscription = subscribe("/broken", "organization", null, null);

        publishBooking(sandbox.seeded().owner());

        await().atMost(WAIT).until(() -> sandbox.deliveries().get(0).outcome() == WebhookDelivery.Outcome.FAILED);
        SandboxClient.Reply reply = client.get("/webhook_subscriptions/" + uuid(subscription));
        assertThat(reply.resource().path("state").asText()).isEqualTo("disabled");
        assertThat(reply.resource().path("retry_started_at").isTextual()).isTrue();
        assertThat(sandbox.deliveries().get(0).attempts()).hasSizeGreaterThan(2)
                .allSatisfy(attempt -> assertThat(attempt.status()).isEqualTo(503));

        publishBooking(sandbox.seeded().owner());

        assertThat(sandbox.deliveries()).hasSize(1);
    }

    @Test
    void anUnreachableReceiverCountsAsAFailureWithTheErrorRecorded() {
        String subscription = subscribe("/hook", "organization", null, null);
        receiver.stop();

        publishBooking(sandbox.seeded().owner());

        WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
        assertThat(delivery.attempts().get(0).status()).isNull();
        assertThat(delivery.attempts().get(0).error()).isNotBlank();
        await().atMost(WAIT).until(() -> client.get("/webhook_subscriptions/" + uuid(subscription)).resource()
                .path("state").asText().equals("disabled"));
    }

    @Test
    void aDeletedSubscriptionReceivesNothing() {
        receiver.stubFor(post(urlEqualTo("/gone")).willReturn(aResponse().withStatus(200)));
        String deleted = subscribe("/gone", "organization", null, null);
        String kept = subscribe("/hook", "user", sandbox.seeded().owner(), null);
        assertThat(client.delete("/webhook_subscriptions/" + uuid(deleted)).status()).isEqualTo(204);

        publishBooking(sandbox.seeded().owner());

        assertThat(sandbox.awaitDeliveries(1, WAIT)).extracting(WebhookDelivery::subscription).containsExactly(kept);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/gone")))).isEmpty();
    }

    @Test
    void aSubscriptionDeletedWhileRetryingGetsNoFurtherAttempts() {
        receiver.stubFor(post(urlEqualTo("/broken")).willReturn(aResponse().withStatus(500)));
        String subscription = subscribe("/broken", "organization", null, null);
        publishBooking(sandbox.seeded().owner());
        sandbox.awaitDeliveries(1, WAIT);

        assertThat(client.delete("/webhook_subscriptions/" + uuid(subscription)).status()).isEqualTo(204);

        await().atMost(WAIT).until(() -> sandbox.deliveries().get(0).outcome() == WebhookDelivery.Outcome.FAILED);
        int attempts = sandbox.deliveries().get(0).attempts().size();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/broken")))).hasSize(attempts);
    }

    @Test
    void awaitingMoreDeliveriesThanArriveSaysHowManyDid() {
        subscribe("/hook", "organization", null, null);
        publishBooking(sandbox.seeded().owner());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sandbox.awaitDeliveries(2, Duration.ofMillis(300)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("but 1 arrived");
    }

    private String subscribe(String path, String scope, String user, String signingKey) {
        ObjectNode body = Json.object();
        body.put("url", "http://localhost:" + receiver.port() + path);
        body.putArray("events").add("invitee.created").add("invitee.canceled");
        body.put("organization", sandbox.seeded().organization());
        body.put("scope", scope);
        if (user != null) {
            body.put("user", user);
        }
        if (signingKey != null) {
            body.put("signing_key", signingKey);
        }
        SandboxClient.Reply reply = client.post("/webhook_subscriptions", Json.text(body));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.resource().path("uri").asText();
    }

    /** Raises an invitee.created for a booking with {@code host}, as the bookings module will. */
    private void publishBooking(String host) {
        String event = sandbox.baseUrl() + "/scheduled_events/BOOKEDEVENT00001";
        ObjectNode payload = Json.object();
        payload.put("uri", event + "/invitees/BOOKEDINVITEE001");
        payload.put("email", "jane.doe@example.com");
        payload.put("name", "Jane Doe");
        payload.put("status", "active");
        payload.put("event", event);
        payload.putObject("scheduled_event").put("uri", event).putArray("event_memberships").addObject()
                .put("user", host);
        sandbox.context().events().publish(new CalendlyEvent("invitee.created",
                Instant.parse("2026-11-20T15:04:12Z"), host, payload,
                EventAudience.of(sandbox.seeded().organization(), host)));
    }

    private static String uuid(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
