package io.github.camelcalendly.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.assertInvalid;
import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;

/**
 * Group-scoped webhook subscriptions: they must name a group of the organization, and an event reaches them when one
 * of the users it concerns belongs to the group. The clock stands at Monday 2026-11-23 12:00 UTC.
 */
class GroupWebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private CalendlySandbox sandbox;
    private SandboxClient owner;
    private WireMockServer receiver;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults()
                .withClock(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC)));
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/sales")).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.stop();
    }

    private String group(String name) {
        for (JsonNode group : owner.get("/groups?organization=" + enc(sandbox.seeded().organization()))
                .collection()) {
            if (name.equals(group.path("name").asText())) {
                return group.path("uri").asText();
            }
        }
        throw new AssertionError("no seeded group " + name);
    }

    private ObjectNode body(String group) {
        ObjectNode body = Json.object();
        body.put("url", "http://localhost:" + receiver.port() + "/sales");
        body.putArray("events").add("invitee.created");
        body.put("organization", sandbox.seeded().organization());
        body.put("scope", "group");
        body.put("group", group);
        return body;
    }

    private BookingResult bookFirstSlotOf(String slug) {
        String eventType = sandbox.seeded().eventType(slug);
        JsonNode slots = owner.get("/event_type_available_times?event_type=" + enc(eventType)
                + "&start_time=" + enc("2026-11-24T00:00:00Z") + "&end_time=" + enc("2026-11-25T00:00:00Z"))
                .collection();
        Instant start = Instant.parse(slots.get(0).path("start_time").asText());
        return sandbox.book(Booking.of(eventType, start, "Jane Doe", "jane.doe@example.com"));
    }

    @Test
    void aBookingWithAGroupsUserReachesTheGroupsSubscriptionSigned() throws Exception {
        SandboxClient.Reply created = owner.post("/webhook_subscriptions", Json.text(body(group("Sales"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.resource().path("group").asText()).isEqualTo(group("Sales"));

        bookFirstSlotOf(SeededOrganization.OFFICE_HOURS);
        BookingResult intro = bookFirstSlotOf(SeededOrganization.INTRO_CALL);

        List<WebhookDelivery> deliveries = sandbox.awaitDeliveries(1, WAIT);
        assertThat(sandbox.deliveries()).hasSize(1);
        WebhookDelivery delivery = deliveries.get(0);
        assertThat(delivery.subscription()).isEqualTo(created.resource().path("uri").asText());
        JsonNode payload = Json.parse(delivery.body()).path("payload");
        assertThat(payload.path("uri").asText()).isEqualTo(intro.inviteeUri());
        LoggedRequest received = receiver.findAll(postRequestedFor(urlEqualTo("/sales"))).get(0);
        assertThat(IndependentSignature.verifies(received.getHeader("Calendly-Webhook-Signature"), received.getBody(),
                sandbox.webhookSigningKey())).isTrue();
    }

    @Test
    void aGroupSubscriptionMustNameAWellFormedGroup() {
        SandboxClient.Reply reply = owner.post("/webhook_subscriptions", Json.text(body("sales")));

        assertInvalid(reply, "group");
    }

    @Test
    void aGroupSubscriptionNamingAnUnknownGroupIs404() {
        SandboxClient.Reply reply = owner.post("/webhook_subscriptions",
                Json.text(body(sandbox.baseUrl() + "/groups/NOSUCHGROUP00000")));

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void onlyAnOrganizationOrGroupAdminMaySubscribeToAGroup() {
        SandboxClient member = owner.as(sandbox.issueToken(sandbox.seeded().member(),
                List.of("webhooks:write", "scheduled_events:read")));

        SandboxClient.Reply support = member.post("/webhook_subscriptions", Json.text(body(group("Support"))));
        SandboxClient.Reply sales = member.post("/webhook_subscriptions", Json.text(body(group("Sales"))));

        assertThat(support.status()).as(support.toString()).isEqualTo(403);
        assertThat(sales.status()).as(sales.toString()).isEqualTo(201);
    }

    @Test
    void groupSubscriptionsAreListedByGroup() {
        owner.post("/webhook_subscriptions", Json.text(body(group("Sales"))));

        SandboxClient.Reply sales = owner.get("/webhook_subscriptions?organization="
                + enc(sandbox.seeded().organization()) + "&scope=group&group=" + enc(group("Sales")));
        SandboxClient.Reply support = owner.get("/webhook_subscriptions?organization="
                + enc(sandbox.seeded().organization()) + "&scope=group&group=" + enc(group("Support")));

        assertThat(sales.collection()).hasSize(1);
        assertThat(support.collection()).isEmpty();
    }

    @Test
    void sampleDataCanBeAskedForAGroupScope() {
        SandboxClient.Reply reply = owner.get("/sample_webhook_data?event=invitee.created&organization="
                + enc(sandbox.seeded().organization()) + "&scope=group&group=" + enc(group("Support")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("event").asText()).isEqualTo("invitee.created");
    }
}
