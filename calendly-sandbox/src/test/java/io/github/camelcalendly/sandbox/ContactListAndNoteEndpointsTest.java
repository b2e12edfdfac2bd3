package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.sandbox.SandboxClient.Reply;

/**
 * {@code /contact_lists} (Lists and Views, memberships, the limit of 25) and {@code /notes} (private, ordered by
 * {@code updated_at}, paged), all private to the user who owns them.
 */
class ContactListAndNoteEndpointsTest {

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

    private String contact(String name, String email, String company) {
        Reply reply = client.post("/contacts", """
                {"name": "%s", "emails": [{"email": "%s"}], "company": "%s"}""".formatted(name, email, company));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.resource().path("uri").asText();
    }

    private JsonNode createList(String json) {
        Reply reply = client.post("/contact_lists", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.resource();
    }

    private static String uuid(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String uris(String... uris) {
        List<String> quoted = new ArrayList<>();
        for (String uri : uris) {
            quoted.add("\"" + uri + "\"");
        }
        return "{\"contacts\": [" + String.join(", ", quoted) + "]}";
    }

    private JsonNode seededView() {
        return client.get("/contact_lists?type=dynamic_view").collection().get(0);
    }

    @Test
    void listsEveryListAndViewInOneAnswerWithTheTypeFilter() {
        createList("{\"name\": \"Prospects\"}");

        Reply all = client.get("/contact_lists");
        Reply lists = client.get("/contact_lists?type=static_list");
        Reply views = client.get("/contact_lists?type=dynamic_view");

        assertThat(all.collection()).extracting(l -> l.path("name").asText()).containsExactly("Example Corp", "Prospects");
        assertThat(all.json().path("pagination").path("count").asInt()).isEqualTo(2);
        assertThat(all.json().path("pagination").path("next_page_token").isNull()).isTrue();
        assertThat(lists.collection()).extracting(l -> l.path("type").asText()).containsExactly("static_list");
        assertThat(lists.collection().get(0).path("contact_count").asInt()).isZero();
        assertThat(views.collection()).extracting(l -> l.path("type").asText()).containsExactly("dynamic_view");
        assertThat(views.collection().get(0).path("contact_count").isNull()).isTrue();
        assertThat(client.get("/contact_lists?type=list").status()).isEqualTo(400);
    }

    @Test
    void creatingAListWithContactsReportsWhichWereNotAdded() {
        String ada = contact("Ada", "ada@example.com", "Acme");
        String unknown = sandbox.baseUrl() + "/contacts/NOSUCHCONTACT000";

        JsonNode list = createList("{\"name\": \"Prospects\", \"contacts\": [\"" + ada + "\", \"" + unknown + "\"]}");

        assertThat(list.path("type").asText()).isEqualTo("static_list");
        assertThat(list.path("contact_count").asInt()).isEqualTo(1);
        JsonNode result = list.path("membership_result");
        assertThat(result.path("processed").asInt()).isEqualTo(1);
        assertThat(result.path("invalid").asInt()).isEqualTo(1);
        assertThat(result.path("failed_contacts")).extracting(JsonNode::asText).containsExactly(unknown);
        assertThat(client.get("/contacts?contact_list=" + list.path("uri").asText()).collection())
                .extracting(c -> c.path("uri").asText()).containsExactly(ada);
    }

    @Test
    void addingAndRemovingContactsIsIdempotent() {
        String ada = contact("Ada", "ada@example.com", "Acme");
        String bob = contact("Bob", "bob@example.com", "Globex");
        String list = createList("{\"name\": \"Prospects\"}").path("uri").asText();
        String memberships = "/contact_lists/" + uuid(list) + "/memberships";

        Reply added = client.post(memberships, uris(ada, bob));
        Reply addedAgain = client.post(memberships, uris(ada, bob));
        assertThat(added.status()).isEqualTo(200);
        assertThat(addedAgain.resource()).isEqualTo(added.resource());
        assertThat(client.get("/contact_lists/" + uuid(list)).resource().path("contact_count").asInt()).isEqualTo(2);

        Reply removed = client.post(memberships + "/removal", uris(bob));
        Reply removedAgain = client.post(memberships + "/removal", uris(bob));
        assertThat(removed.resource().path("processed").asInt()).isEqualTo(1);
        assertThat(removedAgain.resource()).isEqualTo(removed.resource());
        assertThat(client.get("/contacts?contact_list=" + list).collection())
                .extracting(c -> c.path("uri").asText()).containsExactly(ada);
        assertThat(client.get("/contacts").collection()).as("removal does not delete contacts").hasSize(2);
    }

    @Test
    void anotherUsersContactIsInvalidInAMembershipCall() {
        SandboxClient admin = client.as(sandbox.issueToken(sandbox.seeded().admin(), List.of()));
        String adminsContact = admin.post("/contacts", "{\"name\": \"Theirs\", \"emails\": [{\"email\":"
                + " \"theirs@example.com\"}]}").resource().path("uri").asText();
        String list = createList("{\"name\": \"Prospects\"}").path("uri").asText();

        Reply reply = client.post("/contact_lists/" + uuid(list) + "/memberships", uris(adminsContact));

        assertThat(reply.resource().path("invalid").asInt()).isEqualTo(1);
        assertThat(reply.resource().path("processed").asInt()).isZero();
        assertThat(client.get("/contact_lists/" + uuid(list)).resource().path("contact_count").asInt()).isZero();
    }

    @Test
    void aViewKeepsContactsByItsSavedFiltersAndTakesNoMemberships() {
        String inView = contact("Eve", "eve@example.com", "Example Corp");
        contact("Mallory", "mallory@example.com", "Other Co");
        JsonNode view = seededView();

        assertThat(client.get("/contacts?contact_list=" + view.path("uri").asText()).collection())
                .extracting(c -> c.path("uri").asText()).containsExactly(inView);
        Reply refused = client.post("/contact_lists/" + uuid(view.path("uri").asText()) + "/memberships",
                uris(inView));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(client.post("/contact_lists/" + uuid(view.path("uri").asText()) + "/memberships/removal",
                uris(inView)).status()).isEqualTo(409);
    }

    @Test
    void aUserHasAtMostTwentyFiveListsAndViews() {
        for (int i = 1; i <= 24; i++) {
            createList("{\"name\": \"List " + i + "\"}");
        }

        Reply refused = client.post("/contact_lists", "{\"name\": \"List 25\"}");

        assertThat(refused.status()).as("the seeded View counts toward the 25").isEqualTo(403);
        assertThat(refused.json().path("title").asText()).isEqualTo("Permission Denied");
        assertThat(client.get("/contact_lists").collection()).hasSize(25);
        SandboxClient admin = client.as(sandbox.issueToken(sandbox.seeded().admin(), List.of()));
        assertThat(admin.post("/contact_lists", "{\"name\": \"List 25\"}").status())
                .as("the limit is per user").isEqualTo(201);
    }

    @Test
    void aListNameIsUniqueIgnoringCaseAccentsAndSpaces() {
        createList("{\"name\": \"Café Owners\"}");

        Reply reply = client.post("/contact_lists", "{\"name\": \"  cafe owners \"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("title").asText()).isEqualTo("Already Exists");
    }

    @Test
    void renamesAListOrAView() {
        String list = createList("{\"name\": \"Prospects\"}").path("uri").asText();
        String view = seededView().path("uri").asText();

        Reply renamed = client.patch("/contact_lists/" + uuid(list), "{\"name\": \"Warm leads\"}");
        Reply renamedView = client.patch("/contact_lists/" + uuid(view), "{\"name\": \"Example customers\"}");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.resource().path("name").asText()).isEqualTo("Warm leads");
        assertThat(renamedView.resource().path("name").asText()).isEqualTo("Example customers");
        assertThat(client.patch("/contact_lists/" + uuid(list), "{\"name\": \"Example customers\"}").status())
                .isEqualTo(409);
        Reply onlyName = client.patch("/contact_lists/" + uuid(list), "{\"type\": \"dynamic_view\"}");
        assertThat(onlyName.status()).isEqualTo(400);
        assertThat(onlyName.json().path("details").get(0).path("parameter").asText()).isEqualTo("type");
    }

    @Test
    void listBodiesAreCheckedNamingTheField() {
        String list = createList("{\"name\": \"Prospects\"}").path("uri").asText();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            many.append(i == 0 ? "" : ",").append("\"").append(sandbox.baseUrl()).append("/contacts/C").append(i)
                    .append("\"");
        }

        assertThat(parameterOf(client.post("/contact_lists", "{\"contacts\": []}"))).isEqualTo("name");
        assertThat(parameterOf(client.post("/contact_lists/" + uuid(list) + "/memberships", "{}")))
                .isEqualTo("contacts");
        assertThat(parameterOf(client.post("/contact_lists/" + uuid(list) + "/memberships",
                "{\"contacts\": [" + many + "]}"))).isEqualTo("contacts");
        assertThat(parameterOf(client.post("/contact_lists/" + uuid(list) + "/memberships",
                "{\"contacts\": [42]}"))).isEqualTo("contacts");
    }

    private static String parameterOf(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().path("details").get(0).path("parameter").asText();
    }

    @Test
    void anotherUsersListOrAnUnknownOneIs404() {
        String view = seededView().path("uri").asText();
        SandboxClient admin = client.as(sandbox.issueToken(sandbox.seeded().admin(), List.of()));

        assertThat(admin.get("/contact_lists/" + uuid(view)).status()).isEqualTo(404);
        assertThat(admin.get("/contact_lists").collection()).isEmpty();
        assertThat(admin.get("/contacts?contact_list=" + view).status()).isEqualTo(400);
        assertThat(client.get("/contact_lists/NOSUCHLIST000000").status()).isEqualTo(404);
        assertThat(client.post("/contact_lists/NOSUCHLIST000000/memberships", "{\"contacts\": [\"x\"]}").status())
                .isEqualTo(404);
    }

    @Test
    void listsAndNotesNeedTheContactsScopes() {
        SandboxClient usersOnly = client.as(sandbox.issueToken("users:read"));
        SandboxClient readOnly = client.as(sandbox.issueToken("contacts:read"));

        assertThat(usersOnly.get("/contact_lists").status()).isEqualTo(403);
        assertThat(usersOnly.get("/notes?contact=x").status()).isEqualTo(403);
        assertThat(readOnly.post("/contact_lists", "{\"name\": \"X\"}").status()).isEqualTo(403);
        assertThat(readOnly.post("/notes", "{\"contact\": \"x\", \"title\": \"T\"}").status()).isEqualTo(403);
    }

    @Test
    void notesAreListedNewestFirstAndPaged() {
        String ada = contact("Ada", "ada@example.com", "Acme");
        String bob = contact("Bob", "bob@example.com", "Globex");
        for (int i = 1; i <= 3; i++) {
            assertThat(client.post("/notes", "{\"contact\": \"" + ada + "\", \"title\": \"Ada " + i + "\"}").status())
                    .isEqualTo(201);
        }
        client.post("/notes", "{\"contact\": \"" + bob + "\", \"body\": \"About Bob\"}");

        Reply first = client.get("/notes?contact=" + ada + "&count=2");
        String token = first.json().path("pagination").path("next_page_token").asText();
        Reply second = client.get("/notes?contact=" + ada + "&count=2&page_token=" + token);
        Reply both = client.get("/notes?contact=" + ada + "," + bob);

        assertThat(first.collection()).extracting(n -> n.path("title").asText()).containsExactly("Ada 3", "Ada 2");
        assertThat(second.collection()).extracting(n -> n.path("title").asText()).containsExactly("Ada 1");
        assertThat(second.json().path("pagination").path("next_page_token").isNull()).isTrue();
        assertThat(both.collection()).hasSize(4);
    }

    @Test
    void createsANoteWithAReminderAndReadsItBack() {
        String ada = contact("Ada", "ada@example.com", "Acme");

        Reply created = client.post("/notes", """
                {"contact": "%s", "title": "Call back", "body": "About pricing", "remind_at": "2031-01-02T09:00:00Z"}"""
                .formatted(ada));

        assertThat(created.status()).isEqualTo(201);
        JsonNode note = created.resource();
        assertThat(note.path("contact").asText()).isEqualTo(ada);
        assertThat(note.path("remind_at").asText()).startsWith("2031-01-02T09:00:00");
        assertThat(client.get("/notes/" + uuid(note.path("uri").asText())).resource()).isEqualTo(note);
    }

    @Test
    void notesArePrivateToTheirAuthor() {
        String ada = contact("Ada", "ada@example.com", "Acme");
        String note = client.post("/notes", "{\"contact\": \"" + ada + "\", \"title\": \"Mine\"}").resource()
                .path("uri").asText();
        SandboxClient admin = client.as(sandbox.issueToken(sandbox.seeded().admin(), List.of()));

        assertThat(admin.get("/notes/" + uuid(note)).status()).isEqualTo(404);
        assertThat(admin.get("/notes?contact=" + ada).status()).isEqualTo(400);
        assertThat(admin.post("/notes", "{\"contact\": \"" + ada + "\", \"title\": \"Sneaky\"}").status())
                .isEqualTo(400);
        assertThat(client.get("/notes/NOSUCHNOTE000000").status()).isEqualTo(404);
    }

    @Test
    void noteRequestsAreCheckedNamingTheField() {
        String ada = contact("Ada", "ada@example.com", "Acme");

        assertThat(parameterOf(client.get("/notes"))).isEqualTo("contact");
        assertThat(parameterOf(client.get("/notes?contact=" + ada + "&sort=created_at"))).isEqualTo("sort");
        assertThat(parameterOf(client.post("/notes", "{\"title\": \"No contact\"}"))).isEqualTo("contact");
        assertThat(parameterOf(client.post("/notes", "{\"contact\": \"" + ada + "\"}"))).isEqualTo("title");
        assertThat(parameterOf(client.post("/notes", "{\"contact\": \"" + ada + "\", \"title\": \"T\","
                + " \"remind_at\": \"tomorrow\"}"))).isEqualTo("remind_at");
        assertThat(parameterOf(client.post("/notes", "{\"contact\": \"" + ada + "\", \"title\": \""
                + "x".repeat(256) + "\"}"))).isEqualTo("title");
    }

    @Test
    void deletingAContactDropsItFromListsAndDeletesItsNotes() {
        String ada = contact("Ada", "ada@example.com", "Acme");
        String list = createList("{\"name\": \"Prospects\", \"contacts\": [\"" + ada + "\"]}").path("uri").asText();
        String note = client.post("/notes", "{\"contact\": \"" + ada + "\", \"title\": \"T\"}").resource()
                .path("uri").asText();

        client.delete("/contacts/" + uuid(ada));

        assertThat(client.get("/contact_lists/" + uuid(list)).resource().path("contact_count").asInt()).isZero();
        assertThat(client.get("/notes/" + uuid(note)).status()).isEqualTo(404);
    }
}
