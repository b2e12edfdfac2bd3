package io.github.camelcalendly.sandbox.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxClient;
import io.github.camelcalendly.sandbox.SandboxClient.Reply;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * Teams, groups, group relationships, meeting locations, one-off event types and event type availability updates
 * answer with every field of a reference answer: a recorded fixture, or for teams a documented answer.
 */
class GroupsShapeTest {

    private static CalendlySandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** One endpoint's answer and the references it must match. */
    record ShapeCase(String name, Function<SeededOrganization, Reply> call, List<String> references,
            Set<String> excused) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<String> comparedEndpoints() {
        return cases().map(ShapeCase::name);
    }

    static Stream<ShapeCase> cases() {
        return Stream.of(
                new ShapeCase("GET /teams", s -> client.get("/teams?count=1"),
                        List.of("documented/teams-list.json"), Set.of()),
                new ShapeCase("GET /teams/{uuid}", s -> client.get("/teams/" + firstUuid("/teams")),
                        List.of("documented/teams-get.json"), Set.of()),
                new ShapeCase("GET /groups", s -> client.get("/groups?count=1&organization=" + enc(s.organization())),
                        List.of("calendlyr/groups/list.json"), Set.of()),
                new ShapeCase("GET /groups/{uuid}", s -> client.get("/groups/"
                        + firstUuid("/groups?organization=" + enc(s.organization()))),
                        List.of("calendlyr/groups/retrieve.json"), Set.of()),
                new ShapeCase("GET /group_relationships", s -> client.get("/group_relationships?count=4"),
                        List.of("calendlyr/group_relationships/list.json"), Set.of()),
                new ShapeCase("GET /group_relationships/{uuid}", s -> client.get("/group_relationships/"
                        + firstUuid("/group_relationships")),
                        List.of("calendlyr/group_relationships/retrieve.json"), Set.of()),
                // Calendly does not paginate meeting locations (the whole collection, no pagination block);
                // the recorded fixture carries one anyway
                new ShapeCase("GET /locations", s -> client.get("/locations?user=" + enc(s.owner())),
                        List.of("calendlyr/locations/list.json"), Set.of("pagination", "pagination.count",
                                "pagination.next_page", "pagination.next_page_token", "pagination.previous_page",
                                "pagination.previous_page_token")),
                new ShapeCase("POST /one_off_event_types", s -> client.post("/one_off_event_types", """
                        {"name": "Shape Check", "host": "%s", "duration": 30,
                         "date_setting": {"type": "date_range", "start_date": "%s", "end_date": "%s"},
                         "location": {"kind": "zoom_conference"}}""".formatted(s.owner(), today(), today()
                        .plusDays(7))),
                        List.of("calendlyr/event_types/create_one_off.json"), Set.of()),
                new ShapeCase("PATCH /event_type_availability_schedules", s -> client.patch(
                        "/event_type_availability_schedules?event_type="
                                + enc(s.eventType(SeededOrganization.PRODUCT_DEMO)), """
                        {"availability_rule": {"timezone": "UTC", "rules": [{"type": "wday", "wday": "monday",
                         "intervals": [{"from": "09:00", "to": "12:00"}]}]}}"""),
                        List.of("calendlyr/event_type_availability_schedules/update.json"), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAnswerHasEveryFieldOfTheReference(ShapeCase shapeCase) {
        Reply reply = shapeCase.call().apply(sandbox.seeded());
        assertThat(reply.status()).as(shapeCase.name() + ": " + reply).isBetween(200, 299);
        JsonNode answer = reply.json();

        ReferenceShapes.assertHasEveryFieldOf(shapeCase.name(), answer, shapeCase.references(),
                shapeCase.excused());
    }

    private static String firstUuid(String listPath) {
        return SandboxStore.lastSegment(client.get(listPath).collection().get(0).path("uri").asText());
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC).plusDays(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
