package io.github.camelcalendly.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * Each thing that happens in the sandbox (a booking, a cancellation by either side, a reschedule, a no-show marked
 * and removed, an event type created, changed and deleted) reaches a subscribed receiver as Calendly's signed
 * delivery, end to end over HTTP.
 */
class WebhookEventFamiliesTest {

    private static final List<String> ALL_FAMILIES = List.of("invitee.created", "invitee.canceled",
            "invitee_no_show.created", "invitee_no_show.deleted", "event_type.created", "event_type.updated",
            "event_type.deleted");

    private static CalendlySandbox sandbox;
    private static WireMockServer receiver;
    private static SandboxClient client;

    @BeforeAll
    static void subscribe() {
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
        receiver.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        SandboxClient.Reply created = client.post("/webhook_subscriptions", """
                {"url": "%s/calendly", "events": %s, "organization": "%s", "scope": "organization"}"""
                .formatted(receiver.baseUrl(), Json.text(Json.mapper().valueToTree(ALL_FAMILIES)),
                        sandbox.seeded().organization()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        receiver.stop();
    }

    /** Waits for the receiver to get a delivery of {@code event} whose payload matches, and checks its signature. */
    private static JsonNode received(String event, Predicate<JsonNode> payload) {
        LoggedRequest[] found = new LoggedRequest[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (LoggedRequest request : receiver.findAll(
                    com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(anyUrl()))) {
                JsonNode body = Json.parse(request.getBody());
                if (body.path("event").asText().equals(event) && payload.test(body.path("payload"))) {
                    found[0] = request;
                    return true;
                }
            }
            return false;
        });
        assertSignedWithTheSandboxKey(found[0]);
        return Json.parse(found[0].getBody());
    }

    private static void assertSignedWithTheSandboxKey(LoggedRequest request) {
        String header = request.getHeader("Calendly-Webhook-Signature");
        String t = header.substring(2, header.indexOf(','));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sandbox.webhookSigningKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            assertThat(header).isEqualTo("t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal(request.getBody())));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static Predicate<JsonNode> uri(String expected) {
        return payload -> expected.equals(payload.path("uri").asText());
    }

    private static BookingResult book(String name, String email) {
        return sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, name, email));
    }

    @Test
    void aBookingDeliversInviteeCreatedWithTheScheduledEvent() {
        BookingResult booking = book("Ada Yonath", "yonath@example.com");

        JsonNode delivery = received("invitee.created", uri(booking.inviteeUri()));

        assertThat(delivery.path("payload").path("email").asText()).isEqualTo("yonath@example.com");
        assertThat(delivery.path("payload").path("scheduled_event").path("uri").asText())
                .isEqualTo(booking.eventUri());
        assertThat(delivery.path("created_by").asText()).isEqualTo(sandbox.seeded().owner());
    }

    @Test
    void anInviteeCancellationDeliversInviteeCanceled() {
        BookingResult booking = book("Rosalind Franklin", "franklin@example.com");

        sandbox.cancel(booking.inviteeUri(), "Lab day");

        JsonNode payload = received("invitee.canceled", uri(booking.inviteeUri())).path("payload");
        assertThat(payload.path("status").asText()).isEqualTo("canceled");
        assertThat(payload.path("cancellation").path("canceler_type").asText()).isEqualTo("invitee");
        assertThat(payload.path("cancellation").path("reason").asText()).isEqualTo("Lab day");
    }

    @Test
    void aHostCancellationThroughTheApiDeliversInviteeCanceled() {
        BookingResult booking = book("Lise Meitner", "meitner@example.com");

        client.post("/scheduled_events/" + booking.eventUri().substring(booking.eventUri().lastIndexOf('/') + 1)
                + "/cancellation", "{\"reason\": \"Host unavailable\"}");

        JsonNode payload = received("invitee.canceled", uri(booking.inviteeUri())).path("payload");
        assertThat(payload.path("cancellation").path("canceler_type").asText()).isEqualTo("host");
    }

    @Test
    void aRescheduleDeliversTheCancellationAndTheNewBookingLinkedToEachOther() {
        BookingResult booking = book("Chien-Shiung Wu", "wu@example.com");
        String laterSlot = client.get("/event_type_available_times?event_type="
                + sandbox.seeded().eventType(SeededOrganization.INTRO_CALL) + "&start_time="
                + Instant.now().plus(Duration.ofDays(3)) + "&end_time=" + Instant.now().plus(Duration.ofDays(10)))
                .collection().get(0).path("start_time").asText();

        BookingResult moved = sandbox.reschedule(booking.inviteeUri(), Instant.parse(laterSlot));

        JsonNode canceled = received("invitee.canceled", uri(booking.inviteeUri())).path("payload");
        JsonNode created = received("invitee.created", uri(moved.inviteeUri())).path("payload");
        assertThat(canceled.path("rescheduled").asBoolean()).isTrue();
        assertThat(canceled.path("new_invitee").asText()).isEqualTo(moved.inviteeUri());
        assertThat(created.path("old_invitee").asText()).isEqualTo(booking.inviteeUri());
        assertThat(created.path("scheduled_event").path("start_time").asText()).isEqualTo(laterSlot);
    }

    /** A no-show event's payload is the invitee, with {@code no_show} set or cleared. */
    @Test
    void markingAndUnmarkingANoShowDeliversBothEvents() {
        BookingResult booking = book("Katherine Johnson", "johnson@example.com");

        JsonNode noShow = client.post("/invitee_no_shows", "{\"invitee\": \"" + booking.inviteeUri() + "\"}")
                .resource();
        String noShowUri = noShow.path("uri").asText();
        client.delete("/invitee_no_shows/" + noShowUri.substring(noShowUri.lastIndexOf('/') + 1));

        JsonNode marked = received("invitee_no_show.created", uri(booking.inviteeUri())).path("payload");
        JsonNode unmarked = received("invitee_no_show.deleted", uri(booking.inviteeUri())).path("payload");
        assertThat(marked.path("no_show").path("uri").asText()).isEqualTo(noShowUri);
        assertThat(unmarked.path("no_show").isNull()).isTrue();
    }

    @Test
    void creatingChangingAndDeletingAnEventTypeDeliversEachChange() {
        JsonNode eventType = client.post("/event_types", """
                {"name": "Webhook Check", "owner": "%s", "duration": 30}""".formatted(sandbox.seeded().owner()))
                .resource();
        String eventTypeUri = eventType.path("uri").asText();
        client.patch("/event_types/" + eventTypeUri.substring(eventTypeUri.lastIndexOf('/') + 1),
                "{\"name\": \"Webhook Check, renamed\"}");
        sandbox.deleteEventType(eventTypeUri);

        assertThat(received("event_type.created", uri(eventTypeUri)).path("payload").path("name").asText())
                .isEqualTo("Webhook Check");
        assertThat(received("event_type.updated", uri(eventTypeUri)).path("payload").path("name").asText())
                .isEqualTo("Webhook Check, renamed");
        assertThat(received("event_type.deleted", uri(eventTypeUri)).path("payload").path("deleted_at").isNull())
                .isFalse();
    }
}
