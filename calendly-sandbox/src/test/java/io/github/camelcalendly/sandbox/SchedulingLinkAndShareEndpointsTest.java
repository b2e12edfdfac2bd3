package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

class SchedulingLinkAndShareEndpointsTest {

    private CalendlySandbox sandbox;
    private SandboxClient owner;
    private SeededOrganization seeded;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start();
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        seeded = sandbox.seeded();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static String linkBody(String owner) {
        return "{\"max_event_count\": 1, \"owner\": \"" + owner + "\", \"owner_type\": \"EventType\"}";
    }

    private static String parameterOf(SandboxClient.Reply reply) {
        return reply.json().path("details").get(0).path("parameter").asText();
    }

    @Test
    void aSingleUseLinkIsCreatedForAnActiveEventTypeAndKept() {
        String eventType = seeded.eventType(SeededOrganization.INTRO_CALL);

        SandboxClient.Reply reply = owner.post("/scheduling_links", linkBody(eventType));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.resource().path("owner").asText()).isEqualTo(eventType);
        assertThat(reply.resource().path("owner_type").asText()).isEqualTo("EventType");
        assertThat(reply.resource().path("booking_url").asText())
                .matches("https://calendly\\.com/d/[a-z]{4}-[a-z]{4}/intro-call");
        assertThat(sandbox.context().store().all(Kind.SCHEDULING_LINK))
                .containsExactly((com.fasterxml.jackson.databind.node.ObjectNode) reply.resource());
    }

    @Test
    void twoLinksForTheSameEventTypeHaveDifferentUrls() {
        String eventType = seeded.eventType(SeededOrganization.INTRO_CALL);

        String first = owner.post("/scheduling_links", linkBody(eventType)).resource().path("booking_url").asText();
        String second = owner.post("/scheduling_links", linkBody(eventType)).resource().path("booking_url").asText();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aMaxEventCountOtherThanOneIs400NamingIt() {
        SandboxClient.Reply reply = owner.post("/scheduling_links", "{\"max_event_count\": 2, \"owner\": \""
                + seeded.eventType(SeededOrganization.INTRO_CALL) + "\", \"owner_type\": \"EventType\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(parameterOf(reply)).isEqualTo("max_event_count");
        assertThat(sandbox.context().store().all(Kind.SCHEDULING_LINK)).isEmpty();
    }

    @Test
    void aWrongOwnerTypeIs400NamingIt() {
        SandboxClient.Reply reply = owner.post("/scheduling_links", "{\"max_event_count\": 1, \"owner\": \""
                + seeded.eventType(SeededOrganization.INTRO_CALL) + "\", \"owner_type\": \"User\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(parameterOf(reply)).isEqualTo("owner_type");
    }

    @Test
    void anInactiveOrUnknownOwnerIs400NamingOwner() {
        SandboxClient.Reply inactive = owner.post("/scheduling_links",
                linkBody(seeded.eventType(SeededOrganization.LEGACY_CONSULT)));
        SandboxClient.Reply unknown = owner.post("/scheduling_links",
                linkBody(sandbox.baseUrl() + "/event_types/NOSUCHEVENTTYPE0"));
        SandboxClient.Reply missing = owner.post("/scheduling_links",
                "{\"max_event_count\": 1, \"owner_type\": \"EventType\"}");

        assertThat(inactive.status()).isEqualTo(400);
        assertThat(parameterOf(inactive)).isEqualTo("owner");
        assertThat(parameterOf(unknown)).isEqualTo("owner");
        assertThat(parameterOf(missing)).isEqualTo("owner");
    }

    @Test
    void aPlainMemberCannotMakeLinksForSomeoneElsesEventType() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken(seeded.member(), List.of("scheduling_links:write")))
                .post("/scheduling_links", linkBody(seeded.eventType(SeededOrganization.INTRO_CALL)));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
    }

    @Test
    void creatingALinkNeedsSchedulingLinksWrite() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken("event_types:write"))
                .post("/scheduling_links", linkBody(seeded.eventType(SeededOrganization.INTRO_CALL)));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("scheduling_links:write");
    }

    @Test
    void aShareWithOverridesAnswersTheLinkAndTheOverride() {
        String eventType = seeded.eventType(SeededOrganization.INTRO_CALL);

        SandboxClient.Reply reply = owner.post("/shares", """
                {"event_type": "%s", "name": "Quick Sync", "duration": 15, "period_type": "fixed",
                 "start_date": "2027-01-04", "end_date": "2027-01-08", "hide_location": true,
                 "location_configurations": [{"kind": "physical", "location": "12 Baker St", "position": 0}],
                 "availability_rule": {"timezone": "Europe/London", "rules": [
                   {"type": "wday", "wday": "friday", "intervals": [{"from": "07:00", "to": "11:00"}]}]}}
                """.formatted(eventType));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode share = reply.resource();
        assertThat(share.path("scheduling_links").get(0).path("owner").asText()).isEqualTo(eventType);
        assertThat(share.path("scheduling_links").get(0).path("booking_url").asText())
                .startsWith("https://calendly.com/d/");
        JsonNode override = share.path("share_override");
        assertThat(override.path("name").asText()).isEqualTo("Quick Sync");
        assertThat(override.path("duration").asInt()).isEqualTo(15);
        assertThat(override.path("period_type").asText()).isEqualTo("fixed");
        assertThat(override.path("start_date").asText()).isEqualTo("2027-01-04");
        assertThat(override.path("end_date").asText()).isEqualTo("2027-01-08");
        assertThat(override.path("max_booking_time").isNull()).isTrue();
        assertThat(override.path("hide_location").asBoolean()).isTrue();
        assertThat(override.path("location_configurations").get(0).path("location").asText())
                .isEqualTo("12 Baker St");
        assertThat(override.path("availability_rule").path("timezone").asText()).isEqualTo("Europe/London");
        assertThat(override.path("availability_rule").path("rules").get(0).path("wday").asText())
                .isEqualTo("friday");
        assertThat(sandbox.context().store().all(Kind.SHARE)).hasSize(1);
    }

    @Test
    void aShareCopiesWhatItDoesNotOverrideFromTheEventType() {
        JsonNode override = owner.post("/shares",
                "{\"event_type\": \"" + seeded.eventType(SeededOrganization.PRODUCT_DEMO) + "\"}")
                .resource().path("share_override");

        assertThat(override.path("name").asText()).isEqualTo("Product Demo");
        assertThat(override.path("duration").asInt()).isEqualTo(60);
        assertThat(override.path("period_type").asText()).isEqualTo("unlimited");
        assertThat(override.path("location_configurations").get(0).path("kind").asText())
                .isEqualTo("zoom_conference");
        assertThat(override.path("availability_rule").path("timezone").asText()).isEqualTo("America/New_York");
        assertThat(override.path("availability_rule").path("rules")).hasSize(7);
    }

    @Test
    void aShareOfAGroupEventTypeIs400NamingEventType() {
        SandboxClient.Reply reply = owner.post("/shares",
                "{\"event_type\": \"" + seeded.eventType(SeededOrganization.SUPPORT_ROTATION) + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(parameterOf(reply)).isEqualTo("event_type");
        assertThat(sandbox.context().store().all(Kind.SHARE)).isEmpty();
    }

    @Test
    void shareFieldsAreValidated() {
        String eventType = seeded.eventType(SeededOrganization.INTRO_CALL);

        assertThat(parameterOf(owner.post("/shares", "{}"))).isEqualTo("event_type");
        assertThat(parameterOf(owner.post("/shares",
                "{\"event_type\": \"" + eventType + "\", \"period_type\": \"fixed\"}"))).isEqualTo("start_date");
        assertThat(parameterOf(owner.post("/shares",
                "{\"event_type\": \"" + eventType + "\", \"period_type\": \"moving\"}")))
                .isEqualTo("max_booking_time");
        assertThat(parameterOf(owner.post("/shares",
                "{\"event_type\": \"" + eventType + "\", \"duration\": 0}"))).isEqualTo("duration");
        assertThat(parameterOf(owner.post("/shares", "{\"event_type\": \"" + eventType
                + "\", \"availability_rule\": {\"timezone\": \"Mars/Olympus\", \"rules\": []}}")))
                .isEqualTo("availability_rule");
        assertThat(sandbox.context().store().all(Kind.SHARE)).isEmpty();
    }

    @Test
    void creatingAShareNeedsSharesWrite() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken("event_types:write")).post("/shares",
                "{\"event_type\": \"" + seeded.eventType(SeededOrganization.INTRO_CALL) + "\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("shares:write");
    }
}
