package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.state.SeededOrganization;

/** The availability endpoints, on a sandbox whose clock stands at Monday 2026-11-23 12:00 UTC. */
class AvailabilityEndpointsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private CalendlySandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() {
        startAt(NOW);
    }

    private void startAt(Instant now) {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(Clock.fixed(now, ZoneOffset.UTC)));
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void availableTimesAreTheOwnersWorkingHoursInNewYorkCutIntoSlots() {
        SandboxClient.Reply reply = client.get(availableTimes(intro(), "2026-11-24T00:00:00Z",
                "2026-11-25T00:00:00Z"));

        assertThat(reply.status()).isEqualTo(200);
        List<String> starts = starts(reply);
        assertThat(starts).hasSize(16);
        assertThat(starts.get(0)).isEqualTo("2026-11-24T14:00:00.000000Z");
        assertThat(starts.get(15)).isEqualTo("2026-11-24T21:30:00.000000Z");
        JsonNode first = reply.collection().get(0);
        assertThat(first.path("status").asText()).isEqualTo("available");
        assertThat(first.path("invitees_remaining").asInt()).isEqualTo(1);
        assertThat(first.path("scheduling_url").asText()).endsWith("/intro-call/2026-11-24T14:00:00Z");
        assertThat(reply.json().has("pagination")).isFalse();
    }

    @Test
    void weekendsHaveNoAvailableTimes() {
        SandboxClient.Reply reply = client.get(availableTimes(intro(), "2026-11-28T00:00:00Z",
                "2026-11-30T00:00:00Z"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.collection()).isEmpty();
    }

    @Test
    void workingHoursFollowTheEndOfDaylightSavingTime() {
        sandbox.close();
        startAt(Instant.parse("2026-10-28T12:00:00Z"));

        List<String> friday = starts(client.get(availableTimes(intro(), "2026-10-30T00:00:00Z",
                "2026-10-31T00:00:00Z")));
        List<String> monday = starts(client.get(availableTimes(intro(), "2026-11-02T00:00:00Z",
                "2026-11-03T00:00:00Z")));

        assertThat(friday.get(0)).isEqualTo("2026-10-30T13:00:00.000000Z");
        assertThat(monday.get(0)).isEqualTo("2026-11-02T14:00:00.000000Z");
    }

    @Test
    void aBookedTimeIsNoLongerAvailableForAnyOfTheHostsEventTypes() {
        sandbox.book(Booking.of(intro(), Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe", "jane@example.com"));

        List<String> intro = starts(client.get(availableTimes(intro(), "2026-11-24T00:00:00Z",
                "2026-11-25T00:00:00Z")));
        List<String> demo = starts(client.get(availableTimes(
                sandbox.seeded().eventType(SeededOrganization.PRODUCT_DEMO), "2026-11-24T00:00:00Z",
                "2026-11-25T00:00:00Z")));

        assertThat(intro).hasSize(15).doesNotContain("2026-11-24T15:00:00.000000Z")
                .contains("2026-11-24T14:30:00.000000Z", "2026-11-24T15:30:00.000000Z");
        assertThat(demo).contains("2026-11-24T14:00:00.000000Z", "2026-11-24T15:30:00.000000Z")
                .doesNotContain("2026-11-24T14:30:00.000000Z", "2026-11-24T15:00:00.000000Z");
    }

    @Test
    void aRoundRobinSlotStaysOpenWhileAnyHostIsFree() {
        String rotation = sandbox.seeded().eventType(SeededOrganization.SUPPORT_ROTATION);
        Instant bothWork = Instant.parse("2026-11-24T10:00:00Z");
        String window = availableTimes(rotation, "2026-11-24T10:00:00Z", "2026-11-24T10:00:00.5Z");

        BookingResult first = sandbox.book(Booking.of(rotation, bothWork, "Jane Doe", "jane@example.com"));
        assertThat(starts(client.get(window))).containsExactly("2026-11-24T10:00:00.000000Z");
        BookingResult second = sandbox.book(Booking.of(rotation, bothWork, "John Roe", "john@example.com"));

        assertThat(starts(client.get(window))).isEmpty();
        assertThat(List.of(host(first), host(second)))
                .containsExactlyInAnyOrder(sandbox.seeded().admin(), sandbox.seeded().member());
    }

    @Test
    void aRoundRobinSlotWhereOnlyOneHostWorksClosesAfterOneBooking() {
        String rotation = sandbox.seeded().eventType(SeededOrganization.SUPPORT_ROTATION);
        String window = availableTimes(rotation, "2026-11-24T08:00:00Z", "2026-11-24T08:00:00.5Z");
        assertThat(starts(client.get(window))).containsExactly("2026-11-24T08:00:00.000000Z");

        BookingResult booked = sandbox.book(Booking.of(rotation, Instant.parse("2026-11-24T08:00:00Z"), "Jane Doe",
                "jane@example.com"));

        assertThat(host(booked)).isEqualTo(sandbox.seeded().admin());
        assertThat(starts(client.get(window))).isEmpty();
    }

    @Test
    void availableTimesNeedEventTypeStartAndEnd() {
        assertInvalid(client.get("/event_type_available_times?start_time=2026-11-24T00:00:00Z"
                + "&end_time=2026-11-25T00:00:00Z"), "event_type");
        assertInvalid(client.get("/event_type_available_times?event_type=" + enc(intro())
                + "&end_time=2026-11-25T00:00:00Z"), "start_time");
        assertInvalid(client.get("/event_type_available_times?event_type=" + enc(intro())
                + "&start_time=2026-11-24T00:00:00Z"), "end_time");
    }

    @Test
    void availableTimesMustStartInTheFuture() {
        assertInvalid(client.get(availableTimes(intro(), "2026-11-23T11:00:00Z", "2026-11-24T00:00:00Z")),
                "start_time");
    }

    @Test
    void availableTimesMustEndAfterTheyStartAndSpanAtMost31Days() {
        assertInvalid(client.get(availableTimes(intro(), "2026-11-25T00:00:00Z", "2026-11-24T00:00:00Z")),
                "end_time");
        assertInvalid(client.get(availableTimes(intro(), "2026-11-24T00:00:00Z", "2026-12-26T00:00:00Z")),
                "end_time");
        assertThat(client.get(availableTimes(intro(), "2026-11-24T00:00:00Z", "2026-12-25T00:00:00Z")).status())
                .isEqualTo(200);
    }

    @Test
    void availableTimesAcceptEitherScopeTheSourcesName() {
        String path = availableTimes(intro(), "2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z");

        assertThat(client.as(sandbox.issueToken("availability:read")).get(path).status()).isEqualTo(200);
        assertThat(client.as(sandbox.issueToken("event_types:read")).get(path).status()).isEqualTo(200);
        assertThat(client.as(sandbox.issueToken("users:read")).get(path).status()).isEqualTo(403);
    }

    @Test
    void userAvailabilitySchedulesListTheUsersWorkingHours() {
        SandboxClient.Reply reply = client.get("/user_availability_schedules?user=" + enc(sandbox.seeded().admin()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.collection()).hasSize(1);
        JsonNode schedule = reply.collection().get(0);
        assertThat(schedule.path("timezone").asText()).isEqualTo("Europe/Berlin");
        assertThat(schedule.path("default").asBoolean()).isTrue();
        assertThat(schedule.path("rules")).hasSize(7);

        SandboxClient.Reply one = client.get("/user_availability_schedules/"
                + last(schedule.path("uri").asText()));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.resource()).isEqualTo(schedule);
    }

    @Test
    void userAvailabilitySchedulesNeedAKnownUser() {
        assertInvalid(client.get("/user_availability_schedules"), "user");
        assertThat(client.get("/user_availability_schedules?user=" + enc(sandbox.baseUrl() + "/users/NOPE"))
                .status()).isEqualTo(404);
        assertThat(client.get("/user_availability_schedules/NOSUCHSCHEDULE00").status()).isEqualTo(404);
    }

    @Test
    void busyTimesListTheUsersActiveEventsWithBufferedTimes() {
        BookingResult booked = sandbox.book(Booking.of(intro(), Instant.parse("2026-11-24T15:00:00Z"), "Jane Doe",
                "jane@example.com"));
        BookingResult canceled = sandbox.book(Booking.of(intro(), Instant.parse("2026-11-24T16:00:00Z"),
                "John Roe", "john@example.com"));
        sandbox.cancel(canceled.inviteeUri(), "no longer needed");

        SandboxClient.Reply reply = client.get("/user_busy_times?user=" + enc(sandbox.seeded().owner())
                + "&start_time=2026-11-24T00:00:00Z&end_time=2026-11-25T00:00:00Z");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.collection()).hasSize(1);
        JsonNode busy = reply.collection().get(0);
        assertThat(busy.path("type").asText()).isEqualTo("calendly");
        assertThat(busy.path("start_time").asText()).isEqualTo("2026-11-24T15:00:00.000000Z");
        assertThat(busy.path("end_time").asText()).isEqualTo("2026-11-24T15:30:00.000000Z");
        assertThat(busy.path("buffered_start_time").asText()).isEqualTo("2026-11-24T15:00:00.000000Z");
        assertThat(busy.path("event").path("uri").asText()).isEqualTo(booked.eventUri());
    }

    @Test
    void busyTimesSpanAtMostSevenDaysFromTheFuture() {
        String user = "/user_busy_times?user=" + enc(sandbox.seeded().owner());
        assertInvalid(client.get(user + "&start_time=2026-11-24T00:00:00Z&end_time=2026-12-02T00:00:00Z"),
                "end_time");
        assertInvalid(client.get(user + "&start_time=2026-11-22T00:00:00Z&end_time=2026-11-24T00:00:00Z"),
                "start_time");
        assertInvalid(client.get("/user_busy_times?start_time=2026-11-24T00:00:00Z&end_time=2026-11-25T00:00:00Z"),
                "user");
    }

    @Test
    void eventTypeAvailabilitySchedulesApplyTheHostsHoursToTheEventType() {
        SandboxClient.Reply reply = client.get("/event_type_availability_schedules?event_type=" + enc(intro()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.collection()).hasSize(5);
        JsonNode first = reply.collection().get(0);
        assertThat(first.path("start_time").asText()).isEqualTo("2026-11-23T14:00:00.000000Z");
        assertThat(first.path("end_time").asText()).isEqualTo("2026-11-23T22:00:00.000000Z");
        assertThat(first.path("event_type").asText()).isEqualTo(intro());
        assertThat(first.path("uri").asText()).startsWith(sandbox.baseUrl() + "/event_type_availability_schedules/");
        assertThat(client.get("/event_type_availability_schedules?event_type=" + enc(intro())).collection())
                .isEqualTo(reply.collection());
    }

    @Test
    void eventTypeAvailabilitySchedulesNeedAnEventType() {
        assertInvalid(client.get("/event_type_availability_schedules"), "event_type");
        assertInvalid(client.get("/event_type_availability_schedules?event_type="
                + enc(sandbox.baseUrl() + "/event_types/NOPE")), "event_type");
    }

    private String host(BookingResult result) {
        return result.event().path("event_memberships").get(0).path("user").asText();
    }

    private String intro() {
        return sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
    }

    private static String availableTimes(String eventType, String start, String end) {
        return "/event_type_available_times?event_type=" + enc(eventType) + "&start_time=" + enc(start)
                + "&end_time=" + enc(end);
    }

    private static List<String> starts(SandboxClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> starts = new ArrayList<>();
        reply.collection().forEach(item -> starts.add(item.path("start_time").asText()));
        return starts;
    }

    static void assertInvalid(SandboxClient.Reply reply, String parameter) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("title").asText()).isEqualTo("Invalid Argument");
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo(parameter);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String last(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
