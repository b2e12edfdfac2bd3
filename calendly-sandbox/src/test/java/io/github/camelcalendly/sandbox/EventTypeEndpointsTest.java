package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.eventtypes.EventTypeChanges;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

class EventTypeEndpointsTest {

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

    private SandboxClient as(String user, String... scopes) {
        return owner.as(sandbox.issueToken(user, List.of(scopes)));
    }

    private static String uuidOf(String uri) {
        return SandboxStore.lastSegment(uri);
    }

    private static List<String> names(JsonNode collection) {
        List<String> names = new ArrayList<>();
        collection.forEach(e -> names.add(e.path("name").asText()));
        return names;
    }

    @Test
    void organizationEventTypesAreSortedByNameByDefault() {
        SandboxClient.Reply reply = owner.get("/event_types?organization=" + seeded.organization());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(names(reply.collection())).containsExactly("Intro Call", "Legacy Consult", "Office Hours",
                "Product Demo", "Support Rotation");
    }

    @Test
    void aUsersEventTypesIncludeThePooledOnesTheyHost() {
        JsonNode member = owner.get("/event_types?user=" + seeded.member()).collection();
        JsonNode admin = owner.get("/event_types?user=" + seeded.admin() + "&sort=name:desc").collection();

        assertThat(names(member)).containsExactly("Support Rotation");
        assertThat(names(admin)).containsExactly("Support Rotation", "Office Hours");
    }

    @Test
    void activeFilterAndPositionSortCombine() {
        JsonNode inactive = owner.get("/event_types?user=" + seeded.owner() + "&active=false").collection();
        JsonNode byPosition = owner.get("/event_types?user=" + seeded.owner() + "&active=true&sort=position:desc")
                .collection();

        assertThat(names(inactive)).containsExactly("Legacy Consult");
        assertThat(names(byPosition)).containsExactly("Product Demo", "Intro Call");
    }

    @Test
    void listingWithoutOrganizationOrUserIs400NamingOrganization() {
        SandboxClient.Reply reply = owner.get("/event_types?active=true");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("organization");
    }

    @Test
    void badFilterValuesAre400NamingTheParameter() {
        String org = "/event_types?organization=" + seeded.organization();

        assertThat(owner.get(org + "&sort=color:asc").json().path("details").get(0).path("parameter").asText())
                .isEqualTo("sort");
        assertThat(owner.get(org + "&active=yes").json().path("details").get(0).path("parameter").asText())
                .isEqualTo("active");
        assertThat(owner.get(org + "&user_availability_schedule=x").json().path("details").get(0)
                .path("parameter").asText()).isEqualTo("user_availability_schedule");
        assertThat(owner.get("/event_types?user=not-a-uri").json().path("details").get(0).path("parameter")
                .asText()).isEqualTo("user");
    }

    @Test
    void listingNeedsEventTypesRead() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken("users:read"))
                .get("/event_types?organization=" + seeded.organization());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("event_types:read");
    }

    @Test
    void eventTypesPageToTheEndByTokenAndByNextPageUrl() {
        List<String> byToken = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            SandboxClient.Reply page = owner.get("/event_types?organization=" + seeded.organization()
                    + "&count=2" + (token == null ? "" : "&page_token=" + token));
            byToken.addAll(names(page.collection()));
            token = page.json().path("pagination").path("next_page_token").textValue();
            pages++;
        } while (token != null);

        List<String> byUrl = new ArrayList<>();
        String next = "/event_types?organization=" + seeded.organization() + "&count=1&sort=created_at:asc";
        while (next != null) {
            SandboxClient.Reply page = owner.get(next);
            byUrl.addAll(names(page.collection()));
            next = page.json().path("pagination").path("next_page").textValue();
        }

        assertThat(pages).isEqualTo(3);
        assertThat(byToken).containsExactly("Intro Call", "Legacy Consult", "Office Hours", "Product Demo",
                "Support Rotation");
        assertThat(byUrl).containsExactly("Intro Call", "Product Demo", "Legacy Consult", "Office Hours",
                "Support Rotation");
    }

    @Test
    void anEventTypeIsFetchedByUuid() {
        String uri = seeded.eventType(SeededOrganization.PRODUCT_DEMO);

        SandboxClient.Reply reply = owner.get("/event_types/" + uuidOf(uri));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("uri").asText()).isEqualTo(uri);
        assertThat(reply.resource().path("duration").asInt()).isEqualTo(60);
        assertThat(owner.get("/event_types/NOSUCHEVENTTYPE0").status()).isEqualTo(404);
    }

    @Test
    void creatingAOneOnOneEventTypeStoresItAndRaisesEventTypeCreated() {
        SandboxClient.Reply reply = owner.post("/event_types", """
                {"owner": "%s", "name": "Deep Dive", "duration": 90, "active": true,
                 "description": "A long talk", "color": "#ff8800",
                 "locations": [{"kind": "physical", "location": "12 Baker St"}]}
                """.formatted(seeded.owner()));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode created = reply.resource();
        assertThat(created.path("kind").asText()).isEqualTo("solo");
        assertThat(created.path("name").asText()).isEqualTo("Deep Dive");
        assertThat(created.path("slug").asText()).isEqualTo("deep-dive");
        assertThat(created.path("duration").asInt()).isEqualTo(90);
        assertThat(created.path("active").asBoolean()).isTrue();
        assertThat(created.path("description_plain").asText()).isEqualTo("A long talk");
        assertThat(created.path("profile").path("owner").asText()).isEqualTo(seeded.owner());
        assertThat(created.path("locations").get(0).path("location").asText()).isEqualTo("12 Baker St");
        assertThat(sandbox.context().store().findByUri(Kind.EVENT_TYPE, created.path("uri").asText())).isPresent();
        CalendlyEvent event = sandbox.events().get(sandbox.events().size() - 1);
        assertThat(event.name()).isEqualTo("event_type.created");
        assertThat(event.createdBy()).isEqualTo(seeded.owner());
        assertThat(event.payload()).isEqualTo(created);
        assertThat(event.audience().organization()).isEqualTo(seeded.organization());
        assertThat(event.audience().users()).containsExactly(seeded.owner());
    }

    @Test
    void aNewEventTypeDefaultsToThirtyMinutesInactiveWithAUniqueSlug() {
        JsonNode created = owner.post("/event_types",
                "{\"host\": \"" + seeded.owner() + "\", \"name\": \"Intro Call\"}").resource();

        assertThat(created.path("duration").asInt()).isEqualTo(30);
        assertThat(created.path("active").asBoolean()).isFalse();
        assertThat(created.path("slug").asText()).isEqualTo("intro-call-2");
    }

    @Test
    void creatingWithoutNameOrWithATooLongNameIs400NamingName() {
        SandboxClient.Reply missing = owner.post("/event_types", "{\"owner\": \"" + seeded.owner() + "\"}");
        SandboxClient.Reply tooLong = owner.post("/event_types",
                "{\"owner\": \"" + seeded.owner() + "\", \"name\": \"" + "x".repeat(56) + "\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("details").get(0).path("parameter").asText()).isEqualTo("name");
        assertThat(tooLong.json().path("details").get(0).path("parameter").asText()).isEqualTo("name");
    }

    @Test
    void creatingForAnUnknownHostIs400NamingHost() {
        SandboxClient.Reply reply = owner.post("/event_types",
                "{\"host\": \"" + sandbox.baseUrl() + "/users/NOSUCHUSER000000\", \"name\": \"Chat\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("host");
        assertThat(sandbox.events()).isEmpty();
    }

    @Test
    void aDurationOutsideOneToSevenHundredTwentyIs400NamingDuration() {
        SandboxClient.Reply reply = owner.post("/event_types",
                "{\"owner\": \"" + seeded.owner() + "\", \"name\": \"Marathon\", \"duration\": 721}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("duration");
    }

    @Test
    void aPlainMemberCannotCreateAnEventTypeForSomeoneElse() {
        SandboxClient.Reply reply = as(seeded.member(), "event_types:write").post("/event_types",
                "{\"owner\": \"" + seeded.owner() + "\", \"name\": \"Chat\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
    }

    @Test
    void creatingNeedsEventTypesWrite() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken("event_types:read")).post("/event_types",
                "{\"owner\": \"" + seeded.owner() + "\", \"name\": \"Chat\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("event_types:write");
    }

    @Test
    void updatingAOneOnOneEventTypeChangesItAndRaisesEventTypeUpdated() {
        String uri = seeded.eventType(SeededOrganization.INTRO_CALL);

        SandboxClient.Reply reply = owner.patch("/event_types/" + uuidOf(uri),
                "{\"name\": \"Updated Meeting\", \"duration\": 45}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("name").asText()).isEqualTo("Updated Meeting");
        assertThat(reply.resource().path("slug").asText()).isEqualTo("updated-meeting");
        assertThat(reply.resource().path("duration").asInt()).isEqualTo(45);
        ObjectNode stored = sandbox.context().store().findByUri(Kind.EVENT_TYPE, uri).orElseThrow();
        assertThat(stored.path("duration").asInt()).isEqualTo(45);
        CalendlyEvent event = sandbox.events().get(sandbox.events().size() - 1);
        assertThat(event.name()).isEqualTo("event_type.updated");
        assertThat(event.payload().path("name").asText()).isEqualTo("Updated Meeting");
    }

    @Test
    void updatingARoundRobinEventTypeIs400() {
        String uri = seeded.eventType(SeededOrganization.SUPPORT_ROTATION);

        SandboxClient.Reply reply = owner.patch("/event_types/" + uuidOf(uri), "{\"duration\": 15}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).contains("one-on-one");
        assertThat(sandbox.context().store().findByUri(Kind.EVENT_TYPE, uri).orElseThrow()
                .path("duration").asInt()).isEqualTo(30);
        assertThat(sandbox.events()).isEmpty();
    }

    @Test
    void aRejectedUpdateChangesNothing() {
        String uri = seeded.eventType(SeededOrganization.INTRO_CALL);

        SandboxClient.Reply reply = owner.patch("/event_types/" + uuidOf(uri),
                "{\"name\": \"Renamed\", \"color\": \"red\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("color");
        assertThat(sandbox.context().store().findByUri(Kind.EVENT_TYPE, uri).orElseThrow()
                .path("name").asText()).isEqualTo("Intro Call");
    }

    @Test
    void aMemberCannotUpdateSomeoneElsesEventTypeAndUnknownOnesAre404() {
        String uri = seeded.eventType(SeededOrganization.INTRO_CALL);

        SandboxClient.Reply reply = as(seeded.member(), "event_types:write")
                .patch("/event_types/" + uuidOf(uri), "{\"duration\": 15}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(owner.patch("/event_types/NOSUCHEVENTTYPE0", "{\"duration\": 15}").status()).isEqualTo(404);
    }

    @Test
    void deletingAnEventTypeMarksItDeletedHidesItAndRaisesEventTypeDeleted() {
        String uri = seeded.eventType(SeededOrganization.PRODUCT_DEMO);

        ObjectNode deleted = new EventTypeChanges().delete(sandbox.context(), uri);

        assertThat(deleted.path("deleted_at").isTextual()).isTrue();
        assertThat(deleted.path("active").asBoolean()).isFalse();
        assertThat(names(owner.get("/event_types?user=" + seeded.owner()).collection()))
                .doesNotContain("Product Demo");
        assertThat(owner.get("/event_types/" + uuidOf(uri)).resource().path("deleted_at").isTextual()).isTrue();
        assertThat(owner.patch("/event_types/" + uuidOf(uri), "{\"duration\": 15}").status()).isEqualTo(404);
        CalendlyEvent event = sandbox.events().get(sandbox.events().size() - 1);
        assertThat(event.name()).isEqualTo("event_type.deleted");
        assertThat(event.payload().path("uri").asText()).isEqualTo(uri);
        assertThatThrownBy(() -> new EventTypeChanges().delete(sandbox.context(), uri))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventTypeMembershipsListOneItemPerHost() {
        String uri = seeded.eventType(SeededOrganization.SUPPORT_ROTATION);

        SandboxClient.Reply reply = owner.get("/event_type_memberships?event_type=" + uri);
        SandboxClient.Reply again = owner.get("/event_type_memberships?event_type=" + uri);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.collection()).hasSize(2);
        assertThat(reply.collection()).extracting(m -> m.path("member").path("uri").asText())
                .containsExactly(seeded.admin(), seeded.member());
        assertThat(reply.collection().get(0).path("event_type").path("uri").asText()).isEqualTo(uri);
        assertThat(reply.collection().get(0).path("uri").asText())
                .startsWith(sandbox.baseUrl() + "/event_type_memberships/");
        assertThat(again.collection()).isEqualTo(reply.collection());
    }

    @Test
    void eventTypeMembershipsNeedAKnownEventType() {
        SandboxClient.Reply missing = owner.get("/event_type_memberships");
        SandboxClient.Reply unknown = owner.get("/event_type_memberships?event_type=" + sandbox.baseUrl()
                + "/event_types/NOSUCHEVENTTYPE0");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("details").get(0).path("parameter").asText()).isEqualTo("event_type");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(owner.as(sandbox.issueToken("users:read"))
                .get("/event_type_memberships?event_type=" + seeded.eventType(SeededOrganization.INTRO_CALL))
                .status()).isEqualTo(403);
    }
}
