package io.github.camelcalendly.sandbox.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.BookingResult;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxClient;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * The Enterprise endpoints answer with every field of the recorded fixtures: the activity log (with its totals),
 * outgoing communications and the data compliance deletions' empty acknowledgement.
 */
class EnterpriseShapeTest {

    /** Actor groups: the seeded users belong to no group. Details: their fields depend on the action. */
    private static final Set<String> ACTIVITY_EXCUSED = Set.of("collection[].actor.group",
            "collection[].actor.group.uri", "collection[].actor.group.name", "collection[].actor.group.role",
            "collection[].details.id", "collection[].details.name");

    private static CalendlySandbox sandbox;
    private static SandboxClient client;
    private static String org;

    @BeforeAll
    static void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withPlan(SandboxOptions.Plan.ENTERPRISE));
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        org = sandbox.seeded().organization();
        String intro = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        BookingResult booking = sandbox.book(Booking.of(intro, null, "Mary Somerville", "mary@example.com"));
        sandbox.cancel(booking.inviteeUri(), "Travelling");
        sandbox.book(Booking.of(intro, null, "Emmy Noether", "emmy@example.com"));
        client.post("/data_compliance/deletion/invitees", "{\"emails\": [\"nobody@example.com\"]}");
        client.post("/organizations/" + org.substring(org.lastIndexOf('/') + 1) + "/invitations",
                "{\"email\": \"fresh.face@example.com\"}");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** One endpoint's answer and its references. */
    record Case(String name, Supplier<SandboxClient.Reply> call, List<String> references, Set<String> excused) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("GET /activity_log_entries",
                        () -> client.get("/activity_log_entries?organization=" + enc(org) + "&count=10"),
                        List.of("calendlyr/activity_log/list.json", "koshilife/activity_log_entries_001.json"),
                        ACTIVITY_EXCUSED),
                new Case("GET /outgoing_communications",
                        () -> client.get("/outgoing_communications?organization=" + enc(org) + "&count=1"),
                        List.of("calendlyr/outgoing_communications/list.json",
                                "calendlyr/outgoing_communications/list_page2.json"),
                        Set.of()),
                new Case("POST /data_compliance/deletion/invitees",
                        () -> client.post("/data_compliance/deletion/invitees",
                                "{\"emails\": [\"emmy@example.com\"]}"),
                        List.of("calendlyr/data_compliance/delete_invitee_data.json"), Set.of()),
                new Case("POST /data_compliance/deletion/events",
                        () -> client.post("/data_compliance/deletion/events",
                                "{\"start_time\": \"2025-01-01T00:00:00Z\", \"end_time\": \"2025-02-01T00:00:00Z\"}"),
                        List.of("calendlyr/data_compliance/delete_scheduled_event_data.json"), Set.of()));
    }

    /** The endpoints compared here, for {@link ShapeCoverage}. */
    static Stream<String> comparedEndpoints() {
        return cases().map(Case::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAnswerHasEveryFieldOfTheReference(Case shapeCase) {
        SandboxClient.Reply reply = shapeCase.call().get();
        assertThat(reply.status()).as(shapeCase.name() + ": " + reply).isBetween(200, 299);
        JsonNode answer = reply.json();

        ReferenceShapes.assertHasEveryFieldOf(shapeCase.name(), answer, shapeCase.references(), shapeCase.excused());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
