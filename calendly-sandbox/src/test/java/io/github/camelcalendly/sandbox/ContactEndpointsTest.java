package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.camelcalendly.sandbox.SandboxClient.Reply;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * {@code /contacts} and {@code /contacts/custom_field_definitions}: contacts private to their owner, Calendly's
 * filters and paging, validation naming the field, custom field values checked against their definition.
 */
class ContactEndpointsTest {

    private static final String ADA = """
            {"name": "Ada Prospect", "emails": [{"email": "ada@acme.example", "is_primary": true},
              {"email": "ada.home@example.com", "is_primary": false}],
             "phone_numbers": [{"phone_number": "+44 20 7946 0000"}], "timezone": "Europe/London",
             "job_title": "CTO", "company": "Acme", "country": "gb", "state": "England", "city": "London",
             "linkedin": "https://www.linkedin.com/in/ada-prospect"}""";

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

    private JsonNode create(String json) {
        Reply reply = client.post("/contacts", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.resource();
    }

    private JsonNode createNamed(String name, String email) {
        return create("{\"name\": \"" + name + "\", \"emails\": [{\"email\": \"" + email + "\"}]}");
    }

    private static String uuid(JsonNode resource) {
        String uri = resource.path("uri").asText();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static List<String> names(JsonNode collection) {
        List<String> names = new ArrayList<>();
        collection.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private JsonNode definition(String json) {
        Reply reply = client.post("/contacts/custom_field_definitions", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.resource();
    }

    @Test
    void createsAContactWithEveryFieldAndReadsItBack() {
        JsonNode created = create(ADA);

        assertThat(created.path("uri").asText()).startsWith(sandbox.baseUrl() + "/contacts/");
        assertThat(created.path("app_url").asText()).isEqualTo("https://calendly.com/app/contacts/" + uuid(created));
        assertThat(created.path("country").asText()).isEqualTo("GB");
        assertThat(created.path("emails").get(0).path("is_primary").asBoolean()).isTrue();
        assertThat(created.path("phone_numbers").get(0).path("phone_number").asText()).isEqualTo("+44 20 7946 0000");
        assertThat(created.path("custom_fields")).singleElement()
                .satisfies(field -> {
                    assertThat(field.path("label").asText()).isEqualTo("Lead source");
                    assertThat(field.path("value").isNull()).isTrue();
                });
        assertThat(created.path("next_meeting_date").isNull()).isTrue();
        Reply read = client.get("/contacts/" + uuid(created));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.resource()).isEqualTo(created);
    }

    @Test
    void theFirstEmailIsPrimaryWhenNoneIsMarked() {
        JsonNode created = create("""
                {"name": "Two Mails", "emails": [{"email": "one@example.com"}, {"email": "two@example.com"}]}""");

        assertThat(created.path("emails").get(0).path("is_primary").asBoolean()).isTrue();
        assertThat(created.path("emails").get(1).path("is_primary").asBoolean()).isFalse();
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("email=ADA@acme.example", "Ada Prospect"),
                Arguments.of("email=ada.home@example.com,nobody@example.com", "Ada Prospect"),
                Arguments.of("phone_number=%2B44%2020%207946%200000", "Ada Prospect"),
                Arguments.of("name=prosp", "Ada Prospect"),
                Arguments.of("company=acme", "Ada Prospect"),
                Arguments.of("job_title=CTO", "Ada Prospect"),
                Arguments.of("country=GB", "Ada Prospect"),
                Arguments.of("state=England", "Ada Prospect"),
                Arguments.of("city=London", "Ada Prospect"),
                Arguments.of("timezone=Europe/London", "Ada Prospect"),
                Arguments.of("company=Globex", "Bob Other"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void eachFilterKeepsOnlyTheMatchingContacts(String query, String expected) {
        create(ADA);
        create("""
                {"name": "Bob Other", "emails": [{"email": "bob@globex.example"}], "company": "Globex",
                 "city": "Paris", "country": "FR", "timezone": "Europe/Paris", "job_title": "CFO"}""");

        Reply reply = client.get("/contacts?" + query);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(names(reply.collection())).containsExactly(expected);
    }

    @Test
    void pagesWalkEveryContactWithCountAndPageToken() {
        for (int i = 1; i <= 5; i++) {
            createNamed("Person " + i, "p" + i + "@example.com");
        }
        List<String> seen = new ArrayList<>();
        String next = "/contacts?count=2";
        int pages = 0;
        while (next != null) {
            Reply page = client.get(next);
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(names(page.collection()));
            pages++;
            JsonNode token = page.json().path("pagination").path("next_page_token");
            next = token.isNull() ? null : "/contacts?count=2&page_token=" + token.asText();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("Person 1", "Person 2", "Person 3", "Person 4", "Person 5");
    }

    @Test
    void sortsByUpdatedAtNewestFirst() {
        JsonNode first = createNamed("First", "first@example.com");
        createNamed("Second", "second@example.com");
        client.patch("/contacts/" + uuid(first), "{\"job_title\": \"Promoted\"}");

        Reply reply = client.get("/contacts?sort=updated_at:desc");

        assertThat(names(reply.collection())).containsExactly("First", "Second");
        assertThat(client.get("/contacts?sort=name").json().path("details").get(0).path("parameter").asText())
                .isEqualTo("sort");
    }

    @Test
    void excludeLeavesOutCustomFields() {
        JsonNode created = create(ADA);

        assertThat(client.get("/contacts/" + uuid(created) + "?exclude=custom_fields").resource().has("custom_fields"))
                .isFalse();
        assertThat(client.get("/contacts?exclude=custom_fields").collection().get(0).has("custom_fields")).isFalse();
        assertThat(client.get("/contacts?exclude=emails").status()).isEqualTo(400);
    }

    @Test
    void patchReplacesEmailsAndPhoneNumbersWholesaleAndKeepsTheRest() {
        JsonNode created = create(ADA);

        Reply reply = client.patch("/contacts/" + uuid(created), """
                {"emails": [{"email": "ada.new@acme.example", "is_primary": true}], "phone_numbers": []}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.resource().path("emails")).hasSize(1);
        assertThat(reply.resource().path("emails").get(0).path("email").asText()).isEqualTo("ada.new@acme.example");
        assertThat(reply.resource().path("phone_numbers")).isEmpty();
        assertThat(reply.resource().path("company").asText()).isEqualTo("Acme");
        assertThat(client.get("/contacts?email=ada@acme.example").collection()).isEmpty();
    }

    static Stream<Arguments> invalidContacts() {
        return Stream.of(
                Arguments.of("{\"emails\": [{\"email\": \"a@example.com\"}]}", "name"),
                Arguments.of("{\"name\": \"A\"}", "emails"),
                Arguments.of("{\"name\": \"A\", \"emails\": []}", "emails"),
                Arguments.of("{\"name\": \"A\", \"emails\": [{\"email\": \"not-an-email\"}]}", "emails"),
                Arguments.of("{\"name\": \"A\", \"emails\": [{\"email\": \"a@example.com\", \"is_primary\": true},"
                        + " {\"email\": \"b@example.com\", \"is_primary\": true}]}", "emails"),
                Arguments.of("{\"name\": \"A\", \"emails\": [{\"email\": \"a@example.com\"}], \"timezone\": \"Mars/Base\"}",
                        "timezone"),
                Arguments.of("{\"name\": \"A\", \"emails\": [{\"email\": \"a@example.com\"}], \"country\": \"Britain\"}",
                        "country"),
                Arguments.of("{\"name\": \"A\", \"emails\": [{\"email\": \"a@example.com\"}], \"linkedin\": \"nope\"}",
                        "linkedin"),
                Arguments.of("{\"name\": \"A\", \"emails\": [{\"email\": \"a@example.com\"}], \"nickname\": \"x\"}",
                        "nickname"),
                Arguments.of("{\"name\": \"A\", \"emails\": [{\"email\": \"a@example.com\"}], \"phone_numbers\":"
                        + " [{\"number\": \"1\"}]}", "phone_numbers"),
                Arguments.of("{\"name\": \"A\", \"emails\": [{\"email\": \"a@example.com\"}], \"custom_fields\":"
                        + " [{\"uuid\": \"NOSUCHFIELD00000\", \"value\": \"x\"}]}", "custom_fields"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidContacts")
    void anInvalidContactIsRefusedNamingTheField(String body, String field) {
        Reply reply = client.post("/contacts", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("title").asText()).isEqualTo("Invalid Argument");
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo(field);
        assertThat(client.get("/contacts").collection()).isEmpty();
    }

    @Test
    void moreThanTenEmailsIsRefused() {
        StringBuilder emails = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            emails.append(i == 0 ? "" : ",").append("{\"email\": \"m").append(i).append("@example.com\"}");
        }
        Reply reply = client.post("/contacts", "{\"name\": \"Many\", \"emails\": [" + emails + "]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("emails");
    }

    @Test
    void anEmptyPatchIsRefused() {
        JsonNode created = create(ADA);

        assertThat(client.patch("/contacts/" + uuid(created), "{}").status()).isEqualTo(400);
    }

    @Test
    void aSecondContactWithTheSameEmailConflicts() {
        create(ADA);

        Reply reply = client.post("/contacts", "{\"name\": \"Copy\", \"emails\": [{\"email\": \"ADA@acme.example\"}]}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("title").asText()).isEqualTo("Already Exists");
    }

    @Test
    void deleteAnswers204AndTheContactIsGone() {
        JsonNode created = create(ADA);

        assertThat(client.delete("/contacts/" + uuid(created)).status()).isEqualTo(204);
        assertThat(client.get("/contacts/" + uuid(created)).status()).isEqualTo(404);
        assertThat(client.delete("/contacts/" + uuid(created)).status()).isEqualTo(404);
        assertThat(client.get("/contacts").collection()).isEmpty();
    }

    @Test
    void anUnknownContactIs404() {
        Reply reply = client.get("/contacts/NOSUCHCONTACT000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("title").asText()).isEqualTo("Resource Not Found");
        assertThat(client.patch("/contacts/NOSUCHCONTACT000", "{\"name\": \"X\"}").status()).isEqualTo(404);
    }

    @Test
    void anotherUsersContactIsNeitherListedNorReadable() {
        JsonNode owners = create(ADA);
        SandboxClient admin = client.as(sandbox.issueToken(sandbox.seeded().admin(), List.of()));

        assertThat(admin.get("/contacts").collection()).isEmpty();
        assertThat(admin.get("/contacts/" + uuid(owners)).status()).isEqualTo(404);
        assertThat(admin.patch("/contacts/" + uuid(owners), "{\"name\": \"Taken\"}").status()).isEqualTo(404);
        assertThat(admin.delete("/contacts/" + uuid(owners)).status()).isEqualTo(404);
        Reply adminsOwn = admin.post("/contacts", "{\"name\": \"Same Person\", \"emails\": [{\"email\":"
                + " \"ada@acme.example\"}]}");
        assertThat(adminsOwn.status()).as("the same email is free in another user's contacts").isEqualTo(201);
    }

    @Test
    void readingNeedsContactsReadAndWritingContactsWrite() {
        SandboxClient usersOnly = client.as(sandbox.issueToken("users:read"));
        SandboxClient readOnly = client.as(sandbox.issueToken("contacts:read"));

        Reply list = usersOnly.get("/contacts");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().path("required_scopes").get(0).asText()).isEqualTo("contacts:read");
        assertThat(readOnly.get("/contacts").status()).isEqualTo(200);
        Reply write = readOnly.post("/contacts", ADA);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().path("required_scopes").get(0).asText()).isEqualTo("contacts:write");
    }

    @Test
    void meetingDatesComeFromTheOwnersScheduledEventsWithTheContact() {
        String intro = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        BookingResult booked = sandbox.book(Booking.of(intro, null, "Ada Prospect", "ada@acme.example"));

        JsonNode created = create(ADA);

        Instant start = Instant.parse(booked.event().path("start_time").asText());
        assertThat(Instant.parse(created.path("next_meeting_date").asText())).isEqualTo(start);
        assertThat(created.path("last_meeting_date").isNull()).isTrue();
        sandbox.cancel(booked.inviteeUri(), "No longer needed");
        assertThat(client.get("/contacts/" + uuid(created)).resource().path("next_meeting_date").isNull()).isTrue();
    }

    @Test
    void listsTheSeededAndCreatedCustomFieldDefinitionsWithoutPaging() {
        definition("{\"label\": \"Deal size\", \"field_type\": \"currency\", \"currency\": \"eur\"}");

        Reply reply = client.get("/contacts/custom_field_definitions");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.collection()).extracting(d -> d.path("label").asText())
                .containsExactly("Lead source", "Deal size");
        assertThat(reply.collection().get(1).path("currency").asText()).isEqualTo("EUR");
        String uuid = uuid(reply.collection().get(1));
        assertThat(client.get("/contacts/custom_field_definitions/" + uuid).resource()).isEqualTo(reply.collection().get(1));
        assertThat(client.get("/contacts/custom_field_definitions/NOSUCHFIELD00000").status()).isEqualTo(404);
    }

    @Test
    void customFieldValuesAreCheckedAgainstTheirDefinition() {
        JsonNode segment = definition("""
                {"label": "Segment", "field_type": "single_select", "options": [{"label": "Retail"}, {"label": "B2B"}]}""");
        JsonNode dealSize = definition("{\"label\": \"Deal size\", \"field_type\": \"currency\", \"currency\": \"USD\"}");
        JsonNode tags = definition("{\"label\": \"Tags\", \"field_type\": \"tags\"}");
        JsonNode renewal = definition("{\"label\": \"Renewal\", \"field_type\": \"date\"}");
        String b2b = segment.path("options").get(1).path("uuid").asText();

        JsonNode created = create("""
                {"name": "Valued", "emails": [{"email": "valued@example.com"}], "custom_fields": [
                  {"uuid": "%s", "value": "B2B"}, {"uuid": "%s", "value": 85000},
                  {"uuid": "%s", "value": "2031-02-01"}]}""".formatted(uuid(segment), uuid(dealSize), uuid(renewal)));

        assertThat(valueOf(created, "Segment").asText()).as("a label is stored as its option uuid").isEqualTo(b2b);
        assertThat(valueOf(created, "Deal size").asInt()).as("currency values are plain amounts").isEqualTo(85000);
        assertThat(valueOf(created, "Tags").isArray()).as("an unset tags field is []").isTrue();
        assertThat(valueOf(created, "Tags")).isEmpty();
        Reply merged = client.patch("/contacts/" + uuid(created), """
                {"custom_fields": [{"uuid": "%s", "value": ["vip", "renewal"]}]}""".formatted(uuid(tags)));
        assertThat(valueOf(merged.resource(), "Tags")).hasSize(2);
        assertThat(valueOf(merged.resource(), "Segment").asText()).as("custom_fields merge").isEqualTo(b2b);
        for (String wrong : List.of("{\"uuid\": \"%s\", \"value\": \"Wholesale\"}".formatted(uuid(segment)),
                "{\"uuid\": \"%s\", \"value\": \"85000\"}".formatted(uuid(dealSize)),
                "{\"uuid\": \"%s\", \"value\": \"01/02/2031\"}".formatted(uuid(renewal)),
                "{\"uuid\": \"%s\", \"value\": [1, 2]}".formatted(uuid(tags)))) {
            Reply refused = client.patch("/contacts/" + uuid(created), "{\"custom_fields\": [" + wrong + "]}");
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.json().path("details").get(0).path("parameter").asText()).isEqualTo("custom_fields");
        }
    }

    private static JsonNode valueOf(JsonNode contact, String label) {
        for (JsonNode field : contact.path("custom_fields")) {
            if (label.equals(field.path("label").asText())) {
                return field.path("value");
            }
        }
        throw new AssertionError("no custom field " + label + " in " + contact);
    }

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                Arguments.of("{\"field_type\": \"text\"}", "label"),
                Arguments.of("{\"label\": \"  \", \"field_type\": \"text\"}", "label"),
                Arguments.of("{\"label\": \"X\"}", "field_type"),
                Arguments.of("{\"label\": \"X\", \"field_type\": \"invitee_question\"}", "field_type"),
                Arguments.of("{\"label\": \"X\", \"field_type\": \"single_select\"}", "options"),
                Arguments.of("{\"label\": \"X\", \"field_type\": \"single_select\", \"options\": [{\"label\": \"A\","
                        + " \"uuid\": \"U\"}]}", "options"),
                Arguments.of("{\"label\": \"X\", \"field_type\": \"text\", \"options\": [{\"label\": \"A\"}]}",
                        "options"),
                Arguments.of("{\"label\": \"X\", \"field_type\": \"currency\"}", "currency"),
                Arguments.of("{\"label\": \"X\", \"field_type\": \"currency\", \"currency\": \"$$\"}", "currency"),
                Arguments.of("{\"label\": \"X\", \"field_type\": \"text\", \"source\": {}}", "source"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("invalidDefinitions")
    void anInvalidDefinitionIsRefusedNamingTheField(String body, String field) {
        Reply reply = client.post("/contacts/custom_field_definitions", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo(field);
    }

    @Test
    void aDefinitionLabelIsUniqueIgnoringCase() {
        Reply reply = client.post("/contacts/custom_field_definitions",
                "{\"label\": \"LEAD SOURCE\", \"field_type\": \"text\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("label");
    }

    @Test
    void customFieldsAreCreatedAndReadOnEveryPlan() {
        try (CalendlySandbox free = CalendlySandbox.start(SandboxOptions.defaults().withPlan(SandboxOptions.Plan.FREE))) {
            SandboxClient freeClient = new SandboxClient(free.baseUrl(), free.issueToken());

            Reply created = freeClient.post("/contacts/custom_field_definitions",
                    "{\"label\": \"Deal size\", \"field_type\": \"number\"}");

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(freeClient.get("/contacts/custom_field_definitions").collection()).hasSize(2);
            assertThat(freeClient.post("/contacts", ADA).status()).as("contacts work on every plan").isEqualTo(201);
        }
    }

    @Test
    void aPlainMemberMayNotCreateACustomField() {
        SandboxClient member = new SandboxClient(sandbox.baseUrl(),
                sandbox.issueToken(sandbox.seeded().member(), List.of()));

        Reply refused = member.post("/contacts/custom_field_definitions",
                "{\"label\": \"Deal size\", \"field_type\": \"number\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("title").asText()).isEqualTo("Permission Denied");
        assertThat(refused.json().path("message").asText()).contains("permission to create custom fields");
        assertThat(member.get("/contacts/custom_field_definitions").status()).isEqualTo(200);
    }
}
