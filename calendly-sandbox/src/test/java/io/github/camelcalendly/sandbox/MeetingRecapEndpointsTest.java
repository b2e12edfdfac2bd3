package io.github.camelcalendly.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;

/**
 * Calendly Notetaker's meeting recaps: a held meeting gets a recap owned by its host, who alone can list, read,
 * edit and delete it on a paid plan; changes raise {@code meeting_recap.*} events to the host's user-scoped
 * subscriptions.
 */
class MeetingRecapEndpointsTest {

    private static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final SandboxClock clock = SandboxClock.frozenAt(START);
    private CalendlySandbox sandbox;
    private SandboxClient owner;
    private SandboxClient admin;
    private WireMockServer receiver;

    /** The seeded Intro Call held two weeks ago: it has a recap from the start. */
    private String pastIntro;
    private String upcomingIntro;
    private String productDemo;
    private String officeHours;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock));
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        admin = owner.as(sandbox.issueToken(sandbox.seeded().admin(), List.of()));
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/owner")).willReturn(aResponse().withStatus(200)));
        receiver.stubFor(post(urlEqualTo("/admin")).willReturn(aResponse().withStatus(200)));
        JsonNode ownerEvents = owner.get("/scheduled_events?status=active&sort=start_time:asc&user="
                + sandbox.seeded().owner()).collection();
        pastIntro = ownerEvents.get(0).path("uri").asText();
        upcomingIntro = ownerEvents.get(1).path("uri").asText();
        productDemo = ownerEvents.get(2).path("uri").asText();
        officeHours = owner.get("/scheduled_events?status=active&user=" + sandbox.seeded().admin()).collection()
                .get(0).path("uri").asText();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.stop();
    }

    @Test
    void aFreshSandboxHasARecapOfTheHeldMeetingOnly() {
        SandboxClient.Reply reply = owner.get("/meeting_recaps");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.collection()).singleElement().satisfies(recap -> {
            assertThat(recap.path("event").asText()).isEqualTo(pastIntro);
            assertThat(recap.path("status").asText()).isEqualTo("available");
            assertThat(recap.path("name").asText()).isEqualTo("Intro Call");
            assertThat(recap.path("attendees")).extracting(a -> a.path("user_email").asText())
                    .containsExactly("ada@example.com", "charles@example.com");
        });
    }

    @Test
    void listsTheCallersRecapsNewestMeetingFirstWithoutTheMarkdown() {
        holdUpcomingMeetings();

        JsonNode recaps = owner.get("/meeting_recaps").collection();

        assertThat(recaps).extracting(recap -> recap.path("event").asText())
                .containsExactly(productDemo, upcomingIntro, pastIntro);
        assertThat(recaps).allSatisfy(recap -> {
            assertThat(recap.has("summary_md")).isFalse();
            assertThat(recap.path("transcript").asText()).isEqualTo(recap.path("uri").asText() + "/transcript");
            assertThat(recap.path("attendees").get(0).path("host").asBoolean()).isTrue();
        });
    }

    @Test
    void filtersByEvent() {
        holdUpcomingMeetings();

        JsonNode recaps = owner.get("/meeting_recaps?event=" + encode(upcomingIntro)).collection();

        assertThat(recaps).extracting(recap -> recap.path("event").asText()).containsExactly(upcomingIntro);
    }

    @Test
    void filtersByAttendeeEmailIgnoringCase() {
        holdUpcomingMeetings();

        JsonNode recaps = owner.get("/meeting_recaps?attendee=" + encode("Katherine@Example.com")).collection();

        assertThat(recaps).extracting(recap -> recap.path("event").asText()).containsExactly(productDemo);
    }

    @Test
    void startTimeKeepsMeetingsEndingAtOrAfterIt() {
        holdUpcomingMeetings();
        String introEnd = event(upcomingIntro).path("end_time").asText();

        JsonNode recaps = owner.get("/meeting_recaps?start_time=" + encode(introEnd)).collection();

        assertThat(recaps).extracting(recap -> recap.path("event").asText()).containsExactly(productDemo, upcomingIntro);
    }

    @Test
    void endTimeKeepsMeetingsStartingAtOrBeforeIt() {
        holdUpcomingMeetings();
        String introStart = event(upcomingIntro).path("start_time").asText();

        JsonNode recaps = owner.get("/meeting_recaps?end_time=" + encode(introStart)).collection();

        assertThat(recaps).extracting(recap -> recap.path("event").asText()).containsExactly(upcomingIntro, pastIntro);
    }

    @Test
    void statusDefaultsToAvailableAndOtherStatusesHaveNoRecaps() {
        assertThat(owner.get("/meeting_recaps?status=available").collection()).hasSize(1);
        assertThat(owner.get("/meeting_recaps?status=processing").collection()).isEmpty();
        assertThat(owner.get("/meeting_recaps?status=unavailable").collection()).isEmpty();
    }

    @Test
    void walksThePagesWithCountAndPageToken() {
        holdUpcomingMeetings();
        List<String> seen = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();

        SandboxClient.Reply page = owner.get("/meeting_recaps?count=2");
        while (true) {
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.collection().forEach(recap -> seen.add(recap.path("event").asText()));
            counts.add(page.json().path("pagination").path("count").asInt());
            JsonNode next = page.json().path("pagination").path("next_page");
            if (next.isNull()) {
                break;
            }
            assertThat(next.asText()).contains("count=2").contains("page_token=");
            page = owner.get(next.asText());
        }

        assertThat(counts).containsExactly(2, 1);
        assertThat(seen).containsExactly(productDemo, upcomingIntro, pastIntro);
    }

    @Test
    void getsOneRecapWithItsMarkdownAndLinks() {
        String uri = owner.get("/meeting_recaps").collection().get(0).path("uri").asText();

        SandboxClient.Reply reply = owner.get("/meeting_recaps/" + uuid(uri));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode recap = reply.resource();
        assertThat(recap.path("uri").asText()).isEqualTo(uri);
        assertThat(recap.path("summary_md").asText()).contains("Ada Lovelace met Charles Babbage");
        assertThat(recap.path("action_items_md").asText()).startsWith("- [ ]");
        assertThat(recap.path("discussion_md").asText()).contains("Charles Babbage");
        assertThat(recap.path("app_url").asText()).startsWith("https://calendly.com/");
        assertThat(recap.path("share_link").asText()).startsWith("https://calendly.com/");
        assertThat(recap.path("location").path("type").asText()).isNotEmpty();
    }

    @Test
    void theTranscriptHasOneSpeakerLinePerSegment() {
        String uri = owner.get("/meeting_recaps").collection().get(0).path("uri").asText();

        SandboxClient.Reply reply = owner.get("/meeting_recaps/" + uuid(uri) + "/transcript");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.resource().path("uri").asText()).isEqualTo(uri + "/transcript");
        assertThat(reply.resource().path("text").asText().split("\n"))
                .containsExactly("Ada Lovelace: Thanks for joining the Intro Call.",
                        "Charles Babbage: Thanks for having me.", "Ada Lovelace: Let's go through the agenda.");
    }

    @Test
    void anUpdateChangesTheGivenFieldsOnlyAndRaisesMeetingRecapUpdated() {
        subscribe("/owner", sandbox.seeded().owner(), owner);
        String uri = owner.get("/meeting_recaps").collection().get(0).path("uri").asText();
        String discussion = owner.get("/meeting_recaps/" + uuid(uri)).resource().path("discussion_md").asText();
        clock.advance(Duration.ofMinutes(5));

        SandboxClient.Reply reply = owner.patch("/meeting_recaps/" + uuid(uri),
                "{\"summary_md\":\"Agreed on a pilot.\",\"action_items_md\":null}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode stored = owner.get("/meeting_recaps/" + uuid(uri)).resource();
        assertThat(stored.path("summary_md").asText()).isEqualTo("Agreed on a pilot.");
        assertThat(stored.path("action_items_md").isNull()).isTrue();
        assertThat(stored.path("discussion_md").asText()).isEqualTo(discussion);
        assertThat(stored.path("updated_at").asText()).isEqualTo(Json.time(clock.instant()));
        WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
        ObjectNode body = (ObjectNode) Json.parse(delivery.body());
        assertThat(body.path("event").asText()).isEqualTo("meeting_recap.updated");
        assertThat(body.path("payload").path("recap").path("uri").asText()).isEqualTo(uri);
        assertThat(body.path("payload").path("recap").path("summary_md").asText()).isEqualTo("Agreed on a pilot.");
        assertThat(body.path("payload").path("event").path("uri").asText()).isEqualTo(pastIntro);
        assertThat(body.path("payload").path("event").path("attendees").get(1).path("user_name").asText())
                .isEqualTo("Charles Babbage");
    }

    @Test
    void anUpdateThatChangesNothingRaisesNoEvent() {
        String uri = owner.get("/meeting_recaps").collection().get(0).path("uri").asText();
        String summary = owner.get("/meeting_recaps/" + uuid(uri)).resource().path("summary_md").asText();

        SandboxClient.Reply reply = owner.patch("/meeting_recaps/" + uuid(uri),
                Json.text(Json.object().put("summary_md", summary)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(sandbox.events()).isEmpty();
    }

    @Test
    void aDeletedRecapAndItsTranscriptAre404AndATombstoneIsDelivered() {
        subscribe("/owner", sandbox.seeded().owner(), owner);
        String uri = owner.get("/meeting_recaps").collection().get(0).path("uri").asText();

        SandboxClient.Reply reply = owner.delete("/meeting_recaps/" + uuid(uri));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
        assertThat(owner.get("/meeting_recaps/" + uuid(uri)).status()).isEqualTo(404);
        assertThat(owner.get("/meeting_recaps/" + uuid(uri) + "/transcript").status()).isEqualTo(404);
        assertThat(owner.delete("/meeting_recaps/" + uuid(uri)).status()).isEqualTo(404);
        assertThat(owner.get("/meeting_recaps").collection()).isEmpty();
        JsonNode payload = Json.parse(sandbox.awaitDeliveries(1, WAIT).get(0).body()).path("payload");
        assertThat(payload.path("recap").path("uri").asText()).isEqualTo(uri);
        assertThat(payload.path("recap").path("deleted_at").asText()).isEqualTo(Json.time(clock.instant()));
        assertThat(payload.path("recap").size()).isEqualTo(2);
        assertThat(payload.has("event")).isFalse();
    }

    @Test
    void anotherUsersRecapIsNotFoundForTheCallerWhateverItsRole() {
        clock.advance(Duration.ofDays(10));
        String recap = sandbox.recordMeetingRecap(officeHours).path("uri").asText();

        assertThat(admin.get("/meeting_recaps/" + uuid(recap)).status()).isEqualTo(200);
        assertThat(owner.get("/meeting_recaps").collection()).extracting(r -> r.path("uri").asText())
                .doesNotContain(recap);
        assertThat(owner.get("/meeting_recaps/" + uuid(recap)).status()).isEqualTo(404);
        assertThat(owner.get("/meeting_recaps/" + uuid(recap) + "/transcript").status()).isEqualTo(404);
        assertThat(owner.patch("/meeting_recaps/" + uuid(recap), "{\"summary_md\":\"x\"}").status()).isEqualTo(404);
        assertThat(owner.delete("/meeting_recaps/" + uuid(recap)).status()).isEqualTo(404);
        assertThat(admin.get("/meeting_recaps").collection()).extracting(r -> r.path("uri").asText())
                .containsExactly(recap);
    }

    @Test
    void anUnknownRecapIs404() {
        SandboxClient.Reply reply = owner.get("/meeting_recaps/NOSUCHRECAP00000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("title").asText()).isEqualTo("Resource Not Found");
        assertThat(owner.get("/meeting_recaps/NOSUCHRECAP00000/transcript").status()).isEqualTo(404);
    }

    @Test
    void theFreePlanHasNoRecaps() {
        try (CalendlySandbox free = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock)
                .withPlan(SandboxOptions.Plan.FREE))) {
            SandboxClient client = new SandboxClient(free.baseUrl(), free.issueToken());

            SandboxClient.Reply reply = client.get("/meeting_recaps");

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
            assertThat(reply.json().path("message").asText()).contains("upgrade");
            assertThat(client.get("/meeting_recaps/ANYRECAP00000000").status()).isEqualTo(403);
            assertThatThrownBy(() -> free.recordMeetingRecap(free.seeded().owner()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("paid plan");
        }
    }

    @Test
    void readingNeedsTheReadScopeAndChangingTheWriteScope() {
        String uri = owner.get("/meeting_recaps").collection().get(0).path("uri").asText();
        SandboxClient usersOnly = owner.as(sandbox.issueToken("users:read"));
        SandboxClient readOnly = owner.as(sandbox.issueToken("meeting_recaps:read"));

        SandboxClient.Reply list = usersOnly.get("/meeting_recaps");
        SandboxClient.Reply patch = readOnly.patch("/meeting_recaps/" + uuid(uri), "{\"summary_md\":\"x\"}");

        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().path("required_scopes")).extracting(JsonNode::asText)
                .containsExactly("meeting_recaps:read");
        assertThat(patch.status()).isEqualTo(403);
        assertThat(patch.json().path("required_scopes")).extracting(JsonNode::asText)
                .containsExactly("meeting_recaps:write");
        assertThat(readOnly.get("/meeting_recaps/" + uuid(uri)).status()).isEqualTo(200);
    }

    @Test
    void badListParametersAre400NamingThem() {
        assertThat(parameterOf(owner.get("/meeting_recaps?start_time=yesterday"))).isEqualTo("start_time");
        assertThat(parameterOf(owner.get("/meeting_recaps?end_time=soon"))).isEqualTo("end_time");
        assertThat(parameterOf(owner.get("/meeting_recaps?status=done"))).isEqualTo("status");
        assertThat(parameterOf(owner.get("/meeting_recaps?count=101"))).isEqualTo("count");
        assertThat(parameterOf(owner.get("/meeting_recaps?page_token=not-a-token"))).isEqualTo("page_token");
    }

    @Test
    void badUpdateBodiesAre400NamingTheField() {
        String path = "/meeting_recaps/" + uuid(owner.get("/meeting_recaps").collection().get(0).path("uri").asText());

        assertThat(parameterOf(owner.patch(path, "{\"transcript\":\"edited\"}"))).isEqualTo("transcript");
        assertThat(parameterOf(owner.patch(path, "{\"summary_md\":42}"))).isEqualTo("summary_md");
        assertThat(parameterOf(owner.patch(path, "[\"summary_md\"]"))).isEqualTo("body");
        assertThat(sandbox.events()).isEmpty();
    }

    @Test
    void recordingAMeetingDeliversASignedCreatedEventOnlyToItsHostsUserScopedSubscription() throws Exception {
        String ownerHook = subscribe("/owner", sandbox.seeded().owner(), owner);
        String adminHook = subscribe("/admin", sandbox.seeded().admin(), admin);
        clock.advance(Duration.ofDays(10));

        ObjectNode recap = sandbox.recordMeetingRecap(productDemo);

        WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
        assertThat(sandbox.deliveries()).extracting(WebhookDelivery::subscription).containsExactly(ownerHook)
                .doesNotContain(adminHook);
        LoggedRequest received = receiver.findAll(postRequestedFor(urlEqualTo("/owner"))).get(0);
        assertThat(received.getBody()).isEqualTo(delivery.body());
        assertThat(IndependentSignature.verifies(received.getHeader("Calendly-Webhook-Signature"), received.getBody(),
                sandbox.webhookSigningKey())).isTrue();
        JsonNode body = Json.parse(received.getBody());
        assertThat(body.path("event").asText()).isEqualTo("meeting_recap.created");
        assertThat(body.path("created_by").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(body.path("payload").path("created_at").asText()).isEqualTo(Json.time(clock.instant()));
        assertThat(body.path("payload").path("event").path("uri").asText()).isEqualTo(productDemo);
        assertThat(body.path("payload").path("recap").path("uri").asText()).isEqualTo(recap.path("uri").asText());
        assertThat(body.path("payload").path("recap").path("transcript").asText())
                .isEqualTo(recap.path("uri").asText() + "/transcript");
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/admin")))).isEmpty();
    }

    @Test
    void onlyAHeldMeetingCanBeRecordedAndOnlyOnce() {
        assertThatThrownBy(() -> sandbox.recordMeetingRecap(productDemo))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ends at");
        assertThatThrownBy(() -> sandbox.recordMeetingRecap(pastIntro))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has a recap");
        assertThatThrownBy(() -> sandbox.recordMeetingRecap(sandbox.baseUrl() + "/scheduled_events/NOSUCHEVENT00000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sandbox.events()).isEmpty();
    }

    private void holdUpcomingMeetings() {
        clock.advance(Duration.ofDays(10));
        sandbox.recordMeetingRecap(upcomingIntro);
        sandbox.recordMeetingRecap(productDemo);
    }

    private JsonNode event(String uri) {
        return owner.get("/scheduled_events/" + uuid(uri)).resource();
    }

    private String subscribe(String path, String user, SandboxClient as) {
        ObjectNode body = Json.object();
        body.put("url", "http://localhost:" + receiver.port() + path);
        body.putArray("events").add("meeting_recap.created").add("meeting_recap.updated").add("meeting_recap.deleted");
        body.put("organization", sandbox.seeded().organization());
        body.put("scope", "user");
        body.put("user", user);
        SandboxClient.Reply reply = as.post("/webhook_subscriptions", Json.text(body));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.resource().path("uri").asText();
    }

    private static String parameterOf(SandboxClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().path("details").path(0).path("parameter").asText();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String uuid(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
