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

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

class RoutingFormEndpointsTest {

    private CalendlySandbox sandbox;
    private SandboxClient client;
    private String org;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        org = sandbox.seeded().organization();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode collection) {
        List<String> names = new ArrayList<>();
        collection.forEach(form -> names.add(form.path("name").asText()));
        return names;
    }

    private String contactSales() {
        return sandbox.routingForm("Contact Sales");
    }

    private static String detailParameter(SandboxClient.Reply reply) {
        return reply.json().path("details").get(0).path("parameter").asText();
    }

    @Test
    void theOrganizationsFormsAreListedOldestFirstWithTheirQuestions() {
        SandboxClient.Reply reply = client.get("/routing_forms?organization=" + enc(org));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(names(reply.collection())).containsExactly("Contact Sales", "Support Triage",
                "Partner Application");
        JsonNode contactSales = reply.collection().get(0);
        assertThat(contactSales.path("uri").asText()).isEqualTo(contactSales());
        assertThat(contactSales.path("organization").asText()).isEqualTo(org);
        assertThat(contactSales.path("status").asText()).isEqualTo("published");
        assertThat(contactSales.path("questions")).extracting(q -> q.path("name").asText())
                .containsExactly("Name", "Email", "Company size", "Phone number", "What would you like to discuss?");
        JsonNode companySize = contactSales.path("questions").get(2);
        assertThat(companySize.path("type").asText()).isEqualTo("select");
        assertThat(companySize.path("required").asBoolean()).isTrue();
        assertThat(companySize.path("answer_choices")).extracting(JsonNode::asText)
                .containsExactly("1-10", "11-50", "51-200", "201-1000", "1000+", "Just exploring");
        assertThat(companySize.path("uuid").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                + "[0-9a-f]{12}");
        assertThat(reply.collection().get(2).path("status").asText()).isEqualTo("draft");
        assertThat(contactSales.fieldNames()).toIterable().containsExactlyInAnyOrder("uri", "organization", "name",
                "status", "questions", "created_at", "updated_at");
    }

    @Test
    void sortCreatedAtDescListsTheNewestFormFirst() {
        SandboxClient.Reply reply = client.get("/routing_forms?organization=" + enc(org) + "&sort=created_at:desc");

        assertThat(names(reply.collection())).containsExactly("Partner Application", "Support Triage",
                "Contact Sales");
    }

    @Test
    void formsPageOneAtATimeToTheEndByTokenAndByNextPageUrl() {
        List<String> byToken = new ArrayList<>();
        String token = null;
        do {
            SandboxClient.Reply page = client.get("/routing_forms?organization=" + enc(org) + "&count=1"
                    + (token == null ? "" : "&page_token=" + token));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.collection()).hasSize(1);
            byToken.add(page.collection().get(0).path("name").asText());
            token = page.json().path("pagination").path("next_page_token").textValue();
        } while (token != null);

        List<String> byUrl = new ArrayList<>();
        String next = "/routing_forms?organization=" + enc(org) + "&count=2";
        while (next != null) {
            SandboxClient.Reply page = client.get(next);
            byUrl.addAll(names(page.collection()));
            next = page.json().path("pagination").path("next_page").textValue();
        }

        assertThat(byToken).containsExactly("Contact Sales", "Support Triage", "Partner Application");
        assertThat(byUrl).isEqualTo(byToken);
    }

    @Test
    void aFormIsFetchedByUuid() {
        SandboxClient.Reply reply = client.get("/routing_forms/" + SandboxStore.lastSegment(contactSales()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("uri").asText()).isEqualTo(contactSales());
        assertThat(reply.resource().path("name").asText()).isEqualTo("Contact Sales");
        assertThat(reply.resource().has("_sandbox_routing")).isFalse();
    }

    @Test
    void theSeededSubmissionsOfAFormAreListedOldestFirstWithTheirRouting() {
        SandboxClient.Reply reply = client.get("/routing_form_submissions?form=" + enc(contactSales()));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode submissions = reply.collection();
        assertThat(submissions).hasSize(3);
        assertThat(submissions).extracting(s -> s.path("routing_form").asText()).containsOnly(contactSales());
        assertThat(submissions).extracting(s -> s.path("result").path("type").asText())
                .containsExactly("custom_message", "event_type", "event_type");
        JsonNode katherine = submissions.get(1);
        assertThat(katherine.path("result").path("value").asText())
                .isEqualTo(sandbox.seeded().eventType(SeededOrganization.PRODUCT_DEMO));
        assertThat(katherine.path("submitter_type").asText()).isEqualTo("Invitee");
        assertThat(katherine.path("tracking").path("utm_source").asText()).isEqualTo("newsletter");
        JsonNode invitee = client.get(katherine.path("submitter").asText()).resource();
        assertThat(invitee.path("email").asText()).isEqualTo("katherine@example.com");
        assertThat(invitee.path("routing_form_submission").asText()).isEqualTo(katherine.path("uri").asText());
        assertThat(submissions.get(2).path("submitter").isNull()).isTrue();
        assertThat(submissions.get(2).path("submitter_type").isNull()).isTrue();
    }

    @Test
    void submissionsSortCreatedAtDescNewestFirst() {
        JsonNode ascending = client.get("/routing_form_submissions?form=" + enc(contactSales())).collection();
        JsonNode descending = client.get("/routing_form_submissions?form=" + enc(contactSales())
                + "&sort=created_at:desc").collection();

        assertThat(descending).extracting(s -> s.path("uri").asText()).containsExactly(
                ascending.get(2).path("uri").asText(), ascending.get(1).path("uri").asText(),
                ascending.get(0).path("uri").asText());
    }

    @Test
    void submissionsPageWithCountAndPageToken() {
        SandboxClient.Reply first = client.get("/routing_form_submissions?form=" + enc(contactSales()) + "&count=2");
        SandboxClient.Reply second = client.get("/routing_form_submissions?form=" + enc(contactSales())
                + "&count=2&page_token=" + first.json().path("pagination").path("next_page_token").asText());

        assertThat(first.collection()).hasSize(2);
        assertThat(second.collection()).hasSize(1);
        assertThat(second.json().path("pagination").path("next_page").isNull()).isTrue();
        assertThat(second.json().path("pagination").path("previous_page_token").isTextual()).isTrue();
    }

    @Test
    void aSubmissionIsFetchedByUuid() {
        String uri = client.get("/routing_form_submissions?form=" + enc(contactSales())).collection().get(0)
                .path("uri").asText();

        SandboxClient.Reply reply = client.get("/routing_form_submissions/" + SandboxStore.lastSegment(uri));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("uri").asText()).isEqualTo(uri);
        assertThat(reply.resource().path("result").path("value").path("headline").asText())
                .isEqualTo("Thanks for your interest");
    }

    @Test
    void formsOfAnotherOrganizationAre403() {
        SandboxClient.Reply reply = client.get("/routing_forms?organization="
                + enc(sandbox.baseUrl() + "/organizations/SOMEONEELSE00000"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
    }

    @Test
    void aFormAndItsSubmissionsOfAnotherOrganizationAre403() {
        String elsewhere = sandbox.baseUrl() + "/routing_forms/ELSEWHEREFORM000";
        synchronized (sandbox.context().lock()) {
            sandbox.context().store().put(Kind.ROUTING_FORM, "ELSEWHEREFORM000", (com.fasterxml.jackson.databind
                    .node.ObjectNode) Json.parse(("{\"uri\": \"" + elsewhere + "\", \"organization\": \""
                            + sandbox.baseUrl() + "/organizations/SOMEONEELSE00000\", \"name\": \"Theirs\","
                            + " \"status\": \"published\", \"questions\": []}").getBytes(StandardCharsets.UTF_8)));
        }

        assertThat(client.get("/routing_forms/ELSEWHEREFORM000").status()).isEqualTo(403);
        assertThat(client.get("/routing_form_submissions?form=" + enc(elsewhere)).status()).isEqualTo(403);
    }

    @Test
    void readingFormsNeedsRoutingFormsRead() {
        SandboxClient.Reply reply = client.as(sandbox.issueToken("users:read"))
                .get("/routing_forms?organization=" + enc(org));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Insufficient scope");
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("routing_forms:read");
    }

    @Test
    void readingSubmissionsNeedsRoutingFormsRead() {
        SandboxClient.Reply reply = client.as(sandbox.issueToken("users:read"))
                .get("/routing_form_submissions?form=" + enc(contactSales()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("routing_forms:read");
    }

    @Test
    void listingFormsWithoutOrganizationIs400NamingIt() {
        SandboxClient.Reply reply = client.get("/routing_forms?count=5");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(detailParameter(reply)).isEqualTo("organization");
    }

    @Test
    void anOrganizationThatIsNotAnOrganizationUriIs400NamingIt() {
        SandboxClient.Reply reply = client.get("/routing_forms?organization=" + enc(sandbox.seeded().owner()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(detailParameter(reply)).isEqualTo("organization");
    }

    @Test
    void anUnknownSortIs400NamingIt() {
        SandboxClient.Reply reply = client.get("/routing_forms?organization=" + enc(org) + "&sort=name:asc");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(detailParameter(reply)).isEqualTo("sort");
    }

    @Test
    void listingSubmissionsWithoutFormIs400NamingIt() {
        SandboxClient.Reply reply = client.get("/routing_form_submissions?sort=created_at:asc");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(detailParameter(reply)).isEqualTo("form");
    }

    @Test
    void aCountAbove100Is400NamingIt() {
        SandboxClient.Reply reply = client.get("/routing_form_submissions?form=" + enc(contactSales())
                + "&count=101");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(detailParameter(reply)).isEqualTo("count");
    }

    @Test
    void unknownFormsAndSubmissionsAre404() {
        assertThat(client.get("/routing_forms/NOSUCHFORM000000").status()).isEqualTo(404);
        assertThat(client.get("/routing_form_submissions/NOSUCHSUBMISSION").status()).isEqualTo(404);
        assertThat(client.get("/routing_form_submissions?form=" + enc(sandbox.baseUrl()
                + "/routing_forms/NOSUCHFORM000000")).status()).isEqualTo(404);
    }
}
