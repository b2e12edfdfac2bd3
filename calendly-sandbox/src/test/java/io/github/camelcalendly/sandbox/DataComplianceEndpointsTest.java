package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxOptions.Plan;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

class DataComplianceEndpointsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private CalendlySandbox sandbox;
    private SandboxClient owner;
    private String org;
    private String intro;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withPlan(Plan.ENTERPRISE)
                .withClock(SandboxClock.frozenAt(NOW)));
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        org = sandbox.seeded().organization();
        intro = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static String path(String uri, String baseUrl) {
        return uri.substring(baseUrl.length());
    }

    private SandboxClient.Reply deleteInvitees(String... emails) {
        return owner.post("/data_compliance/deletion/invitees",
                Json.text(Json.object().set("emails", Json.mapper().valueToTree(List.of(emails)))));
    }

    private JsonNode eventsOf(String email) {
        return owner.get("/scheduled_events?organization=" + enc(org) + "&invitee_email=" + enc(email)).collection();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aStandardPlanIsToldToUpgradeToEnterprise() {
        try (CalendlySandbox standard = CalendlySandbox.start()) {
            SandboxClient.Reply reply = new SandboxClient(standard.baseUrl(), standard.issueToken())
                    .post("/data_compliance/deletion/invitees", "{\"emails\": [\"charles@example.com\"]}");

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().path("message").asText())
                    .isEqualTo("Please upgrade your Calendly account to Enterprise.");
            assertThat(new SandboxClient(standard.baseUrl(), standard.issueToken())
                    .get("/scheduled_events?organization=" + enc(standard.seeded().organization())
                            + "&invitee_email=charles@example.com").collection()).isNotEmpty();
        }
    }

    @Test
    void aPlainMemberMayNotDeleteData() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken(sandbox.seeded().member(), List.of()))
                .post("/data_compliance/deletion/invitees", "{\"emails\": [\"charles@example.com\"]}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
        assertThat(reply.json().path("message").asText()).isEqualTo("You must be an admin/owner with the data "
                + "requests permission enabled to use this resource. Contact Calendly support and ask them to grant "
                + "you data requests permission.");
        assertThat(eventsOf("charles@example.com")).isNotEmpty();
    }

    @Test
    void deletingNeedsDataComplianceWrite() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken("scheduled_events:write"))
                .post("/data_compliance/deletion/events",
                        "{\"start_time\": \"2026-02-01T00:00:00Z\", \"end_time\": \"2026-03-01T00:00:00Z\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("data_compliance:write");
    }

    @Test
    void deletingAnInviteesDataRemovesTheInviteeItsNoShowAndItsEmptiedEvent() {
        BookingResult booking = sandbox.book(Booking.of(intro, null, "Mary Shelley", "mary.shelley@example.com"));
        String noShow = owner.post("/invitee_no_shows", "{\"invitee\": \"" + booking.inviteeUri() + "\"}")
                .resource().path("uri").asText();

        SandboxClient.Reply reply = deleteInvitees("Mary.Shelley@example.com");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json()).isEqualTo(Json.object());
        assertThat(owner.get(path(booking.inviteeUri(), sandbox.baseUrl())).status()).isEqualTo(404);
        assertThat(owner.get(path(booking.eventUri(), sandbox.baseUrl())).status()).isEqualTo(404);
        assertThat(owner.get(path(noShow, sandbox.baseUrl())).status()).isEqualTo(404);
        assertThat(eventsOf("mary.shelley@example.com")).isEmpty();
    }

    @Test
    void deletingAnInviteesDataTouchesNobodyElse() {
        int before = eventsOf("katherine@example.com").size();

        deleteInvitees("charles@example.com");

        assertThat(eventsOf("charles@example.com")).isEmpty();
        assertThat(eventsOf("katherine@example.com")).hasSize(before).isNotEmpty();
    }

    @Test
    void deletingIsNotCancelingAndRaisesNoWebhookEvent() {
        sandbox.book(Booking.of(intro, null, "Mary Shelley", "mary.shelley@example.com"));
        int raised = sandbox.events().size();

        deleteInvitees("mary.shelley@example.com");

        assertThat(sandbox.events()).hasSize(raised);
    }

    @Test
    void deletingHeldMeetingsTakesTheirRecapsWithThem() {
        JsonNode recaps = owner.get("/meeting_recaps").collection();
        assertThat(recaps).as("the seeded held meeting has a recap").isNotEmpty();
        String recap = recaps.get(0).path("uri").asText();

        SandboxClient.Reply deleted = owner.post("/data_compliance/deletion/events", """
                {"start_time": "%s", "end_time": "%s"}""".formatted(NOW.minus(Duration.ofDays(60)),
                NOW.minus(Duration.ofMinutes(1))));

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(202);
        assertThat(owner.get(path(recap, sandbox.baseUrl())).status()).isEqualTo(404);
        assertThat(owner.get(path(recap, sandbox.baseUrl()) + "/transcript").status()).isEqualTo(404);
    }

    @Test
    void anErasedContactLeavesItsListsAndItsNotesGo() {
        String contact = owner.post("/contacts", """
                {"name": "Ada Byron", "emails": [{"email": "ada.byron@example.com"}]}""").resource().path("uri")
                .asText();
        String list = owner.post("/contact_lists", """
                {"name": "Poets", "contacts": ["%s"]}""".formatted(contact)).resource().path("uri").asText();
        String note = owner.post("/notes", """
                {"contact": "%s", "title": "Met at the salon"}""".formatted(contact)).resource().path("uri")
                .asText();

        assertThat(deleteInvitees("ADA.BYRON@example.com").status()).isEqualTo(202);

        assertThat(owner.get(path(contact, sandbox.baseUrl())).status()).isEqualTo(404);
        assertThat(owner.get(path(note, sandbox.baseUrl())).status()).isEqualTo(404);
        assertThat(owner.get(path(list, sandbox.baseUrl())).resource().path("contact_count").asInt()).isZero();
    }

    @Test
    void deletingAnInviteesDataRemovesTheirMessagesGuestEntriesContactsAndRoutingSubmissions() {
        BookingResult booking = sandbox.book(Booking.of(intro, null, "Mary Shelley", "mary.shelley@example.com"));
        BookingResult withGuest = sandbox.book(Booking.of(intro, null, "Percy Shelley", "percy@example.com")
                .withGuests(List.of("mary.shelley@example.com")));
        String contact;
        String submission;
        synchronized (sandbox.context().lock()) {
            SandboxStore store = sandbox.context().store();
            contact = store.newUuid();
            ObjectNode contactNode = Json.object().put("uri", store.uri(Kind.CONTACT, contact));
            contactNode.putArray("emails").addObject().put("email", "MARY.SHELLEY@example.com").put("primary", true);
            store.put(Kind.CONTACT, contact, contactNode);
            submission = store.newUuid();
            store.put(Kind.ROUTING_FORM_SUBMISSION, submission, Json.object()
                    .put("uri", store.uri(Kind.ROUTING_FORM_SUBMISSION, submission))
                    .put("submitter", booking.inviteeUri()).put("submitter_type", "Invitee"));
        }

        deleteInvitees("mary.shelley@example.com");

        JsonNode messages = owner.get("/outgoing_communications?organization=" + enc(org) + "&count=100")
                .collection();
        assertThat(messages).isNotEmpty().noneMatch(m -> m.path("to").asText().equals("mary.shelley@example.com"));
        assertThat(owner.get(path(withGuest.eventUri(), sandbox.baseUrl())).resource().path("event_guests"))
                .isEmpty();
        synchronized (sandbox.context().lock()) {
            assertThat(sandbox.context().store().find(Kind.CONTACT, contact)).isEmpty();
            assertThat(sandbox.context().store().find(Kind.ROUTING_FORM_SUBMISSION, submission)).isEmpty();
        }
    }

    @Test
    void theDeletionIsLoggedAndTheInviteeNoLongerNamedInTheLog() {
        sandbox.book(Booking.of(intro, null, "Mary Shelley", "mary.shelley@example.com"));

        deleteInvitees("mary.shelley@example.com");

        JsonNode entries = owner.get("/activity_log_entries?organization=" + enc(org)).collection();
        JsonNode completed = entries.get(0);
        assertThat(completed.path("fully_qualified_name").asText()).isEqualTo("Compliance.Data_Deletion_Completed");
        assertThat(completed.path("actor").path("type").asText()).isEqualTo("System");
        assertThat(completed.path("details").path("type").asText()).isEqualTo("Invitee list");
        assertThat(completed.path("details").path("emails").get(0).asText()).isEqualTo("mary.shelley@example.com");
        assertThat(completed.path("details").path("requested_by").asText()).isEqualTo("Ada Lovelace");
        JsonNode booked = entries.get(1);
        assertThat(booked.path("fully_qualified_name").asText()).isEqualTo("Invitee.Created");
        assertThat(booked.path("actor").path("display_name").asText()).isEqualTo("Deleted invitee");
        assertThat(booked.path("actor").has("alternative_identifier")).isFalse();
    }

    @Test
    void deletingEventsRemovesThoseStartingInTheRangeWithTheirInvitees() {
        JsonNode past = owner.get("/scheduled_events?organization=" + enc(org) + "&max_start_time="
                + NOW + "&sort=start_time:asc").collection();
        assertThat(past).hasSize(2);
        String older = past.get(0).path("uri").asText();
        String newer = past.get(1).path("uri").asText();
        String newerInvitee = owner.get(path(newer, sandbox.baseUrl()) + "/invitees").collection().get(0)
                .path("uri").asText();

        SandboxClient.Reply reply = owner.post("/data_compliance/deletion/events", """
                {"start_time": "%s", "end_time": "%s"}""".formatted(NOW.minusSeconds(10L * 86_400),
                NOW.minusSeconds(3_600)));

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json()).isEqualTo(Json.object());
        assertThat(owner.get(path(newer, sandbox.baseUrl())).status()).isEqualTo(404);
        assertThat(owner.get(path(newerInvitee, sandbox.baseUrl())).status()).isEqualTo(404);
        assertThat(owner.get(path(older, sandbox.baseUrl())).status()).isEqualTo(200);
        assertThat(owner.get("/scheduled_events?organization=" + enc(org) + "&max_start_time=" + NOW)
                .collection()).extracting(e -> e.path("uri").asText()).containsExactly(older);
    }

    static Stream<Arguments> invalidInviteeBodies() {
        return Stream.of(
                Arguments.of("{}", "emails"),
                Arguments.of("{\"emails\": []}", "emails"),
                Arguments.of("{\"emails\": \"mary@example.com\"}", "emails"),
                Arguments.of("{\"emails\": [\"not-an-email\"]}", "emails"),
                Arguments.of("{\"emails\": [42]}", "emails"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("invalidInviteeBodies")
    void aBadInviteeDeletionIs400NamingTheField(String body, String parameter) {
        SandboxClient.Reply reply = owner.post("/data_compliance/deletion/invitees", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo(parameter);
    }

    static Stream<Arguments> invalidEventRanges() {
        return Stream.of(
                Arguments.of("{\"end_time\": \"2026-03-01T00:00:00Z\"}", "start_time"),
                Arguments.of("{\"start_time\": \"2026-02-01T00:00:00Z\"}", "end_time"),
                Arguments.of("{\"start_time\": \"last month\", \"end_time\": \"2026-03-01T00:00:00Z\"}",
                        "start_time"),
                Arguments.of("{\"start_time\": \"2026-03-01T00:00:00Z\", \"end_time\": \"2026-02-01T00:00:00Z\"}",
                        "start_time"),
                Arguments.of("{\"start_time\": \"2026-02-01T00:00:00Z\", \"end_time\": \"2026-03-05T00:00:00Z\"}",
                        "end_time"),
                Arguments.of("{\"start_time\": \"2024-02-29T00:00:00Z\", \"end_time\": \"2026-03-01T00:00:00Z\"}",
                        "start_time"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("invalidEventRanges")
    void aBadEventsDeletionIs400NamingTheField(String body, String parameter) {
        SandboxClient.Reply reply = owner.post("/data_compliance/deletion/events", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void aRangeOfExactly24MonthsIsAccepted() {
        SandboxClient.Reply reply = owner.post("/data_compliance/deletion/events",
                "{\"start_time\": \"2024-03-01T00:00:00Z\", \"end_time\": \"2026-03-01T00:00:00Z\"}");

        assertThat(reply.status()).isEqualTo(202);
    }
}
