package io.github.camelcalendly.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.sandbox.SandboxClient.Reply;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;

/**
 * {@code contact.created}, {@code contact.updated} and {@code contact.deleted} reach organization and user
 * subscriptions, signed, with Calendly's payloads; on the Free plan too.
 */
class ContactWebhooksTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CONTACT = """
            {"name": "Ada Prospect", "emails": [{"email": "ada@acme.example"}], "company": "Acme"}""";

    private WireMockServer receiver;
    private CalendlySandbox sandbox;

    @BeforeEach
    void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        receiver.stop();
    }

    private SandboxClient start(SandboxOptions.Plan plan) {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withPlan(plan));
        return new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    private void subscribe(SandboxClient client, String path, String scope, String user) {
        String userField = user == null ? "" : ", \"user\": \"" + user + "\"";
        Reply reply = client.post("/webhook_subscriptions", """
                {"url": "%s/hooks/%s", "events": ["contact.created", "contact.updated", "contact.deleted"],
                 "organization": "%s", "scope": "%s"%s}""".formatted(receiver.baseUrl(), path,
                sandbox.seeded().organization(), scope, userField));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    @Test
    void contactChangesAreDeliveredSignedToOrganizationAndUserSubscriptions() throws Exception {
        SandboxClient client = start(SandboxOptions.Plan.STANDARD);
        subscribe(client, "org", "organization", null);
        subscribe(client, "owner", "user", sandbox.seeded().owner());
        subscribe(client, "member", "user", sandbox.seeded().member());

        JsonNode contact = client.post("/contacts", CONTACT).resource();
        String uuid = contact.path("uri").asText().substring(contact.path("uri").asText().lastIndexOf('/') + 1);
        client.patch("/contacts/" + uuid, "{\"job_title\": \"CTO\"}");
        client.delete("/contacts/" + uuid);

        List<WebhookDelivery> deliveries = sandbox.awaitDeliveries(6, WAIT);
        assertThat(deliveries).extracting(WebhookDelivery::callbackUrl).allMatch(url -> !url.endsWith("/member"));
        for (WebhookDelivery delivery : deliveries) {
            assertThat(IndependentSignature.verifies(delivery.signature(), delivery.body(), sandbox.webhookSigningKey())).isTrue();
        }
        JsonNode created = bodyOf(deliveries, "contact.created");
        assertThat(created.path("created_by").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(created.path("payload").path("user_uuid").asText())
                .isEqualTo(sandbox.seeded().owner().substring(sandbox.seeded().owner().lastIndexOf('/') + 1));
        assertThat(created.path("payload").path("contact").path("uri")).isEqualTo(contact.path("uri"));
        assertThat(created.path("payload").path("contact").path("creation_source").asText()).isEqualTo("api");
        assertThat(bodyOf(deliveries, "contact.updated").path("payload").path("contact").path("job_title").asText())
                .isEqualTo("CTO");
        JsonNode tombstone = bodyOf(deliveries, "contact.deleted").path("payload").path("contact");
        assertThat(tombstone.path("uri")).isEqualTo(contact.path("uri"));
        assertThat(tombstone.has("deleted_at")).isTrue();
        assertThat(tombstone.has("name")).isFalse();
        assertThat(receiver.getAllServeEvents()).hasSize(6);
    }

    @Test
    void theFreePlanStillGetsContactDeliveries() {
        SandboxClient client = start(SandboxOptions.Plan.FREE);
        subscribe(client, "org", "organization", null);

        client.post("/contacts", CONTACT);

        WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
        assertThat(delivery.event()).isEqualTo("contact.created");
        assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
    }

    private static JsonNode bodyOf(List<WebhookDelivery> deliveries, String event) {
        return deliveries.stream().filter(d -> event.equals(d.event())).findFirst()
                .map(d -> Json.parse(d.body())).orElseThrow(() -> new AssertionError("no " + event + " delivered"));
    }
}
