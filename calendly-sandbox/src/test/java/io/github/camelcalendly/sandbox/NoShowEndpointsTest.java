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

import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

/** Marking invitees as no-shows and taking the mark back. */
class NoShowEndpointsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private CalendlySandbox sandbox;
    private SandboxClient client;
    private BookingResult booked;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        booked = sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL),
                Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe", "jane@example.com"));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void markingANoShowRecordsItOnTheInviteeAndRaisesAnEvent() {
        SandboxClient.Reply reply = client.post("/invitee_no_shows", "{\"invitee\":\"" + booked.inviteeUri() + "\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode noShow = reply.resource();
        assertThat(noShow.path("invitee").asText()).isEqualTo(booked.inviteeUri());
        assertThat(noShow.path("uri").asText()).startsWith(sandbox.baseUrl() + "/invitee_no_shows/");
        assertThat(noShow.path("created_at").asText()).isEqualTo("2026-11-23T12:00:00.000000Z");
        JsonNode invitee = client.get(inviteePath()).resource();
        assertThat(invitee.path("no_show").path("uri").asText()).isEqualTo(noShow.path("uri").asText());
        CalendlyEvent raised = sandbox.events().get(sandbox.events().size() - 1);
        assertThat(raised.name()).isEqualTo("invitee_no_show.created");
        assertThat(raised.payload().path("no_show").path("uri").asText()).isEqualTo(noShow.path("uri").asText());
        assertThat(raised.payload().path("scheduled_event").path("uri").asText()).isEqualTo(booked.eventUri());
    }

    @Test
    void aNoShowIsReadByItsUuid() {
        String uri = client.post("/invitee_no_shows", "{\"invitee\":\"" + booked.inviteeUri() + "\"}")
                .resource().path("uri").asText();

        SandboxClient.Reply reply = client.get("/invitee_no_shows/" + last(uri));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("invitee").asText()).isEqualTo(booked.inviteeUri());
        assertThat(client.get("/invitee_no_shows/NOSUCHNOSHOW0000").status()).isEqualTo(404);
    }

    @Test
    void deletingANoShowClearsTheMarkAndRaisesAnEvent() {
        String uri = client.post("/invitee_no_shows", "{\"invitee\":\"" + booked.inviteeUri() + "\"}")
                .resource().path("uri").asText();

        SandboxClient.Reply reply = client.delete("/invitee_no_shows/" + last(uri));

        assertThat(reply.status()).isEqualTo(204);
        assertThat(client.get(inviteePath()).resource().path("no_show").isNull()).isTrue();
        assertThat(client.get("/invitee_no_shows/" + last(uri)).status()).isEqualTo(404);
        CalendlyEvent raised = sandbox.events().get(sandbox.events().size() - 1);
        assertThat(raised.name()).isEqualTo("invitee_no_show.deleted");
        assertThat(raised.payload().path("uri").asText()).isEqualTo(booked.inviteeUri());
        assertThat(client.delete("/invitee_no_shows/" + last(uri)).status()).isEqualTo(404);
    }

    @Test
    void anInviteeIsMarkedOnlyOnce() {
        String body = "{\"invitee\":\"" + booked.inviteeUri() + "\"}";
        client.post("/invitee_no_shows", body);

        assertInvalid(client.post("/invitee_no_shows", body), "invitee");
    }

    @Test
    void theInviteeMustBeGivenAndKnown() {
        assertInvalid(client.post("/invitee_no_shows", "{}"), "invitee");
        assertInvalid(client.post("/invitee_no_shows", "{\"invitee\":\"" + booked.eventUri()
                + "/invitees/NOSUCHINVITEE000\"}"), "invitee");
        assertInvalid(client.post("/invitee_no_shows", "{\"invitee\":42}"), "invitee");
    }

    @Test
    void markingNeedsTheWriteScope() {
        SandboxClient.Reply reply = client.as(sandbox.issueToken("scheduled_events:read"))
                .post("/invitee_no_shows", "{\"invitee\":\"" + booked.inviteeUri() + "\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(client.get(inviteePath()).resource().path("no_show").isNull()).isTrue();
    }

    private String inviteePath() {
        return booked.inviteeUri().substring(sandbox.baseUrl().length());
    }
}
