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
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

class ActivityLogEndpointsTest {

    private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

    private SandboxClock clock;
    private CalendlySandbox sandbox;
    private SandboxClient owner;
    private String org;

    @BeforeEach
    void start() {
        clock = SandboxClock.frozenAt(START);
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withPlan(Plan.ENTERPRISE).withClock(clock));
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        org = sandbox.seeded().organization();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxClient.Reply log(String query) {
        return owner.get("/activity_log_entries?organization=" + enc(org) + query);
    }

    private List<String> names(SandboxClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        reply.collection().forEach(entry -> names.add(entry.path("fully_qualified_name").asText()));
        return names;
    }

    private void invite(SandboxClient client, String email) {
        SandboxClient.Reply reply = client.post("/organizations/" + SandboxStore.lastSegment(org) + "/invitations",
                "{\"email\": \"" + email + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aBookingAndTheInviteesCancellationAreRecordedWithTheInviteeAsActor() {
        BookingResult booking = sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL),
                null, "Mary Somerville", "mary@example.com"));
        clock.advance(Duration.ofMinutes(5));
        sandbox.cancel(booking.inviteeUri(), "Travelling");

        SandboxClient.Reply reply = log("");

        assertThat(names(reply)).containsExactly("Invitee.Canceled", "Invitee.Created");
        JsonNode canceled = reply.collection().get(0);
        assertThat(canceled.path("namespace").asText()).isEqualTo("Invitee");
        assertThat(canceled.path("action").asText()).isEqualTo("Canceled");
        assertThat(canceled.path("organization").asText()).isEqualTo(org);
        assertThat(canceled.path("occurred_at").asText()).isEqualTo("2026-03-02T12:05:00.000000Z");
        assertThat(canceled.path("actor").path("type").asText()).isEqualTo("Invitee");
        assertThat(canceled.path("actor").path("display_name").asText()).isEqualTo("Mary Somerville");
        assertThat(canceled.path("actor").path("alternative_identifier").asText()).isEqualTo("mary@example.com");
        assertThat(canceled.path("details").path("resource").asText()).isEqualTo(booking.inviteeUri());
        assertThat(canceled.path("details").path("scheduled_event").asText()).isEqualTo(booking.eventUri());
        assertThat(canceled.path("uri").asText()).startsWith(sandbox.baseUrl() + "/activity_log_entries/");
    }

    @Test
    void aHostCancellationIsRecordedWithTheHostAsActor() {
        BookingResult booking = sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL),
                null, "Mary Somerville", "mary@example.com"));
        owner.post("/scheduled_events/" + SandboxStore.lastSegment(booking.eventUri()) + "/cancellation",
                "{\"reason\": \"Ill\"}");

        JsonNode actor = log("&action=Canceled").collection().get(0).path("actor");

        assertThat(actor.path("type").asText()).isEqualTo("User");
        assertThat(actor.path("uri").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(actor.path("display_name").asText()).isEqualTo("Ada Lovelace");
        assertThat(actor.path("alternative_identifier").asText()).isEqualTo("ada@example.com");
        assertThat(actor.path("organization").path("uri").asText()).isEqualTo(org);
        assertThat(actor.path("organization").path("role").asText()).isEqualTo("owner");
    }

    @Test
    void everyRaisedEventIsRecordedUnderItsOwnName() {
        String intro = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        BookingResult booking = sandbox.book(Booking.of(intro, null, "Mary Somerville", "mary@example.com"));
        owner.post("/invitee_no_shows", "{\"invitee\": \"" + booking.inviteeUri() + "\"}");
        owner.post("/event_types", "{\"name\": \"Audit\", \"host\": \"" + sandbox.seeded().owner()
                + "\", \"duration\": 30}");

        List<String> raised = new ArrayList<>(sandbox.events().stream().map(CalendlyEvent::name).toList());

        assertThat(raised).containsExactly("invitee.created", "invitee_no_show.created", "event_type.created");
        assertThat(names(log("&sort=occurred_at:asc")))
                .containsExactly("Invitee.Created", "Invitee_No_Show.Created", "Event_Type.Created");
    }

    @Test
    void removingAMemberIsRecordedAsUserRemoveByTheOwner() {
        String membership = owner.get("/organization_memberships?user=" + sandbox.seeded().member()).collection()
                .get(0).path("uri").asText();
        assertThat(owner.delete("/organization_memberships/" + SandboxStore.lastSegment(membership)).status())
                .isEqualTo(204);

        JsonNode entry = log("").collection().get(0);

        assertThat(entry.path("fully_qualified_name").asText()).isEqualTo("User.Remove");
        assertThat(entry.path("actor").path("uri").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(entry.path("details").path("user").asText()).isEqualTo(sandbox.seeded().member());
        assertThat(entry.path("details").path("email").asText()).isEqualTo("alan@example.com");
        assertThat(entry.path("details").path("role").asText()).isEqualTo("user");
    }

    @Test
    void invitationsAndWebhookSubscriptionsAreRecorded() {
        invite(owner, "fresh.face@example.com");
        String invitation = owner.get("/organizations/" + SandboxStore.lastSegment(org)
                + "/invitations?email=fresh.face@example.com").collection().get(0).path("uri").asText();
        owner.delete(invitation.substring(sandbox.baseUrl().length()));
        String hook = owner.post("/webhook_subscriptions", """
                {"url": "https://hooks.example.com/calendly", "events": ["invitee.created"],
                 "organization": "%s", "scope": "organization"}""".formatted(org)).resource().path("uri").asText();
        owner.delete("/webhook_subscriptions/" + SandboxStore.lastSegment(hook));

        SandboxClient.Reply reply = log("");

        assertThat(names(reply)).containsExactly("API.Webhook_Deleted", "API.Webhook_Created",
                "User.Revoke_Invitation", "User.Invite");
        assertThat(reply.collection().get(0).path("details").path("webhook_subscription").asText()).isEqualTo(hook);
        assertThat(reply.collection().get(3).path("details").path("email").asText())
                .isEqualTo("fresh.face@example.com");
    }

    @Test
    void theActorFilterKeepsTheEntriesOfTheNamedUsers() {
        invite(owner, "by.owner@example.com");
        invite(owner.as(sandbox.issueToken(sandbox.seeded().admin(), List.of())), "by.admin@example.com");

        SandboxClient.Reply reply = log("&actor=" + enc(sandbox.seeded().admin()));

        assertThat(names(reply)).containsExactly("User.Invite");
        assertThat(reply.collection().get(0).path("details").path("email").asText())
                .isEqualTo("by.admin@example.com");
        assertThat(names(log("&actor=" + enc(sandbox.seeded().admin() + "," + sandbox.seeded().owner()))))
                .hasSize(2);
    }

    @Test
    void anActorThatIsNotAUserUriIs400() {
        SandboxClient.Reply reply = log("&actor=ada@example.com");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("actor");
    }

    @Test
    void theNamespaceAndActionFiltersTakeListsOfValues() {
        invite(owner, "fresh.face@example.com");
        sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, "Mary Somerville",
                "mary@example.com"));
        owner.post("/event_types", "{\"name\": \"Audit\", \"host\": \"" + sandbox.seeded().owner()
                + "\", \"duration\": 30}");

        assertThat(names(log("&namespace=User,Event_Type"))).containsExactly("Event_Type.Created", "User.Invite");
        assertThat(names(log("&namespace=Invitee&namespace=User"))).containsExactly("Invitee.Created",
                "User.Invite");
        assertThat(names(log("&action=Created"))).containsExactly("Event_Type.Created", "Invitee.Created");
    }

    @Test
    void theOccurredAtBoundsIncludeTheMinimumAndExcludeTheMaximum() {
        invite(owner, "first@example.com");
        clock.advance(Duration.ofHours(1));
        invite(owner, "second@example.com");
        clock.advance(Duration.ofHours(1));
        invite(owner, "third@example.com");

        SandboxClient.Reply reply = log("&min_occurred_at=2026-03-02T13:00:00Z&max_occurred_at=2026-03-02T14:00:00Z");

        assertThat(names(reply)).hasSize(1);
        assertThat(reply.collection().get(0).path("details").path("email").asText()).isEqualTo("second@example.com");
        assertThat(names(log("&min_occurred_at=2026-03-02T13:00:00Z"))).hasSize(2);
    }

    @Test
    void aMalformedOccurredAtIs400NamingIt() {
        SandboxClient.Reply reply = log("&max_occurred_at=yesterday");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("max_occurred_at");
    }

    @Test
    void theSearchTermMatchesTheDetailsWithPrefixAlternativesAndExclusions() {
        invite(owner, "fresh.face@example.com");
        invite(owner, "someone@other.org");

        assertThat(names(log("&search_term=" + enc("*@other.org")))).hasSize(1);
        assertThat(names(log("&search_term=" + enc("fresh | other.org")))).hasSize(2);
        assertThat(names(log("&search_term=" + enc("Invite -other")))).hasSize(1);
        assertThat(names(log("&search_term=" + enc("\"no such text\"")))).isEmpty();
    }

    @Test
    void aSearchTermOver300CharactersIs400() {
        SandboxClient.Reply reply = log("&search_term=" + "a".repeat(301));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("search_term");
    }

    @Test
    void entriesComeNewestFirstUnlessSortSaysOtherwise() {
        invite(owner, "first@example.com");
        clock.advance(Duration.ofMinutes(1));
        owner.post("/event_types", "{\"name\": \"Audit\", \"host\": \"" + sandbox.seeded().owner()
                + "\", \"duration\": 30}");

        assertThat(names(log(""))).containsExactly("Event_Type.Created", "User.Invite");
        assertThat(names(log("&sort=occurred_at:asc"))).containsExactly("User.Invite", "Event_Type.Created");
        assertThat(names(log("&sort=namespace:desc,occurred_at:asc")))
                .containsExactly("User.Invite", "Event_Type.Created");
    }

    @Test
    void anUnknownSortIs400() {
        SandboxClient.Reply reply = log("&sort=created_at:asc");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("sort");
    }

    @Test
    void pagesWalkWithCountAndCarryTheTotals() {
        for (int i = 1; i <= 5; i++) {
            invite(owner, "person" + i + "@example.com");
            clock.advance(Duration.ofMinutes(1));
        }
        List<String> emails = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = "/activity_log_entries?organization=" + enc(org) + "&count=2";
        while (next != null) {
            SandboxClient.Reply page = owner.get(next);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("total_count").asInt()).isEqualTo(5);
            assertThat(page.json().path("exceeds_max_total_count").asBoolean()).isFalse();
            assertThat(page.json().path("last_event_time").asText())
                    .isEqualTo(page.collection().get(0).path("occurred_at").asText());
            sizes.add(page.collection().size());
            page.collection().forEach(entry -> emails.add(entry.path("details").path("email").asText()));
            next = page.json().path("pagination").path("next_page").asText(null);
        }

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(emails).containsExactly("person5@example.com", "person4@example.com", "person3@example.com",
                "person2@example.com", "person1@example.com");
    }

    @Test
    void aPageHoldsUpTo1000Entries() {
        assertThat(log("&count=1000").status()).isEqualTo(200);
        SandboxClient.Reply reply = log("&count=1001");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("count");
    }

    @Test
    void anEmptyLogHasNoLastEventTime() {
        SandboxClient.Reply reply = log("");

        assertThat(reply.collection()).isEmpty();
        assertThat(reply.json().path("total_count").asInt()).isZero();
        assertThat(reply.json().path("last_event_time").isNull()).isTrue();
    }

    @Test
    void moreThanTheMaximumTotalIsCappedAndFlagged() {
        synchronized (sandbox.context().lock()) {
            var invitation = sandbox.context().store().all(Kind.INVITATION).get(0);
            for (int i = 0; i < 10_001; i++) {
                sandbox.context().activityLog().invitationSent(sandbox.seeded().owner(), invitation);
            }
        }

        SandboxClient.Reply reply = log("&count=1");

        assertThat(reply.json().path("total_count").asInt()).isEqualTo(10_000);
        assertThat(reply.json().path("exceeds_max_total_count").asBoolean()).isTrue();
    }
}
