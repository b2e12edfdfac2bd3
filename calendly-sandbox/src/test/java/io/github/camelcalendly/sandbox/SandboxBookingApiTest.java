package io.github.camelcalendly.sandbox;

import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

/** Booking, canceling and rescheduling through the sandbox's Java API, as an invitee would on a booking page. */
class SandboxBookingApiTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private CalendlySandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aFreshSandboxHasPastAndUpcomingBookingsButNoEventsRaised() {
        JsonNode events = client.get("/scheduled_events?organization=" + enc(sandbox.seeded().organization())
                + "&count=100").collection();

        assertThat(events).hasSize(5);
        long past = 0;
        for (JsonNode event : events) {
            past += Instant.parse(event.path("start_time").asText()).isBefore(NOW) ? 1 : 0;
        }
        assertThat(past).isEqualTo(2);
        assertThat(sandbox.events()).isEmpty();
    }

    @Test
    void bookingATimeCreatesTheEventAndInviteeAndRaisesInviteeCreated() {
        Booking booking = Booking.of(intro(), Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe", "jane@example.com")
                .withTimezone("Europe/Berlin").withGuests(List.of("guest@example.com"))
                .withAnswers(Map.of("What would you like to discuss?", "Pricing"))
                .withTextReminderNumber("+15555550100");

        BookingResult result = sandbox.book(booking);

        assertThat(result.event().path("start_time").asText()).isEqualTo("2026-11-24T15:00:00.000000Z");
        assertThat(result.invitee().path("timezone").asText()).isEqualTo("Europe/Berlin");
        assertThat(result.invitee().path("scheduling_method").isNull()).isTrue();
        assertThat(result.event().path("event_guests").get(0).path("email").asText()).isEqualTo("guest@example.com");
        assertThat(client.get(path(result.inviteeUri())).resource()).isEqualTo(result.invitee());
        assertThat(sandbox.events()).extracting(CalendlyEvent::name).containsExactly("invitee.created");
        CalendlyEvent created = sandbox.events().get(0);
        assertThat(created.payload().path("questions_and_answers").get(0).path("answer").asText())
                .isEqualTo("Pricing");
        ObjectNode embedded = result.event().deepCopy();
        embedded.remove("calendar_event");
        assertThat(created.payload().path("scheduled_event")).as("the event, less calendar_event, as payloads embed it")
                .isEqualTo(embedded);
    }

    @Test
    void bookingWithoutATimeTakesTheNextAvailableSlot() {
        BookingResult result = sandbox.book(Booking.of(intro(), null, "Jane Doe", "jane@example.com"));

        assertThat(result.event().path("start_time").asText()).isEqualTo("2026-11-23T14:00:00.000000Z");
    }

    @Test
    void bookingATakenOrInvalidTimeIsRefusedAndChangesNothing() {
        Instant start = Instant.parse("2026-11-24T15:00:00Z");
        sandbox.book(Booking.of(intro(), start, "Jane Doe", "jane@example.com"));

        assertThatThrownBy(() -> sandbox.book(Booking.of(intro(), start, "John Roe", "john@example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start_time");
        assertThatThrownBy(() -> sandbox.book(Booking.of(intro(), start.plusSeconds(3600), "John", "not-an-email")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invitee.email");
        assertThat(sandbox.events()).hasSize(1);
    }

    @Test
    void theInviteeCancelsAOneOnOneAndTheEventIsCanceledToo() {
        BookingResult booked = sandbox.book(Booking.of(intro(), Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe",
                "jane@example.com"));

        sandbox.cancel(booked.inviteeUri(), "Something came up");

        JsonNode invitee = client.get(path(booked.inviteeUri())).resource();
        JsonNode event = client.get(path(booked.eventUri())).resource();
        assertThat(invitee.path("status").asText()).isEqualTo("canceled");
        assertThat(invitee.path("cancellation").path("canceler_type").asText()).isEqualTo("invitee");
        assertThat(invitee.path("cancellation").path("canceled_by").asText()).isEqualTo("Jane Doe");
        assertThat(invitee.path("cancellation").path("reason").asText()).isEqualTo("Something came up");
        assertThat(event.path("status").asText()).isEqualTo("canceled");
        assertThat(event.path("invitees_counter").path("active").asInt()).isZero();
        assertThat(sandbox.events()).extracting(CalendlyEvent::name)
                .containsExactly("invitee.created", "invitee.canceled");
        assertThat(sandbox.events().get(1).payload().path("scheduled_event").path("status").asText())
                .isEqualTo("canceled");
    }

    @Test
    void cancelingTwiceOrAnUnknownInviteeFails() {
        BookingResult booked = sandbox.book(Booking.of(intro(), Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe",
                "jane@example.com"));
        sandbox.cancel(booked.inviteeUri(), null);

        assertThatThrownBy(() -> sandbox.cancel(booked.inviteeUri(), null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sandbox.cancel(booked.eventUri() + "/invitees/NOSUCHINVITEE000", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sandbox.events()).hasSize(2);
    }

    @Test
    void reschedulingCancelsTheOldBookingAndLinksItToTheNewOne() {
        BookingResult old = sandbox.book(Booking.of(intro(), Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe",
                "jane@example.com").withAnswers(Map.of("What would you like to discuss?", "Pricing")));

        BookingResult moved = sandbox.reschedule(old.inviteeUri(), Instant.parse("2026-11-25T16:00:00Z"));

        JsonNode oldInvitee = client.get(path(old.inviteeUri())).resource();
        assertThat(oldInvitee.path("status").asText()).isEqualTo("canceled");
        assertThat(oldInvitee.path("rescheduled").asBoolean()).isTrue();
        assertThat(oldInvitee.path("new_invitee").asText()).isEqualTo(moved.inviteeUri());
        assertThat(client.get(path(old.eventUri())).resource().path("status").asText()).isEqualTo("canceled");
        assertThat(moved.invitee().path("old_invitee").asText()).isEqualTo(old.inviteeUri());
        assertThat(moved.invitee().path("email").asText()).isEqualTo("jane@example.com");
        assertThat(moved.invitee().path("questions_and_answers").get(0).path("answer").asText()).isEqualTo("Pricing");
        assertThat(moved.event().path("start_time").asText()).isEqualTo("2026-11-25T16:00:00.000000Z");
        assertThat(sandbox.events()).extracting(CalendlyEvent::name)
                .containsExactly("invitee.created", "invitee.canceled", "invitee.created");
        assertThat(sandbox.events().get(1).payload().path("new_invitee").asText()).isEqualTo(moved.inviteeUri());
        assertThat(sandbox.events().get(2).payload().path("old_invitee").asText()).isEqualTo(old.inviteeUri());
    }

    @Test
    void reschedulingIntoAnOverlappingSlotOfTheSameBookingIsAllowed() {
        BookingResult old = sandbox.book(Booking.of(intro(), Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe",
                "jane@example.com"));

        BookingResult moved = sandbox.reschedule(old.inviteeUri(), Instant.parse("2026-11-24T15:00:00Z"));

        assertThat(moved.eventUri()).isNotEqualTo(old.eventUri());
    }

    @Test
    void reschedulingToAnUnavailableTimeChangesNothing() {
        BookingResult old = sandbox.book(Booking.of(intro(), Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe",
                "jane@example.com"));

        assertThatThrownBy(() -> sandbox.reschedule(old.inviteeUri(), Instant.parse("2026-11-28T15:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start_time");

        assertThat(client.get(path(old.inviteeUri())).resource().path("status").asText()).isEqualTo("active");
        assertThat(sandbox.events()).hasSize(1);
    }

    @Test
    void aPastBookingCanNeitherBeCanceledNorRescheduled() {
        JsonNode pastEvent = client.get("/scheduled_events?organization=" + enc(sandbox.seeded().organization())
                + "&status=active&max_start_time=2026-11-23T00:00:00Z").collection().get(0);
        String invitee = client.get(path(pastEvent.path("uri").asText()) + "/invitees").collection().get(0)
                .path("uri").asText();

        assertThatThrownBy(() -> sandbox.cancel(invitee, "too late")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sandbox.reschedule(invitee, Instant.parse("2026-11-24T15:00:00Z")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(client.get(path(invitee)).resource().path("status").asText()).isEqualTo("active");
        assertThat(sandbox.events()).isEmpty();
    }

    private String intro() {
        return sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
    }

    private String path(String uri) {
        return uri.substring(sandbox.baseUrl().length());
    }
}
