package io.github.camelcalendly.sandbox;

import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.assertInvalid;
import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.enc;
import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.last;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

/**
 * Listing, reading and canceling scheduled events and reading their invitees. The seeded organization has five
 * events: two past Intro Calls (one canceled), upcoming Intro Call and Product Demo (owner) and Office Hours (admin).
 */
class ScheduledEventEndpointsTest {

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
    void anEventIsReadByItsUuid() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");

        SandboxClient.Reply reply = client.get("/scheduled_events/" + last(booked.eventUri()));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode event = reply.resource();
        assertThat(event.path("uri").asText()).isEqualTo(booked.eventUri());
        assertThat(event.path("name").asText()).isEqualTo("Intro Call");
        assertThat(event.path("status").asText()).isEqualTo("active");
        assertThat(event.path("start_time").asText()).isEqualTo("2026-11-24T15:00:00.000000Z");
        assertThat(event.path("end_time").asText()).isEqualTo("2026-11-24T15:30:00.000000Z");
        assertThat(event.path("event_type").asText()).isEqualTo(intro());
        assertThat(event.path("invitees_counter").path("active").asInt()).isEqualTo(1);
        assertThat(event.path("event_memberships").get(0).path("user").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(event.path("event_memberships").get(0).path("user_name").asText()).isEqualTo("Ada Lovelace");
        assertThat(event.has("cancellation")).as("an active event has no cancellation key").isFalse();
        assertThat(event.path("location").path("type").asText()).isEqualTo("zoom_conference");
    }

    @Test
    void aBookedGoToMeetingIsLocatedAsGotomeetingAsInCalendlysScheduledEventSchema() {
        String officeHours = sandbox.seeded().eventType(SeededOrganization.OFFICE_HOURS);
        assertThat(client.patch("/event_types/" + last(officeHours),
                "{\"locations\": [{\"kind\": \"gotomeeting_conference\", \"position\": 0}]}").status())
                .isEqualTo(200);

        BookingResult booking = sandbox.book(Booking.of(officeHours, null, "Ada Byron", "byron@example.com"));

        JsonNode location = client.get("/scheduled_events/" + last(booking.eventUri())).resource().path("location");
        assertThat(location.path("type").asText()).isEqualTo("gotomeeting");
        assertThat(location.path("join_url").asText()).startsWith("https://");
    }

    @Test
    void anUnknownEventIs404() {
        assertThat(client.get("/scheduled_events/NOSUCHEVENT00000").status()).isEqualTo(404);
    }

    @Test
    void listingNeedsAUserOrAnOrganization() {
        assertInvalid(client.get("/scheduled_events"), "organization");
    }

    @Test
    void theOwnerListsTheWholeOrganizationSortedByStartTime() {
        SandboxClient.Reply reply = client.get("/scheduled_events?organization=" + enc(org()));

        assertThat(reply.status()).isEqualTo(200);
        List<String> starts = field(reply, "start_time");
        assertThat(starts).hasSize(5).isSorted();
    }

    @Test
    void sortStartTimeDescendingReversesTheOrder() {
        List<String> starts = field(client.get("/scheduled_events?organization=" + enc(org())
                + "&sort=start_time:desc"), "start_time");

        assertThat(starts).hasSize(5);
        assertThat(starts.get(0)).isGreaterThan(starts.get(4));
        assertInvalid(client.get("/scheduled_events?organization=" + enc(org()) + "&sort=name:asc"), "sort");
    }

    @Test
    void aMemberCannotListTheOrganization() {
        SandboxClient member = client.as(sandbox.issueToken(sandbox.seeded().member(), List.of()));

        SandboxClient.Reply reply = member.get("/scheduled_events?organization=" + enc(org()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
    }

    @Test
    void aMemberListsTheirOwnEventsButNotSomeoneElses() {
        SandboxClient member = client.as(sandbox.issueToken(sandbox.seeded().member(), List.of()));

        SandboxClient.Reply own = member.get("/scheduled_events?user=" + enc(sandbox.seeded().member()));
        SandboxClient.Reply others = member.get("/scheduled_events?user=" + enc(sandbox.seeded().owner()));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.collection()).isEmpty();
        assertThat(others.status()).isEqualTo(403);
    }

    @Test
    void theUserFilterKeepsEventsTheUserHosts() {
        SandboxClient.Reply reply = client.get("/scheduled_events?user=" + enc(sandbox.seeded().admin()));

        assertThat(field(reply, "name")).containsExactly("Office Hours");
    }

    @Test
    void theStatusFilterKeepsActiveOrCanceledEvents() {
        assertThat(field(client.get("/scheduled_events?organization=" + enc(org()) + "&status=canceled"), "status"))
                .containsExactly("canceled");
        assertThat(field(client.get("/scheduled_events?organization=" + enc(org()) + "&status=active"), "status"))
                .hasSize(4).containsOnly("active");
        assertInvalid(client.get("/scheduled_events?organization=" + enc(org()) + "&status=done"), "status");
    }

    @Test
    void theInviteeEmailFilterKeepsEventsWithThatInvitee() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");

        assertThat(field(client.get("/scheduled_events?organization=" + enc(org()) + "&invitee_email="
                + enc("jane@example.com")), "uri")).containsExactly(booked.eventUri());
    }

    @Test
    void minAndMaxStartTimeBoundTheStartTimes() {
        book("2026-11-24T15:00:00Z", "jane@example.com");
        book("2026-11-24T16:00:00Z", "john@example.com");

        List<String> starts = field(client.get("/scheduled_events?user=" + enc(sandbox.seeded().owner())
                + "&min_start_time=2026-11-24T15:00:00Z&max_start_time=2026-11-24T16:00:00Z"), "start_time");

        assertThat(starts).containsExactly("2026-11-24T15:00:00.000000Z");
        assertInvalid(client.get("/scheduled_events?user=" + enc(sandbox.seeded().owner())
                + "&min_start_time=yesterday"), "min_start_time");
    }

    @Test
    void pagesFollowNextPageTokensAndUrlsToTheEnd() {
        for (int hour = 14; hour < 19; hour++) {
            book("2026-11-24T" + hour + ":00:00Z", "guest" + hour + "@example.com");
        }
        String query = "/scheduled_events?user=" + enc(sandbox.seeded().owner()) + "&count=2";
        List<String> byToken = new ArrayList<>();
        SandboxClient.Reply page = client.get(query);
        int pages = 1;
        byToken.addAll(field(page, "uri"));
        while (!page.json().path("pagination").path("next_page_token").isNull()) {
            page = client.get(query + "&page_token=" + page.json().path("pagination").path("next_page_token")
                    .asText());
            byToken.addAll(field(page, "uri"));
            pages++;
        }
        List<String> byUrl = new ArrayList<>();
        page = client.get(query);
        byUrl.addAll(field(page, "uri"));
        while (!page.json().path("pagination").path("next_page").isNull()) {
            page = client.get(page.json().path("pagination").path("next_page").asText());
            byUrl.addAll(field(page, "uri"));
        }

        List<String> all = field(client.get("/scheduled_events?user=" + enc(sandbox.seeded().owner())
                + "&count=100"), "uri");
        assertThat(all).hasSize(9);
        assertThat(pages).isEqualTo(5);
        assertThat(byToken).isEqualTo(all);
        assertThat(byUrl).isEqualTo(all);
        assertThat(page.json().path("pagination").path("previous_page").asText()).contains("page_token=");
        assertInvalid(client.get(query.replace("count=2", "count=0")), "count");
    }

    @Test
    void theHostCancelsAnEventWithAReason() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");

        SandboxClient.Reply reply = client.post("/scheduled_events/" + last(booked.eventUri()) + "/cancellation",
                "{\"reason\":\"Host is ill\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode cancellation = reply.resource();
        assertThat(cancellation.path("canceled_by").asText()).isEqualTo("Ada Lovelace");
        assertThat(cancellation.path("reason").asText()).isEqualTo("Host is ill");
        assertThat(cancellation.path("canceler_type").asText()).isEqualTo("host");
        assertThat(cancellation.path("created_at").asText()).isEqualTo("2026-11-23T12:00:00.000000Z");
        JsonNode event = client.get("/scheduled_events/" + last(booked.eventUri())).resource();
        assertThat(event.path("status").asText()).isEqualTo("canceled");
        assertThat(event.path("cancellation")).isEqualTo(cancellation);
        JsonNode invitee = client.get(path(booked.inviteeUri())).resource();
        assertThat(invitee.path("status").asText()).isEqualTo("canceled");
        assertThat(invitee.path("cancellation").path("canceler_type").asText()).isEqualTo("host");
        CalendlyEvent raised = sandbox.events().get(sandbox.events().size() - 1);
        assertThat(raised.name()).isEqualTo("invitee.canceled");
        assertThat(raised.payload().path("uri").asText()).isEqualTo(booked.inviteeUri());
        assertThat(raised.payload().path("scheduled_event").path("status").asText()).isEqualTo("canceled");
    }

    @Test
    void cancelingWithoutABodyLeavesTheReasonNull() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");

        SandboxClient.Reply reply = client.post("/scheduled_events/" + last(booked.eventUri()) + "/cancellation",
                null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.resource().path("reason").isNull()).isTrue();
    }

    @Test
    void aCanceledEventCannotBeCanceledAgain() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");
        String path = "/scheduled_events/" + last(booked.eventUri()) + "/cancellation";
        client.post(path, "{}");
        int raised = sandbox.events().size();

        SandboxClient.Reply again = client.post(path, "{}");

        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().path("title").asText()).isEqualTo("Permission Denied");
        assertThat(sandbox.events()).hasSize(raised);
    }

    @Test
    void aPastEventCannotBeCanceled() {
        String past = field(client.get("/scheduled_events?organization=" + enc(org())
                + "&status=active&max_start_time=2026-11-23T00:00:00Z"), "uri").get(0);

        SandboxClient.Reply reply = client.post("/scheduled_events/" + last(past) + "/cancellation", "{}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(client.get("/scheduled_events/" + last(past)).resource().path("status").asText())
                .isEqualTo("active");
    }

    @Test
    void aMemberCannotCancelSomeoneElsesEvent() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");
        SandboxClient member = client.as(sandbox.issueToken(sandbox.seeded().member(), List.of()));

        assertThat(member.post("/scheduled_events/" + last(booked.eventUri()) + "/cancellation", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void cancelingNeedsTheWriteScope() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");

        SandboxClient.Reply reply = client.as(sandbox.issueToken("scheduled_events:read"))
                .post("/scheduled_events/" + last(booked.eventUri()) + "/cancellation", "{}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Insufficient scope");
    }

    @Test
    void anEventsInviteesAreListedFilteredAndSorted() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");
        String invitees = "/scheduled_events/" + last(booked.eventUri()) + "/invitees";

        SandboxClient.Reply reply = client.get(invitees);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(field(reply, "uri")).containsExactly(booked.inviteeUri());
        assertThat(field(client.get(invitees + "?email=" + enc("jane@example.com")), "uri")).hasSize(1);
        assertThat(field(client.get(invitees + "?email=" + enc("other@example.com")), "uri")).isEmpty();
        assertThat(field(client.get(invitees + "?status=canceled"), "uri")).isEmpty();
        assertThat(field(client.get(invitees + "?status=active&sort=created_at:desc"), "uri")).hasSize(1);
        assertInvalid(client.get(invitees + "?sort=email:asc"), "sort");
    }

    @Test
    void anInviteeIsReadUnderItsEvent() {
        BookingResult booked = book("2026-11-24T15:00:00Z", "jane@example.com");

        SandboxClient.Reply reply = client.get(path(booked.inviteeUri()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("email").asText()).isEqualTo("jane@example.com");
        assertThat(reply.resource().path("event").asText()).isEqualTo(booked.eventUri());
        BookingResult other = book("2026-11-24T16:00:00Z", "john@example.com");
        assertThat(client.get("/scheduled_events/" + last(other.eventUri()) + "/invitees/"
                + last(booked.inviteeUri())).status()).isEqualTo(404);
        assertThat(client.get("/scheduled_events/" + last(booked.eventUri()) + "/invitees/NOSUCHINVITEE000")
                .status()).isEqualTo(404);
    }

    private BookingResult book(String start, String email) {
        return sandbox.book(Booking.of(intro(), Instant.parse(start), "Guest", email));
    }

    private String path(String uri) {
        return uri.substring(sandbox.baseUrl().length());
    }

    private String intro() {
        return sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
    }

    private String org() {
        return sandbox.seeded().organization();
    }

    private static List<String> field(SandboxClient.Reply reply, String name) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        reply.collection().forEach(item -> values.add(item.path(name).asText()));
        return values;
    }
}
