package io.github.camelcalendly.sandbox;

import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.assertInvalid;
import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/** {@code GET /locations}: the meeting locations a user has set up. */
class MeetingLocationEndpointsTest {

    private CalendlySandbox sandbox;
    private SandboxClient owner;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start();
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static List<String> kinds(SandboxClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        reply.collection().forEach(location -> kinds.add(location.path("kind").asText()));
        return kinds;
    }

    @Test
    void aUsersLocationsAreThoseOfTheirEventTypesPlusGoogleMeet() {
        SandboxClient.Reply reply = owner.get("/locations?user=" + enc(sandbox.seeded().owner()));

        assertThat(kinds(reply)).containsExactly("zoom_conference", "google_conference");
        JsonNode zoom = reply.collection().get(0);
        assertThat(zoom.path("type").asText()).isEqualTo("zoom");
        assertThat(zoom.path("display_name").asText()).isEqualTo("Zoom");
        assertThat(zoom.path("connected").asBoolean()).isTrue();
        assertThat(zoom.path("uri").asText()).startsWith(sandbox.baseUrl() + "/locations/");
        assertThat(reply.json().has("pagination")).isFalse();
    }

    @Test
    void aLocationAddedToAnEventTypeIsListedWithoutConnection() {
        String demo = sandbox.seeded().eventType(SeededOrganization.PRODUCT_DEMO);
        SandboxClient.Reply patched = owner.patch("/event_types/" + SandboxStore.lastSegment(demo),
                "{\"locations\": [{\"kind\": \"physical\", \"location\": \"12 Main Street\"}]}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

        SandboxClient.Reply reply = owner.get("/locations?user=" + enc(sandbox.seeded().owner()));

        assertThat(kinds(reply)).containsExactly("zoom_conference", "physical", "google_conference");
        assertThat(reply.collection().get(1).has("connected")).isFalse();
    }

    @Test
    void theSameLocationKeepsItsUri() {
        String user = enc(sandbox.seeded().admin());

        String first = owner.get("/locations?user=" + user).collection().get(0).path("uri").asText();
        String second = owner.get("/locations?user=" + user).collection().get(0).path("uri").asText();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void theUserIsRequiredAndMustBeAUserUri() {
        assertInvalid(owner.get("/locations"), "user");
        assertInvalid(owner.get("/locations?user=ada"), "user");
    }

    @Test
    void anUnknownUserIs404() {
        assertThat(owner.get("/locations?user=" + enc(sandbox.baseUrl() + "/users/NOSUCHUSER000000")).status())
                .isEqualTo(404);
    }

    @Test
    void aUserWhoLeftTheOrganizationIs403() {
        String membership = owner.get("/organization_memberships?user=" + enc(sandbox.seeded().member()))
                .collection().get(0).path("uri").asText();
        assertThat(owner.delete("/organization_memberships/" + SandboxStore.lastSegment(membership)).status())
                .isEqualTo(204);

        SandboxClient.Reply reply = owner.get("/locations?user=" + enc(sandbox.seeded().member()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
    }

    @Test
    void locationsNeedLocationsRead() {
        SandboxClient reader = owner.as(sandbox.issueToken(sandbox.seeded().owner(), List.of("users:read")));

        SandboxClient.Reply reply = reader.get("/locations?user=" + enc(sandbox.seeded().owner()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").toString()).contains("locations:read");
    }
}
