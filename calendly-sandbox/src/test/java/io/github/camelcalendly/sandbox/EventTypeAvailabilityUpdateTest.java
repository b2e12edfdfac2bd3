package io.github.camelcalendly.sandbox;

import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.assertInvalid;
import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * {@code PATCH /event_type_availability_schedules}, on a sandbox whose clock stands at Monday 2026-11-23 12:00 UTC:
 * the new rule decides what the event type's schedule and available times then answer.
 */
class EventTypeAvailabilityUpdateTest {

    private CalendlySandbox sandbox;
    private SandboxClient owner;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults()
                .withClock(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC)));
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String intro() {
        return sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
    }

    /** Tuesdays 10:00-12:00 in Berlin, and 2026-11-26 (a Thursday) 08:00-09:00. */
    private static ObjectNode body() {
        ObjectNode body = Json.object();
        ObjectNode rule = body.putObject("availability_rule");
        rule.put("timezone", "Europe/Berlin");
        ArrayNode rules = rule.putArray("rules");
        ObjectNode tuesday = rules.addObject().put("type", "wday").put("wday", "tuesday");
        tuesday.putArray("intervals").addObject().put("from", "10:00").put("to", "12:00");
        ObjectNode thursday = rules.addObject().put("type", "date").put("date", "2026-11-26");
        thursday.putArray("intervals").addObject().put("from", "08:00").put("to", "09:00");
        body.put("availability_setting", "host");
        return body;
    }

    private SandboxClient.Reply patch(SandboxClient client, String eventType, ObjectNode body) {
        return client.patch("/event_type_availability_schedules?event_type=" + enc(eventType), Json.text(body));
    }

    private List<String> starts(String from, String to) {
        SandboxClient.Reply reply = owner.get("/event_type_available_times?event_type=" + enc(intro())
                + "&start_time=" + enc(from) + "&end_time=" + enc(to));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> starts = new ArrayList<>();
        reply.collection().forEach(slot -> starts.add(slot.path("start_time").asText()));
        return starts;
    }

    @Test
    void theUpdateIsConfirmedWithCalendlysMessage() {
        SandboxClient.Reply reply = patch(owner, intro(), body());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("message").asText()).isEqualTo("Availability schedules updated successfully.");
    }

    @Test
    void theAvailableTimesFollowTheNewRule() {
        patch(owner, intro(), body());

        assertThat(starts("2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z")).containsExactly(
                "2026-11-24T09:00:00.000000Z", "2026-11-24T09:30:00.000000Z", "2026-11-24T10:00:00.000000Z",
                "2026-11-24T10:30:00.000000Z");
        assertThat(starts("2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z")).isEmpty();
        assertThat(starts("2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z")).containsExactly(
                "2026-11-26T07:00:00.000000Z", "2026-11-26T07:30:00.000000Z");
    }

    @Test
    void theEventTypesScheduleFollowsTheNewRule() {
        patch(owner, intro(), body());

        SandboxClient.Reply reply = owner.get("/event_type_availability_schedules?event_type=" + enc(intro()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> windows = new ArrayList<>();
        reply.collection().forEach(item -> windows.add(item.path("start_time").asText() + "/"
                + item.path("end_time").asText()));
        assertThat(windows).containsExactly(
                "2026-11-24T09:00:00.000000Z/2026-11-24T11:00:00.000000Z",
                "2026-11-26T07:00:00.000000Z/2026-11-26T08:00:00.000000Z");
        assertThat(reply.collection().get(0).path("availability_setting").asText()).isEqualTo("host");
    }

    @Test
    void otherEventTypesKeepTheirHostsSchedule() {
        patch(owner, intro(), body());

        String demo = sandbox.seeded().eventType(SeededOrganization.PRODUCT_DEMO);
        SandboxClient.Reply reply = owner.get("/event_type_available_times?event_type=" + enc(demo)
                + "&start_time=" + enc("2026-11-25T00:00:00Z") + "&end_time=" + enc("2026-11-26T00:00:00Z"));

        assertThat(reply.collection().get(0).path("start_time").asText()).isEqualTo("2026-11-25T14:00:00.000000Z");
    }

    @Test
    void theRuleIsRequiredAndCheckedFieldByField() {
        assertInvalid(patch(owner, intro(), Json.object()), "availability_rule");
        ObjectNode zone = body();
        ((ObjectNode) zone.get("availability_rule")).put("timezone", "Berlin");
        assertInvalid(patch(owner, intro(), zone), "availability_rule.timezone");
        ObjectNode noRules = body();
        ((ObjectNode) noRules.get("availability_rule")).putArray("rules");
        assertInvalid(patch(owner, intro(), noRules), "availability_rule.rules");
        ObjectNode type = body();
        ((ObjectNode) type.get("availability_rule").get("rules").get(0)).put("type", "weekly");
        assertInvalid(patch(owner, intro(), type), "availability_rule.rules[0].type");
        ObjectNode wday = body();
        ((ObjectNode) wday.get("availability_rule").get("rules").get(0)).put("wday", "tues");
        assertInvalid(patch(owner, intro(), wday), "availability_rule.rules[0].wday");
        ObjectNode date = body();
        ((ObjectNode) date.get("availability_rule").get("rules").get(1)).put("date", "26.11.2026");
        assertInvalid(patch(owner, intro(), date), "availability_rule.rules[1].date");
        ObjectNode from = body();
        ((ObjectNode) from.get("availability_rule").get("rules").get(0).get("intervals").get(0)).put("from", "9am");
        assertInvalid(patch(owner, intro(), from), "availability_rule.rules[0].intervals[0].from");
        ObjectNode backwards = body();
        ((ObjectNode) backwards.get("availability_rule").get("rules").get(0).get("intervals").get(0))
                .put("to", "09:00");
        assertInvalid(patch(owner, intro(), backwards), "availability_rule.rules[0].intervals[0].to");
        assertInvalid(patch(owner, intro(), (ObjectNode) body().put("availability_setting", 3)),
                "availability_setting");
    }

    @Test
    void theEventTypeIsRequired() {
        assertInvalid(owner.patch("/event_type_availability_schedules", Json.text(body())), "event_type");
    }

    @Test
    void aMemberWhoDoesNotHostTheEventTypeMayNotChangeIt() {
        SandboxClient member = owner.as(sandbox.issueToken(sandbox.seeded().member(),
                List.of("availability:write")));

        SandboxClient.Reply reply = patch(member, intro(), body());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(starts("2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z")).isNotEmpty();
    }

    @Test
    void anOrganizationAdminMayChangeAnotherUsersEventType() {
        SandboxClient admin = owner.as(sandbox.issueToken(sandbox.seeded().admin(), List.of("availability:write")));

        assertThat(patch(admin, intro(), body()).status()).isEqualTo(200);
    }

    @Test
    void updatingNeedsAvailabilityWrite() {
        SandboxClient reader = owner.as(sandbox.issueToken(sandbox.seeded().owner(), List.of("availability:read")));

        SandboxClient.Reply reply = patch(reader, intro(), body());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").toString()).contains("availability:write");
    }
}
