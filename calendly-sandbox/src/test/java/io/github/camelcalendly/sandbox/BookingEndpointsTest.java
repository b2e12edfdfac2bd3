package io.github.camelcalendly.sandbox;

import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.assertInvalid;
import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.last;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

/** The Scheduling API's {@code POST /invitees}, with the sandbox clock at Monday 2026-11-23 12:00 UTC. */
class BookingEndpointsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private CalendlySandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() {
        startWith(SandboxOptions.defaults());
    }

    private void startWith(SandboxOptions options) {
        sandbox = CalendlySandbox.start(options.withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aBookingCreatesTheEventAndAnswersWithTheInvitee() {
        SandboxClient.Reply reply = client.post("/invitees", Json.text(request("2026-11-24T15:00:00Z")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode invitee = reply.resource();
        assertThat(invitee.path("email").asText()).isEqualTo("jane@example.com");
        assertThat(invitee.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(invitee.path("timezone").asText()).isEqualTo("Europe/Berlin");
        assertThat(invitee.path("status").asText()).isEqualTo("active");
        assertThat(invitee.path("scheduling_method").asText()).isEqualTo("instant_book");
        assertThat(invitee.path("tracking").path("utm_source").asText()).isEqualTo("newsletter");
        assertThat(invitee.path("tracking").path("utm_term").isNull()).isTrue();
        assertThat(invitee.path("text_reminder_number").asText()).isEqualTo("+15555550100");
        assertThat(invitee.path("questions_and_answers").get(0).path("answer").asText()).isEqualTo("Pricing");
        assertThat(invitee.path("uri").asText()).startsWith(invitee.path("event").asText() + "/invitees/");
        JsonNode event = client.get("/scheduled_events/" + last(invitee.path("event").asText())).resource();
        assertThat(event.path("start_time").asText()).isEqualTo("2026-11-24T15:00:00.000000Z");
        assertThat(event.path("event_guests").get(0).path("email").asText()).isEqualTo("guest@example.com");
        assertThat(event.path("invitees_counter").path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aBookingRaisesInviteeCreatedWithTheEventEmbedded() {
        JsonNode invitee = client.post("/invitees", Json.text(request("2026-11-24T15:00:00Z"))).resource();

        CalendlyEvent raised = sandbox.events().get(sandbox.events().size() - 1);
        assertThat(raised.name()).isEqualTo("invitee.created");
        assertThat(raised.createdBy()).isEqualTo(sandbox.seeded().owner());
        assertThat(raised.createdAt()).isEqualTo(NOW);
        assertThat(raised.audience().organization()).isEqualTo(sandbox.seeded().organization());
        assertThat(raised.audience().users()).containsExactly(sandbox.seeded().owner());
        assertThat(raised.payload().path("uri").asText()).isEqualTo(invitee.path("uri").asText());
        assertThat(raised.payload().path("scheduled_event").path("uri").asText())
                .isEqualTo(invitee.path("event").asText());
    }

    @Test
    void theSameRequestTwiceFailsOnTheTakenSlot() {
        String body = Json.text(request("2026-11-24T15:00:00Z"));
        assertThat(client.post("/invitees", body).status()).isEqualTo(201);

        assertInvalid(client.post("/invitees", body), "start_time");
    }

    @Test
    void aTimeOutsideTheAvailableSlotsIsRefused() {
        assertInvalid(client.post("/invitees", Json.text(request("2026-11-28T15:00:00Z"))), "start_time");
        assertInvalid(client.post("/invitees", Json.text(request("2026-11-24T15:10:00Z"))), "start_time");
        assertInvalid(client.post("/invitees", Json.text(request("2026-11-23T10:00:00Z"))), "start_time");
    }

    @Test
    void startTimeAndEventTypeAreRequired() {
        ObjectNode noStart = request("2026-11-24T15:00:00Z");
        noStart.remove("start_time");
        ObjectNode noType = request("2026-11-24T15:00:00Z");
        noType.remove("event_type");
        ObjectNode badStart = request("next tuesday");

        assertInvalid(client.post("/invitees", Json.text(noStart)), "start_time");
        assertInvalid(client.post("/invitees", Json.text(noType)), "event_type");
        assertInvalid(client.post("/invitees", Json.text(badStart)), "start_time");
    }

    @Test
    void anInactiveEventTypeCannotBeBooked() {
        ObjectNode body = request("2026-11-24T15:00:00Z");
        body.put("event_type", sandbox.seeded().eventType(SeededOrganization.LEGACY_CONSULT));

        assertInvalid(client.post("/invitees", Json.text(body)), "event_type");
    }

    @Test
    void theInviteeNeedsEmailTimezoneAndAName() {
        ObjectNode noEmail = request("2026-11-24T15:00:00Z");
        ((ObjectNode) noEmail.get("invitee")).remove("email");
        ObjectNode noName = request("2026-11-24T15:00:00Z");
        ((ObjectNode) noName.get("invitee")).remove("name");
        ObjectNode badZone = request("2026-11-24T15:00:00Z");
        ((ObjectNode) badZone.get("invitee")).put("timezone", "Mars/Olympus");
        ObjectNode noInvitee = request("2026-11-24T15:00:00Z");
        noInvitee.remove("invitee");

        assertInvalid(client.post("/invitees", Json.text(noEmail)), "invitee.email");
        assertInvalid(client.post("/invitees", Json.text(noName)), "invitee.name");
        assertInvalid(client.post("/invitees", Json.text(badZone)), "invitee.timezone");
        assertInvalid(client.post("/invitees", Json.text(noInvitee)), "invitee");
    }

    @Test
    void aFirstNameIsEnoughForAName() {
        ObjectNode body = request("2026-11-24T15:00:00Z");
        ObjectNode invitee = (ObjectNode) body.get("invitee");
        invitee.remove("name");
        invitee.put("first_name", "Jane");
        invitee.put("last_name", "Doe");

        SandboxClient.Reply reply = client.post("/invitees", Json.text(body));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.resource().path("name").asText()).isEqualTo("Jane Doe");
        assertThat(reply.resource().path("first_name").asText()).isEqualTo("Jane");
    }

    @Test
    void atMostTenGuests() {
        ObjectNode body = request("2026-11-24T15:00:00Z");
        for (int i = 0; i < 10; i++) {
            body.withArray("event_guests").add("extra" + i + "@example.com");
        }

        assertInvalid(client.post("/invitees", Json.text(body)), "event_guests");
    }

    @Test
    void theLocationMustBeOneTheEventTypeOffers() {
        ObjectNode body = request("2026-11-24T15:00:00Z");
        body.putObject("location").put("kind", "physical").put("location", "Somewhere");

        assertInvalid(client.post("/invitees", Json.text(body)), "location.kind");
    }

    @Test
    void aRoundRobinBookingMustNotNameALocation() {
        ObjectNode body = request("2026-11-24T10:00:00Z");
        body.put("event_type", sandbox.seeded().eventType(SeededOrganization.SUPPORT_ROTATION));

        assertInvalid(client.post("/invitees", Json.text(body)), "location");
        body.remove("location");
        assertThat(client.post("/invitees", Json.text(body)).status()).isEqualTo(201);
    }

    @Test
    void theFreePlanHasNoSchedulingApi() {
        sandbox.close();
        startWith(SandboxOptions.defaults().withPlan(SandboxOptions.Plan.FREE));
        int raised = sandbox.events().size();

        SandboxClient.Reply reply = client.post("/invitees", Json.text(request("2026-11-24T15:00:00Z")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
        assertThat(reply.json().path("message").asText()).contains("paid");
        assertThat(sandbox.events()).hasSize(raised);
    }

    @Test
    void bookingNeedsTheWriteScope() {
        SandboxClient.Reply reply = client.as(sandbox.issueToken("scheduled_events:read"))
                .post("/invitees", Json.text(request("2026-11-24T15:00:00Z")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("scheduled_events:write");
    }

    private ObjectNode request(String start) {
        ObjectNode body = Json.object();
        body.put("event_type", sandbox.seeded().eventType(SeededOrganization.INTRO_CALL));
        body.put("start_time", start);
        ObjectNode invitee = body.putObject("invitee");
        invitee.put("name", "Jane Doe");
        invitee.put("email", "jane@example.com");
        invitee.put("timezone", "Europe/Berlin");
        invitee.put("text_reminder_number", "+15555550100");
        body.putObject("location").put("kind", "zoom_conference");
        ObjectNode answer = body.putArray("questions_and_answers").addObject();
        answer.put("question", "What would you like to discuss?");
        answer.put("answer", "Pricing");
        answer.put("position", 0);
        body.putObject("tracking").put("utm_source", "newsletter");
        body.putArray("event_guests").add("guest@example.com");
        return body;
    }
}
