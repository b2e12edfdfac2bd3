package io.github.camelcalendly.sandbox.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxClient;
import io.github.camelcalendly.sandbox.SandboxClient.Reply;

/**
 * Every answer of the contacts family (contacts, custom field definitions, Lists and Views, notes) has the fields
 * Calendly's API reference documents for it: no recorded fixture covers these endpoints, so each is compared with
 * a {@code documented/} reference answer.
 */
class ContactsShapeTest {

    private static CalendlySandbox sandbox;
    private static SandboxClient client;
    private static String contactUuid;
    private static String definitionUuid;
    private static String listUuid;
    private static String noteUuid;

    @BeforeAll
    static void buildTheWorld() {
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        definitionUuid = uuid(ok(client.post("/contacts/custom_field_definitions", """
                {"label": "Segment", "field_type": "single_select", "options": [{"label": "Retail"}]}""")));
        contactUuid = uuid(ok(client.post("/contacts", """
                {"name": "Pat Example", "emails": [{"email": "pat@example.com", "is_primary": true}],
                 "phone_numbers": [{"phone_number": "+1 555 0101"}], "company": "Example Inc",
                 "custom_fields": [{"uuid": "%s", "value": "Retail"}]}""".formatted(definitionUuid))));
        listUuid = uuid(ok(client.post("/contact_lists", "{\"name\": \"Prospects\"}")));
        noteUuid = uuid(ok(client.post("/notes", "{\"contact\": \"" + contactUri() + "\", \"title\": \"Hi\"}")));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 299);
        return reply.json();
    }

    private static String uuid(JsonNode answer) {
        String uri = answer.path("resource").path("uri").asText();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String contactUri() {
        return sandbox.baseUrl() + "/contacts/" + contactUuid;
    }

    /** One endpoint's answer and the documented reference it must match. */
    record ShapeCase(String name, Function<SandboxClient, Reply> call, String reference) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ShapeCase> cases() {
        return Stream.of(
                new ShapeCase("GET /contacts", c -> c.get("/contacts"), "documented/contacts-list.json"),
                new ShapeCase("GET /contacts/{uuid}", c -> c.get("/contacts/" + contactUuid),
                        "documented/contacts-resource.json"),
                new ShapeCase("POST /contacts", c -> c.post("/contacts", """
                        {"name": "New One", "emails": [{"email": "new.one@example.com"}]}"""),
                        "documented/contacts-resource.json"),
                new ShapeCase("PATCH /contacts/{uuid}", c -> c.patch("/contacts/" + contactUuid,
                        "{\"linkedin\": \"https://www.linkedin.com/in/pat\"}"), "documented/contacts-resource.json"),
                new ShapeCase("GET /contacts/custom_field_definitions", c -> c.get("/contacts/custom_field_definitions"),
                        "documented/contact_custom_field_definitions-list.json"),
                new ShapeCase("GET /contacts/custom_field_definitions/{uuid}",
                        c -> c.get("/contacts/custom_field_definitions/" + definitionUuid),
                        "documented/contact_custom_field_definitions-resource.json"),
                new ShapeCase("POST /contacts/custom_field_definitions", c -> c.post(
                        "/contacts/custom_field_definitions",
                        "{\"label\": \"Tier\", \"field_type\": \"single_select\", \"options\": [{\"label\": \"Gold\"}]}"),
                        "documented/contact_custom_field_definitions-resource.json"),
                new ShapeCase("GET /contact_lists", c -> c.get("/contact_lists?type=static_list"),
                        "documented/contact_lists-list.json"),
                new ShapeCase("GET /contact_lists/{uuid}", c -> c.get("/contact_lists/" + listUuid),
                        "documented/contact_lists-resource.json"),
                new ShapeCase("POST /contact_lists", c -> c.post("/contact_lists",
                        "{\"name\": \"Customers\", \"contacts\": [\"" + contactUri() + "\"]}"),
                        "documented/contact_lists-created.json"),
                new ShapeCase("PATCH /contact_lists/{uuid}", c -> c.patch("/contact_lists/" + listUuid,
                        "{\"name\": \"Prospects 2\"}"), "documented/contact_lists-resource.json"),
                new ShapeCase("POST /contact_lists/{uuid}/memberships", c -> c.post("/contact_lists/" + listUuid
                        + "/memberships", "{\"contacts\": [\"" + contactUri() + "\"]}"),
                        "documented/contact_lists-membership_result.json"),
                new ShapeCase("POST /contact_lists/{uuid}/memberships/removal", c -> c.post("/contact_lists/"
                        + listUuid + "/memberships/removal", "{\"contacts\": [\"" + contactUri() + "\"]}"),
                        "documented/contact_lists-membership_result.json"),
                new ShapeCase("GET /notes", c -> c.get("/notes?contact=" + contactUri()), "documented/notes-list.json"),
                new ShapeCase("GET /notes/{uuid}", c -> c.get("/notes/" + noteUuid), "documented/notes-resource.json"),
                new ShapeCase("POST /notes", c -> c.post("/notes", "{\"contact\": \"" + contactUri()
                        + "\", \"body\": \"More\", \"remind_at\": \"2031-01-01T09:00:00Z\"}"),
                        "documented/notes-resource.json"));
    }

    /** The endpoints compared here, for {@link ShapeCoverage}. */
    static Stream<String> comparedEndpoints() {
        return cases().map(ShapeCase::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAnswerHasEveryDocumentedField(ShapeCase shapeCase) {
        JsonNode answer = ok(shapeCase.call().apply(client));
        ReferenceShapes.assertHasEveryFieldOf(shapeCase.name(), answer, List.of(shapeCase.reference()), Set.of());
    }
}
