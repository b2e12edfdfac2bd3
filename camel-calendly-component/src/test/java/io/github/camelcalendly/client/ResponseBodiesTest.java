package io.github.camelcalendly.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The body a route gets from a successful answer, as the operation's answer shape says, and the next page a list
 * answer names.
 */
class ResponseBodiesTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private final ObjectMapper mapper = CalendlyJson.newObjectMapper();

    private static CalendlyResponse answer(int status, Map<String, String> headers, String body) {
        return new CalendlyResponse(status, headers, body.getBytes(StandardCharsets.UTF_8), 1);
    }

    private static ResolvedRequest request(String resource, String op, String method, String path) {
        return new ResolvedRequest(OperationRegistry.resolve(resource, op), method, path, Map.of(), null);
    }

    private static final ResolvedRequest GET_EVENT = request("scheduledEvents", "get", "GET", "/scheduled_events/E1");
    private static final ResolvedRequest LIST_EVENTS = request("scheduledEvents", "list", "GET", "/scheduled_events");
    private static final ResolvedRequest RAW = request("raw", "request", "GET", "/status");

    @Test
    void aNoContentAnswerToADeleteGivesNoBody() throws IOException {
        ResolvedRequest delete = request("webhookSubscriptions", "delete", "DELETE", "/webhook_subscriptions/W1");

        assertThat(ResponseBodies.unwrapped(delete, answer(204, Map.of(), ""), mapper)).isNull();
    }

    @Test
    void aBlankAnswerToAGetFailsInsteadOfGivingNoBody() {
        assertThatThrownBy(() -> ResponseBodies.unwrapped(GET_EVENT, answer(200, JSON, "  \n"), mapper))
                .isInstanceOf(CalendlyApiException.class)
                .hasMessageContaining("scheduledEvents/get (GET /scheduled_events/E1) answered HTTP 200 with an"
                                      + " empty body");
    }

    @Test
    void aTextAnswerToAGetFailsInsteadOfGivingTheText() {
        assertThatThrownBy(() -> ResponseBodies.unwrapped(GET_EVENT,
                answer(200, Map.of("Content-Type", "text/plain"), "2 invitees deleted"), mapper))
                .isInstanceOf(CalendlyApiException.class)
                .hasMessageContaining("not a JSON object (text/plain): 2 invitees deleted");
    }

    @Test
    void aResourceAnswerGivesTheResource() throws IOException {
        Object body = ResponseBodies.unwrapped(GET_EVENT,
                answer(200, JSON, "{\"resource\": {\"uri\": \"e1\", \"name\": \"Intro\"}}"), mapper);

        assertThat(body).isEqualTo(Map.of("uri", "e1", "name", "Intro"));
    }

    @Test
    void aCollectionAnswerGivesItsItems() throws IOException {
        Object body = ResponseBodies.unwrapped(LIST_EVENTS, answer(200, JSON, "{\"collection\": [{\"uri\": \"u1\"}]}"),
                mapper);

        assertThat(body).isEqualTo(List.of(Map.of("uri", "u1")));
    }

    @Test
    void anObjectAnswerWithoutResourceGivesTheWholeObject() throws IOException {
        ResolvedRequest sample = request("sampleWebhookData", "get", "GET", "/sample_webhook_data");

        Object body = ResponseBodies.unwrapped(sample,
                answer(200, JSON, "{\"event\": \"invitee.created\", \"payload\": {\"email\": \"a@example.com\"}}"),
                mapper);

        assertThat(body).isEqualTo(Map.of("event", "invitee.created", "payload", Map.of("email", "a@example.com")));
    }

    @Test
    void anObjectAnswerWrappedInAResourceGivesTheResource() throws IOException {
        ResolvedRequest add = request("contactLists", "addContacts", "POST", "/contact_lists/L1/memberships");

        Object body = ResponseBodies.unwrapped(add, answer(200, JSON, "{\"resource\": {\"invalid\": 0}}"), mapper);

        assertThat(body).isEqualTo(Map.of("invalid", 0));
    }

    @Test
    void anObjectAnswerWhoseResourceIsNotAnObjectGivesTheWholeObject() throws IOException {
        ResolvedRequest add = request("contactLists", "addContacts", "POST", "/contact_lists/L1/memberships");

        Object body = ResponseBodies.unwrapped(add, answer(200, JSON, "{\"resource\": \"L1\", \"added\": 2}"), mapper);

        assertThat(body).isEqualTo(Map.of("resource", "L1", "added", 2));
    }

    @Test
    void aRawJsonAnswerGivesTheParsedJson() throws IOException {
        assertThat(ResponseBodies.parsed(RAW, answer(200, JSON, "{\"ok\": true}"), mapper))
                .isEqualTo(Map.of("ok", true));
    }

    @Test
    void aRawTextAnswerGivesTheText() throws IOException {
        assertThat(ResponseBodies.parsed(RAW, answer(200, Map.of("Content-Type", "text/plain"), "2 invitees deleted"),
                mapper)).isEqualTo("2 invitees deleted");
    }

    @Test
    void aRawNoContentAnswerGivesNoBody() throws IOException {
        assertThat(ResponseBodies.parsed(RAW, answer(204, Map.of(), ""), mapper)).isNull();
    }

    @Test
    void aListAnswerWithoutCollectionFailsInsteadOfGivingAnEmptyPage() {
        assertThatThrownBy(() -> CollectionPage.read(LIST_EVENTS, answer(200, JSON, "{\"pagination\": {}}"), mapper))
                .isInstanceOf(CalendlyApiException.class)
                .hasMessageContaining("without the \"collection\" array scheduledEvents/list answers with");
    }

    @Test
    void aPageIsReadAsACollectionWhateverTheOperationAnswersOtherwise() {
        assertThatThrownBy(() -> CollectionPage.read(GET_EVENT, answer(200, JSON, "{\"resource\": {}}"), mapper))
                .isInstanceOf(CalendlyApiException.class).hasMessageContaining("\"collection\" array");
    }

    @Test
    void aPageGivesItsItemsAndNoNextPageAtTheEnd() throws IOException {
        CollectionPage page = CollectionPage.read(LIST_EVENTS, answer(200, JSON,
                "{\"collection\": [{\"uri\": \"u1\"}], \"pagination\": {\"next_page_token\": null}}"), mapper);

        assertThat(page.items()).isEqualTo(List.of(Map.of("uri", "u1")));
        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void aNextPageUrlThatIsNotAUrlEndsTheCollection() throws IOException {
        CollectionPage page = CollectionPage.read(LIST_EVENTS, answer(200, JSON,
                "{\"collection\": [], \"pagination\": {\"next_page\": \"http://bad host/?page_token=P2\"}}"), mapper);

        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void aNextPageUrlNamesTheNextPageByItsToken() throws IOException {
        CollectionPage page = CollectionPage.read(LIST_EVENTS, answer(200, JSON, "{\"collection\": [], \"pagination\":"
                + " {\"next_page\": \"https://api.calendly.com/scheduled_events?count=20&page_token=P2\"}}"), mapper);

        assertThat(page.nextPageToken()).isEqualTo("P2");
    }

    @Test
    void aNextPageTokenWinsOverTheNextPageUrl() throws IOException {
        CollectionPage page = CollectionPage.read(LIST_EVENTS, answer(200, JSON, "{\"collection\": [], \"pagination\":"
                + " {\"next_page_token\": \"T2\", \"next_page\": \"https://api.calendly.com/x?page_token=P2\"}}"),
                mapper);

        assertThat(page.nextPageToken()).isEqualTo("T2");
    }

    @Test
    void aBlankNextPageTokenFallsBackToTheNextPageUrl() throws IOException {
        CollectionPage page = CollectionPage.read(LIST_EVENTS, answer(200, JSON, "{\"collection\": [], \"pagination\":"
                + " {\"next_page_token\": \" \", \"next_page\": \"https://api.calendly.com/x?page_token=P2\"}}"),
                mapper);

        assertThat(page.nextPageToken()).isEqualTo("P2");
    }

    @Test
    void aNumericNextPageTokenIsReadAsItsText() throws IOException {
        CollectionPage page = CollectionPage.read(LIST_EVENTS, answer(200, JSON,
                "{\"collection\": [], \"pagination\": {\"next_page_token\": 42}}"), mapper);

        assertThat(page.nextPageToken()).isEqualTo("42");
    }

    @Test
    void aPageWithoutPaginationIsTheLast() throws IOException {
        CollectionPage page = CollectionPage.read(LIST_EVENTS, answer(200, JSON, "{\"collection\": [{}]}"), mapper);

        assertThat(page.items()).isEqualTo(List.of(Map.of()));
        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void aPageGivesItemsWithTheirNestedValuesAsMapsListsAndNumbers() throws IOException {
        CollectionPage page = CollectionPage.read(LIST_EVENTS, answer(200, JSON, "{\"collection\": [{\"n\": 1,"
                + " \"big\": 12345678901, \"f\": 1.5, \"tags\": [\"a\"], \"loc\": {\"type\": \"zoom\"}, \"x\": null}]}"),
                mapper);

        Map<String, Object> item = page.items().get(0);
        assertThat(item.get("n")).isEqualTo(1);
        assertThat(item.get("big")).isEqualTo(12345678901L);
        assertThat(item.get("f")).isEqualTo(1.5d);
        assertThat(item.get("tags")).isEqualTo(List.of("a"));
        assertThat(item.get("loc")).isEqualTo(Map.of("type", "zoom"));
        assertThat(item).containsEntry("x", null);
    }
}
