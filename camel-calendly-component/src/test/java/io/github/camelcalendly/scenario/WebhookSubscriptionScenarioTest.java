package io.github.camelcalendly.scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConflictException;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * Subscriptions made through the producer, and the signed deliveries the sandbox then sends to them.
 */
class WebhookSubscriptionScenarioTest extends SandboxScenarioSupport {

    private static final String SIGNING_KEY = "scenario-signing-key";

    private WireMockServer receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlPathEqualTo("/calendly/events")).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop();
    }

    private String callbackUrl() {
        return receiver.baseUrl() + "/calendly/events";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> subscribe(List<String> events) {
        Exchange out = call("calendly:webhookSubscriptions?op=create", Map.of(
                "url", callbackUrl(), "events", events, "organization", sandbox.seeded().organization(),
                "scope", "organization", "signing_key", SIGNING_KEY));
        if (out.getException() != null) {
            throw new AssertionError("subscribing failed", out.getException());
        }
        return out.getMessage().getBody(Map.class);
    }

    private void unsubscribe(Map<String, Object> subscription) {
        call("calendly:webhookSubscriptions?op=delete&confirmDestructive=true&uri=" + subscription.get("uri"), null);
    }

    @Test
    void aBookingIsDeliveredSignedToTheSubscribedUrl() throws Exception {
        Map<String, Object> subscription = subscribe(List.of("invitee.created"));
        try {
            String eventType = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
            bookThroughRoute(eventType, (String) availableTimes(eventType).get(0).get("start_time"), "Ida Lovelace",
                    "ida@example.com");

            await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.findAll(
                    com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/calendly/events")))
                    .isEmpty());
            LoggedRequest delivery = receiver.getAllServeEvents().get(0).getRequest();
            String signature = delivery.getHeader("Calendly-Webhook-Signature");
            String t = signature.substring(2, signature.indexOf(','));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            String expected = HexFormat.of().formatHex(mac.doFinal(delivery.getBody()));
            assertThat(signature).isEqualTo("t=" + t + ",v1=" + expected);
            assertThat(delivery.getBodyAsString()).contains("\"event\":\"invitee.created\"", "ida@example.com");
        } finally {
            unsubscribe(subscription);
        }
    }

    @Test
    void subscribingTheSameUrlTwiceIsAConflict() {
        Map<String, Object> subscription = subscribe(List.of("invitee.created"));
        try {
            Exchange again = call("calendly:webhookSubscriptions?op=create", Map.of(
                    "url", callbackUrl(), "events", List.of("invitee.canceled"),
                    "organization", sandbox.seeded().organization(), "scope", "organization"));

            assertThat(again.getException()).isInstanceOf(CalendlyConflictException.class);
        } finally {
            unsubscribe(subscription);
        }
    }

    @Test
    void aSubscriptionIsListedUntilItIsDeleted() {
        Map<String, Object> subscription = subscribe(List.of("invitee.canceled"));
        String list = "calendly:webhookSubscriptions?op=list&scope=organization";

        assertThat(call(list, null).getMessage().getBody(List.class))
                .extracting(item -> ((Map<?, ?>) item).get("uri")).contains(subscription.get("uri"));
        unsubscribe(subscription);
        assertThat(call(list, null).getMessage().getBody(List.class))
                .extracting(item -> ((Map<?, ?>) item).get("uri")).doesNotContain(subscription.get("uri"));
    }
}
