package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.SandboxOptions.Plan;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

class OutgoingCommunicationsEndpointsTest {

    private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

    private SandboxClock clock;
    private CalendlySandbox sandbox;
    private SandboxClient owner;
    private String org;
    private String intro;

    @BeforeEach
    void start() {
        clock = SandboxClock.frozenAt(START);
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withPlan(Plan.ENTERPRISE).withClock(clock));
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        org = sandbox.seeded().organization();
        intro = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxClient.Reply sent(String query) {
        return owner.get("/outgoing_communications?organization=" + enc(org) + query);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> subjects(SandboxClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> subjects = new ArrayList<>();
        reply.collection().forEach(message -> subjects.add(message.path("subject").asText()));
        return subjects;
    }

    @Test
    void aBookingSendsAConfirmationToTheInviteeAndANotificationToTheHost() {
        BookingResult booking = sandbox.book(Booking.of(intro, null, "Mary Somerville", "mary@example.com"));

        SandboxClient.Reply reply = sent("&count=10");

        assertThat(reply.collection()).hasSize(2);
        // newest first: the host's notification was sent right after the invitee's confirmation
        JsonNode toInvitee = reply.collection().get(1);
        assertThat(toInvitee.path("type").asText()).isEqualTo("email");
        assertThat(toInvitee.path("to").asText()).isEqualTo("mary@example.com");
        assertThat(toInvitee.path("from").asText()).isEqualTo("notifications@calendly.com");
        assertThat(toInvitee.path("subject").asText()).startsWith("Confirmed: Intro Call with Ada Lovelace on ");
        assertThat(toInvitee.path("sender_uri").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(toInvitee.path("sender_email").asText()).isEqualTo("ada@example.com");
        assertThat(toInvitee.path("event_uri").asText()).isEqualTo(booking.eventUri());
        assertThat(toInvitee.path("event_type_uri").asText()).isEqualTo(intro);
        assertThat(toInvitee.path("scheduling_url").asText())
                .isEqualTo(owner.get("/event_types/" + intro.substring(intro.lastIndexOf('/') + 1)).resource()
                        .path("scheduling_url").asText());
        assertThat(toInvitee.path("created_at").asText()).isEqualTo("2026-03-02T12:00:00.000000Z");
        assertThat(toInvitee.path("sent_at").asText()).isEqualTo("2026-03-02T12:00:00.000000Z");
        JsonNode toHost = reply.collection().get(0);
        assertThat(toHost.path("to").asText()).isEqualTo("ada@example.com");
        assertThat(toHost.path("subject").asText()).startsWith("New Event: Mary Somerville - ");
    }

    @Test
    void aCancellationSendsCancellationsToBoth() {
        BookingResult booking = sandbox.book(Booking.of(intro, null, "Mary Somerville", "mary@example.com"));
        clock.advance(Duration.ofMinutes(10));
        sandbox.cancel(booking.inviteeUri(), "Travelling");

        SandboxClient.Reply reply = sent("");

        assertThat(subjects(reply)).hasSize(4);
        assertThat(subjects(reply).subList(0, 2)).allMatch(subject -> subject.startsWith("Canceled: "));
        assertThat(reply.collection().get(0).path("to").asText()).isEqualTo("ada@example.com");
        assertThat(reply.collection().get(1).path("to").asText()).isEqualTo("mary@example.com");
    }

    @Test
    void aRescheduleSendsUpdatesAndNoCancellations() {
        BookingResult booking = sandbox.book(Booking.of(intro, null, "Mary Somerville", "mary@example.com"));
        clock.advance(Duration.ofMinutes(10));
        Instant later = Instant.parse(booking.event().path("start_time").asText()).plus(Duration.ofDays(1));
        sandbox.reschedule(booking.inviteeUri(), later);

        List<String> subjects = subjects(sent(""));

        assertThat(subjects).hasSize(4);
        assertThat(subjects.subList(0, 2)).allMatch(subject -> subject.startsWith("Updated: "));
        assertThat(subjects).noneMatch(subject -> subject.startsWith("Canceled: "));
    }

    @Test
    void theCreatedAtBoundsIncludeTheMinimumAndExcludeTheMaximum() {
        sandbox.book(Booking.of(intro, null, "First Invitee", "first@example.com"));
        clock.advance(Duration.ofHours(1));
        sandbox.book(Booking.of(intro, null, "Second Invitee", "second@example.com"));
        clock.advance(Duration.ofHours(1));
        sandbox.book(Booking.of(intro, null, "Third Invitee", "third@example.com"));

        SandboxClient.Reply reply = sent("&min_created_at=2026-03-02T13:00:00Z&max_created_at=2026-03-02T14:00:00Z");

        assertThat(reply.collection()).hasSize(2);
        assertThat(reply.collection().get(1).path("to").asText()).isEqualTo("second@example.com");
        assertThat(sent("&max_created_at=2026-03-02T13:00:00Z").collection()).hasSize(2);
    }

    @Test
    void aMalformedCreatedAtIs400NamingIt() {
        SandboxClient.Reply reply = sent("&min_created_at=last-week");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("min_created_at");
    }

    @Test
    void pagesWalkWithCountNewestFirst() {
        for (String name : List.of("first", "second")) {
            sandbox.book(Booking.of(intro, null, name + " invitee", name + "@example.com"));
            clock.advance(Duration.ofMinutes(1));
        }
        List<String> recipients = new ArrayList<>();
        String next = "/outgoing_communications?organization=" + enc(org) + "&count=3";
        int pages = 0;
        while (next != null) {
            SandboxClient.Reply page = owner.get(next);
            assertThat(page.status()).isEqualTo(200);
            page.collection().forEach(message -> recipients.add(message.path("to").asText()));
            next = page.json().path("pagination").path("next_page").asText(null);
            pages++;
        }

        assertThat(pages).isEqualTo(2);
        assertThat(recipients).containsExactly("ada@example.com", "second@example.com", "ada@example.com",
                "first@example.com");
    }

    @Test
    void aCountOver100Is400() {
        SandboxClient.Reply reply = sent("&count=101");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("count");
    }
}
