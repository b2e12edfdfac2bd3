package io.github.camelcalendly.sandbox.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxClock;
import io.github.camelcalendly.sandbox.SandboxClient;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

/**
 * The Notetaker answers and webhook payloads have every field Calendly's API reference documents for them: no
 * fixture records a recap, so each is compared with a documented reference answer under {@code documented/}.
 */
class MeetingRecapsShapeTest {

    private static final SandboxClock CLOCK = SandboxClock.frozenAt(Instant.parse("2026-05-04T09:00:00Z"));

    private static CalendlySandbox sandbox;
    private static SandboxClient client;
    private static String recapPath;

    /** The endpoints compared here, for {@link ShapeCoverage}. */
    static Stream<String> comparedEndpoints() {
        return Stream.of("GET /meeting_recaps", "GET /meeting_recaps/{uuid}", "PATCH /meeting_recaps/{uuid}",
                "GET /meeting_recaps/{uuid}/transcript");
    }

    @BeforeAll
    static void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(CLOCK));
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        String uri = client.get("/meeting_recaps").collection().get(0).path("uri").asText();
        recapPath = "/meeting_recaps/" + uri.substring(uri.lastIndexOf('/') + 1);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void listAnswer() {
        compare("GET /meeting_recaps", client.get("/meeting_recaps?count=1").json(), "documented/meeting_recaps-list.json");
    }

    @Test
    void getAnswer() {
        compare("GET /meeting_recaps/{uuid}", client.get(recapPath).json(), "documented/meeting_recaps-get.json");
    }

    @Test
    void updateAnswer() {
        JsonNode answer = client.patch(recapPath, "{\"discussion_md\": \"### Edited\"}").json();

        compare("PATCH /meeting_recaps/{uuid}", answer, "documented/meeting_recaps-get.json");
    }

    @Test
    void transcriptAnswer() {
        compare("GET /meeting_recaps/{uuid}/transcript", client.get(recapPath + "/transcript").json(),
                "documented/meeting_recaps-transcript.json");
    }

    @Test
    void createdAndDeletedWebhookPayloads() {
        String meeting = client.get("/scheduled_events?status=active&sort=start_time:asc&min_start_time="
                + Json.time(CLOCK.instant()).replace(":", "%3A") + "&user=" + sandbox.seeded().owner())
                .collection().get(0).path("uri").asText();
        CLOCK.advance(Duration.ofDays(10));
        String recap = sandbox.recordMeetingRecap(meeting).path("uri").asText();
        client.delete("/meeting_recaps/" + recap.substring(recap.lastIndexOf('/') + 1));

        List<CalendlyEvent> events = sandbox.events().stream()
                .filter(event -> event.name().startsWith("meeting_recap.")).toList();
        assertThat(events).extracting(CalendlyEvent::name).endsWith("meeting_recap.created", "meeting_recap.deleted");
        compare("meeting_recap.created", events.get(events.size() - 2).payload(),
                "documented/meeting_recaps-created-webhook.json");
        compare("meeting_recap.deleted", events.get(events.size() - 1).payload(),
                "documented/meeting_recaps-deleted-webhook.json");
    }

    private static void compare(String caseName, JsonNode answer, String reference) {
        ReferenceShapes.assertHasEveryFieldOf(caseName, answer, List.of(reference), Set.of());
    }
}
