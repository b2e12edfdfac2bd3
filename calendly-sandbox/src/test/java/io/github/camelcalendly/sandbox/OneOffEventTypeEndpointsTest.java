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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/** {@code POST /one_off_event_types}, on a sandbox whose clock stands at Monday 2026-11-23 12:00 UTC. */
class OneOffEventTypeEndpointsTest {

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

    private ObjectNode body() {
        ObjectNode body = Json.object();
        body.put("name", "Contract review");
        body.put("host", sandbox.seeded().owner());
        body.put("duration", 45);
        body.put("timezone", "America/New_York");
        ObjectNode dates = body.putObject("date_setting");
        dates.put("type", "date_range");
        dates.put("start_date", "2026-11-25");
        dates.put("end_date", "2026-11-26");
        body.putObject("location").put("kind", "physical").put("location", "12 Main Street");
        return body;
    }

    private SandboxClient.Reply create(ObjectNode body) {
        return owner.post("/one_off_event_types", Json.text(body));
    }

    private List<String> starts(String eventType, String from, String to) {
        SandboxClient.Reply reply = owner.get("/event_type_available_times?event_type=" + enc(eventType)
                + "&start_time=" + enc(from) + "&end_time=" + enc(to));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> starts = new ArrayList<>();
        reply.collection().forEach(slot -> starts.add(slot.path("start_time").asText()));
        return starts;
    }

    @Test
    void createsAnAdhocEventTypeOfTheHost() {
        SandboxClient.Reply reply = create(body());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode eventType = reply.resource();
        assertThat(eventType.path("type").asText()).isEqualTo("AdhocEventType");
        assertThat(eventType.path("kind").asText()).isEqualTo("solo");
        assertThat(eventType.path("pooling_type").isNull()).isTrue();
        assertThat(eventType.path("name").asText()).isEqualTo("Contract review");
        assertThat(eventType.path("duration").asInt()).isEqualTo(45);
        assertThat(eventType.path("active").asBoolean()).isTrue();
        assertThat(eventType.path("secret").asBoolean()).isTrue();
        assertThat(eventType.path("scheduling_url").asText()).matches("https://calendly\\.com/d/[a-z]{3}-[a-z]{3}-"
                + "[a-z]{3}/contract-review");
        assertThat(eventType.path("profile").path("owner").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(eventType.path("locations").get(0).path("kind").asText()).isEqualTo("physical");
        assertThat(eventType.path("locations").get(0).path("location").asText()).isEqualTo("12 Main Street");
    }

    @Test
    void theOneOffIsFetchedByUriButNotListed() {
        String uri = create(body()).resource().path("uri").asText();

        SandboxClient.Reply fetched = owner.get("/event_types/" + SandboxStore.lastSegment(uri));
        JsonNode listed = owner.get("/event_types?user=" + enc(sandbox.seeded().owner()) + "&count=100")
                .collection();

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.resource().path("type").asText()).isEqualTo("AdhocEventType");
        List<String> listedUris = new ArrayList<>();
        listed.forEach(item -> listedUris.add(item.path("uri").asText()));
        assertThat(listedUris).isNotEmpty().doesNotContain(uri);
    }

    @Test
    void theOneOffIsBookableOnlyOnTheDatesOfItsRangeInTheHostsHours() {
        String uri = create(body()).resource().path("uri").asText();

        List<String> before = starts(uri, "2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z");
        List<String> first = starts(uri, "2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z");
        List<String> after = starts(uri, "2026-11-27T00:00:00Z", "2026-11-28T00:00:00Z");

        assertThat(before).isEmpty();
        assertThat(first).isNotEmpty();
        assertThat(first.get(0)).isEqualTo("2026-11-25T14:00:00.000000Z");
        assertThat(first.get(first.size() - 1)).isEqualTo("2026-11-25T21:00:00.000000Z");
        assertThat(after).isEmpty();
        BookingResult booked = sandbox.book(Booking.of(uri, Instant.parse("2026-11-25T14:00:00Z"), "Jane Doe",
                "jane.doe@example.com"));
        assertThat(booked.event().path("event_type").asText()).isEqualTo(uri);
    }

    @Test
    void coHostsMakeACollectiveMeeting() {
        ObjectNode body = body();
        body.putArray("co_hosts").add(sandbox.seeded().member());

        SandboxClient.Reply reply = create(body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.resource().path("kind").asText()).isEqualTo("group");
        assertThat(reply.resource().path("pooling_type").asText()).isEqualTo("collective");
        SandboxClient.Reply hosts = owner.get("/event_type_memberships?event_type="
                + enc(reply.resource().path("uri").asText()));
        assertThat(hosts.collection()).hasSize(2);
    }

    @Test
    void eachRequiredFieldIsNamedWhenMissing() {
        for (String field : List.of("name", "host", "duration", "date_setting")) {
            ObjectNode body = body();
            body.remove(field);
            assertInvalid(create(body), field);
        }
    }

    @Test
    void eachFieldIsNamedWhenInvalid() {
        assertInvalid(create((ObjectNode) body().put("name", "x".repeat(56))), "name");
        assertInvalid(create((ObjectNode) body().put("host", "ada")), "host");
        assertInvalid(create((ObjectNode) body().put("duration", 721)), "duration");
        assertInvalid(create((ObjectNode) body().put("duration", 12.5)), "duration");
        assertInvalid(create((ObjectNode) body().put("timezone", "Mars/Olympus")), "timezone");
        ObjectNode coHosts = body();
        coHosts.putArray("co_hosts").add(sandbox.baseUrl() + "/users/NOSUCHUSER000000");
        assertInvalid(create(coHosts), "co_hosts");
        ObjectNode location = body();
        location.putObject("location").put("kind", "teleport");
        assertInvalid(create(location), "location");
    }

    @Test
    void theDateSettingIsCheckedFieldByField() {
        ObjectNode spots = body();
        ((ObjectNode) spots.get("date_setting")).put("type", "spots");
        assertInvalid(create(spots), "date_setting.type");
        ObjectNode badStart = body();
        ((ObjectNode) badStart.get("date_setting")).put("start_date", "25/11/2026");
        assertInvalid(create(badStart), "date_setting.start_date");
        ObjectNode reversed = body();
        ((ObjectNode) reversed.get("date_setting")).put("end_date", "2026-11-24");
        assertInvalid(create(reversed), "date_setting.end_date");
        ObjectNode past = body();
        ((ObjectNode) past.get("date_setting")).put("start_date", "2026-10-01").put("end_date", "2026-10-02");
        assertInvalid(create(past), "date_setting.end_date");
    }

    @Test
    void aHostOutsideTheOrganizationIsRejected() {
        SandboxClient.Reply reply = create((ObjectNode) body().put("host",
                sandbox.baseUrl() + "/users/NOSUCHUSER000000"));

        assertInvalid(reply, "host");
    }

    @Test
    void aPlainMemberMayNotCreateOneForSomeoneElse() {
        SandboxClient member = owner.as(sandbox.issueToken(sandbox.seeded().member(), List.of("event_types:write")));

        SandboxClient.Reply forOwner = member.post("/one_off_event_types", Json.text(body()));
        SandboxClient.Reply forSelf = member.post("/one_off_event_types",
                Json.text(body().put("host", sandbox.seeded().member())));

        assertThat(forOwner.status()).isEqualTo(403);
        assertThat(forSelf.status()).as(forSelf.toString()).isEqualTo(201);
    }

    @Test
    void creatingNeedsEventTypesWrite() {
        SandboxClient reader = owner.as(sandbox.issueToken(sandbox.seeded().owner(), List.of("event_types:read")));

        SandboxClient.Reply reply = reader.post("/one_off_event_types", Json.text(body()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").toString()).contains("event_types:write");
    }
}
