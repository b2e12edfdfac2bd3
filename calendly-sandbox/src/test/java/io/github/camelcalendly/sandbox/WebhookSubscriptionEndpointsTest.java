package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;

class WebhookSubscriptionEndpointsTest {

    private CalendlySandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void createAnswers201WithTheSubscriptionAndNeverTheSigningKey() {
        ObjectNode body = body("https://example.com/hook", "organization", "invitee.created", "invitee.canceled");
        body.put("signing_key", "very-secret-key");

        SandboxClient.Reply reply = client.post("/webhook_subscriptions", Json.text(body));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode created = reply.resource();
        assertThat(created.path("uri").asText()).startsWith(sandbox.baseUrl() + "/webhook_subscriptions/");
        assertThat(created.path("callback_url").asText()).isEqualTo("https://example.com/hook");
        assertThat(created.path("state").asText()).isEqualTo("active");
        assertThat(created.path("scope").asText()).isEqualTo("organization");
        assertThat(created.path("organization").asText()).isEqualTo(sandbox.seeded().organization());
        assertThat(created.path("creator").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(created.path("events")).extracting(JsonNode::asText)
                .containsExactly("invitee.created", "invitee.canceled");
        for (String field : List.of("retry_started_at", "user", "group")) {
            assertThat(created.has(field)).as(field).isTrue();
            assertThat(created.path(field).isNull()).as(field).isTrue();
        }
        assertThat(created.path("created_at").asText()).isEqualTo(created.path("updated_at").asText());
        assertThat(reply.text()).doesNotContain("very-secret-key").doesNotContain("signing_key");
        assertThat(client.get("/webhook_subscriptions/" + uuid(created)).resource()).isEqualTo(created);
    }

    @Test
    void aUserScopedSubscriptionNamesItsUser() {
        SandboxClient.Reply reply = client.post("/webhook_subscriptions",
                Json.text(userBody("https://example.com/u", sandbox.seeded().member(), "invitee.created")));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.resource().path("scope").asText()).isEqualTo("user");
        assertThat(reply.resource().path("user").asText()).isEqualTo(sandbox.seeded().member());
    }

    @Test
    void badFieldsAre400NamingThem() {
        assertInvalid(body("ftp://example.com/hook", "organization", "invitee.created"), "url");
        assertInvalid(body("not a url", "organization", "invitee.created"), "url");
        assertInvalid(body("http://example.com/hook", "organization", "invitee.created"), "url");
        assertInvalid(body("https://example.com/hook", "organization"), "events");
        assertInvalid(body("https://example.com/hook", "organization", "invitee.booked"), "events");
        assertInvalid(body("https://example.com/hook", "everyone", "invitee.created"), "scope");
        assertInvalid(body("https://example.com/hook", "user", "invitee.created"), "user");
        assertInvalid(body("https://example.com/hook", "group", "invitee.created"), "group");
        ObjectNode noOrg = body("https://example.com/hook", "organization", "invitee.created");
        noOrg.remove("organization");
        assertInvalid(noOrg, "organization");
        ObjectNode noUrl = body("https://example.com/hook", "organization", "invitee.created");
        noUrl.remove("url");
        assertInvalid(noUrl, "url");
        assertInvalid(userBody("https://example.com/hook", sandbox.baseUrl() + "/users/NOBODY0000000000",
                "invitee.created"), "user");
        assertThat(client.post("/webhook_subscriptions", "[1]").status()).isEqualTo(400);
    }

    @Test
    void plainHttpLoopbackIsRefusedWhenHttpsCallbacksOnly() {
        try (CalendlySandbox strict = CalendlySandbox.start(SandboxOptions.defaults().withHttpsCallbacksOnly(true))) {
            SandboxClient strictClient = new SandboxClient(strict.baseUrl(), strict.issueToken());
            ObjectNode body = body("http://localhost:9/hook", "organization", "invitee.created");
            body.put("organization", strict.seeded().organization());

            SandboxClient.Reply reply = strictClient.post("/webhook_subscriptions", Json.text(body));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("url");
        }
        assertThat(client.post("/webhook_subscriptions",
                Json.text(body("http://127.0.0.1:9/hook", "organization", "invitee.created"))).status())
                .isEqualTo(201);
    }

    @Test
    void eventsRestrictedToOneScopeAre400UnderAnother() {
        assertInvalid(userBody("https://example.com/a", sandbox.seeded().owner(), "routing_form_submission.created"),
                "events");
        assertInvalid(body("https://example.com/b", "organization", "meeting_recap.created"), "events");
        assertThat(client.post("/webhook_subscriptions", Json.text(userBody("https://example.com/c",
                sandbox.seeded().owner(), "meeting_recap.created"))).status()).isEqualTo(201);
    }

    @Test
    void missingReadScopesOfTheEventsAre403ListingThem() {
        SandboxClient limited = client.as(sandbox.issueToken("webhooks:write", "scheduled_events:read"));

        SandboxClient.Reply reply = limited.post("/webhook_subscriptions", Json.text(body("https://example.com/h",
                "organization", "invitee.created", "event_type.updated", "routing_form_submission.created")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Insufficient scope");
        assertThat(reply.json().path("required_scopes")).extracting(JsonNode::asText)
                .containsExactly("event_types:read", "routing_forms:read");
    }

    @Test
    void aTokenWithoutWebhooksWriteCannotCreate() {
        SandboxClient.Reply reply = client.as(sandbox.issueToken("webhooks:read", "scheduled_events:read"))
                .post("/webhook_subscriptions", Json.text(body("https://example.com/h", "organization",
                        "invitee.created")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("webhooks:write");
    }

    @Test
    void theFreePlanMaySubscribeToContactEventsOnly() {
        try (CalendlySandbox free = CalendlySandbox.start(SandboxOptions.defaults().withPlan(SandboxOptions.Plan.FREE))) {
            SandboxClient freeClient = new SandboxClient(free.baseUrl(), free.issueToken());
            ObjectNode invitees = body("https://example.com/i", "organization", "invitee.created");
            invitees.put("organization", free.seeded().organization());
            ObjectNode contacts = body("https://example.com/c", "organization", "contact.created", "contact.deleted");
            contacts.put("organization", free.seeded().organization());

            SandboxClient.Reply refused = freeClient.post("/webhook_subscriptions", Json.text(invitees));

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().path("title").asText()).isEqualTo("Permission Denied");
            assertThat(refused.json().path("message").asText()).contains("upgrade your Calendly account to Standard");
            assertThat(freeClient.post("/webhook_subscriptions", Json.text(contacts)).status()).isEqualTo(201);
        }
    }

    @Test
    void aPlainMemberCannotCreateOrganizationScopedHooksButMayCreateHerOwn() {
        SandboxClient member = client.as(sandbox.issueToken(sandbox.seeded().member(), List.of()));

        assertThat(member.post("/webhook_subscriptions", Json.text(body("https://example.com/o", "organization",
                "invitee.created"))).status()).isEqualTo(403);
        assertThat(member.post("/webhook_subscriptions", Json.text(userBody("https://example.com/o",
                sandbox.seeded().owner(), "invitee.created"))).status()).isEqualTo(403);
        assertThat(member.post("/webhook_subscriptions", Json.text(userBody("https://example.com/o",
                sandbox.seeded().member(), "invitee.created"))).status()).isEqualTo(201);
    }

    @Test
    void anotherOrganizationIs403() {
        ObjectNode body = body("https://example.com/h", "organization", "invitee.created");
        body.put("organization", sandbox.baseUrl() + "/organizations/SOMEONEELSE00000");

        assertThat(client.post("/webhook_subscriptions", Json.text(body)).status()).isEqualTo(403);
    }

    @Test
    void theSameUrlAndScopeTwiceIs409ButAnotherScopeIsFine() {
        ObjectNode body = body("https://example.com/same", "organization", "invitee.created");
        assertThat(client.post("/webhook_subscriptions", Json.text(body)).status()).isEqualTo(201);

        SandboxClient.Reply again = client.post("/webhook_subscriptions",
                Json.text(body("https://example.com/same", "organization", "invitee.canceled")));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("title").asText()).isEqualTo("Already Exists");
        assertThat(again.json().path("message").asText()).isEqualTo("Hook with this url already exists");
        assertThat(client.post("/webhook_subscriptions", Json.text(userBody("https://example.com/same",
                sandbox.seeded().owner(), "invitee.created"))).status()).isEqualTo(201);
    }

    @Test
    void listFiltersByScopeAndUserAndPages() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(uuid(client.post("/webhook_subscriptions", Json.text(body("https://example.com/o" + i,
                    "organization", "invitee.created"))).resource()));
        }
        client.post("/webhook_subscriptions", Json.text(userBody("https://example.com/u", sandbox.seeded().admin(),
                "invitee.created")));
        String org = enc(sandbox.seeded().organization());

        SandboxClient.Reply first = client.get("/webhook_subscriptions?organization=" + org
                + "&scope=organization&count=2");
        SandboxClient.Reply second = client.get(first.json().path("pagination").path("next_page").asText());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.collection()).extracting(this::uuid).containsExactlyElementsOf(created.subList(0, 2));
        assertThat(second.collection()).extracting(this::uuid).containsExactly(created.get(2));
        assertThat(second.json().path("pagination").path("next_page").isNull()).isTrue();
        assertThat(client.get("/webhook_subscriptions?organization=" + org + "&scope=organization"
                + "&sort=created_at:desc").collection()).extracting(this::uuid)
                .containsExactly(created.get(2), created.get(1), created.get(0));
        SandboxClient.Reply users = client.get("/webhook_subscriptions?organization=" + org + "&scope=user&user="
                + enc(sandbox.seeded().admin()));
        assertThat(users.collection()).hasSize(1);
        assertThat(users.collection().get(0).path("user").asText()).isEqualTo(sandbox.seeded().admin());
        assertThat(client.get("/webhook_subscriptions?organization=" + org + "&scope=user&user="
                + enc(sandbox.seeded().owner())).collection()).isEmpty();
    }

    @Test
    void listNeedsItsParameters() {
        String org = enc(sandbox.seeded().organization());
        assertParameter(client.get("/webhook_subscriptions?scope=organization"), "organization");
        assertParameter(client.get("/webhook_subscriptions?organization=" + org), "scope");
        assertParameter(client.get("/webhook_subscriptions?organization=" + org + "&scope=user"), "user");
        assertParameter(client.get("/webhook_subscriptions?organization=" + org + "&scope=group"), "group");
        assertParameter(client.get("/webhook_subscriptions?organization=" + org + "&scope=organization&sort=name"),
                "sort");
        assertParameter(client.get("/webhook_subscriptions?organization=" + org + "&scope=organization&count=0"),
                "count");
        assertThat(client.as(sandbox.issueToken("users:read"))
                .get("/webhook_subscriptions?organization=" + org + "&scope=organization").status()).isEqualTo(403);
    }

    @Test
    void deleteAnswers204AndTheSubscriptionIsGone() {
        String uuid = uuid(client.post("/webhook_subscriptions", Json.text(body("https://example.com/d",
                "organization", "invitee.created"))).resource());

        assertThat(client.delete("/webhook_subscriptions/" + uuid).status()).isEqualTo(204);

        assertThat(client.get("/webhook_subscriptions/" + uuid).status()).isEqualTo(404);
        assertThat(client.delete("/webhook_subscriptions/" + uuid).status()).isEqualTo(404);
        assertThat(client.get("/webhook_subscriptions/NOSUCHHOOK000000").status()).isEqualTo(404);
    }

    @Test
    void sampleWebhookDataIsADeliveryEnvelopeForTheEvent() {
        String org = enc(sandbox.seeded().organization());

        SandboxClient.Reply reply = client.get("/sample_webhook_data?event=invitee.created&organization=" + org
                + "&scope=organization");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("event").asText()).isEqualTo("invitee.created");
        assertThat(reply.json().path("created_by").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(reply.json().path("payload").path("scheduled_event").path("event_type").asText())
                .isEqualTo(sandbox.seeded().eventType("intro-call"));
        assertThat(client.get("/sample_webhook_data?event=event_type.deleted&organization=" + org
                + "&scope=user&user=" + enc(sandbox.seeded().admin())).json().path("payload")
                .path("deleted_at").isTextual()).isTrue();
        assertParameter(client.get("/sample_webhook_data?event=invitee.booked&organization=" + org
                + "&scope=organization"), "event");
        assertParameter(client.get("/sample_webhook_data?event=meeting_recap.created&organization=" + org
                + "&scope=organization"), "event");
        assertParameter(client.get("/sample_webhook_data?event=invitee.created&scope=organization"),
                "organization");
        assertThat(client.as(sandbox.issueToken("users:read")).get("/sample_webhook_data?event=invitee.created"
                + "&organization=" + org + "&scope=organization").status()).isEqualTo(403);
    }

    private void assertInvalid(ObjectNode body, String parameter) {
        assertParameter(client.post("/webhook_subscriptions", Json.text(body)), parameter);
    }

    private static void assertParameter(SandboxClient.Reply reply, String parameter) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).as(reply.toString())
                .isEqualTo(parameter);
    }

    private ObjectNode body(String url, String scope, String... events) {
        ObjectNode body = Json.object();
        body.put("url", url);
        var array = body.putArray("events");
        for (String event : events) {
            array.add(event);
        }
        body.put("organization", sandbox.seeded().organization());
        body.put("scope", scope);
        return body;
    }

    private ObjectNode userBody(String url, String user, String... events) {
        return body(url, "user", events).put("user", user);
    }

    private String uuid(JsonNode subscription) {
        String uri = subscription.path("uri").asText();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
