package io.github.camelcalendly.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body a route gets from a successful answer, and the next page a list answer names.
 */
class ResponseBodiesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static CalendlyResponse answer(int status, String body) {
        return new CalendlyResponse(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), 1);
    }

    @Test
    void aNoContentAnswerGivesNoBody() throws IOException {
        assertThat(ResponseBodies.unwrapped(answer(204, ""), mapper)).isNull();
    }

    @Test
    void aBlankAnswerGivesNoBody() throws IOException {
        assertThat(ResponseBodies.unwrapped(answer(200, "  \n"), mapper)).isNull();
    }

    @Test
    void aCollectionAnswerGivesItsItems() throws IOException {
        Object body = ResponseBodies.unwrapped(answer(200, "{\"collection\": [{\"uri\": \"u1\"}]}"), mapper);

        assertThat(body).isEqualTo(List.of(Map.of("uri", "u1")));
    }

    @Test
    void aTextAnswerGivesTheText() throws IOException {
        assertThat(ResponseBodies.unwrapped(answer(200, "2 invitees deleted"), mapper)).isEqualTo("2 invitees deleted");
    }

    @Test
    void aNextPageUrlThatIsNotAUrlEndsTheCollection() throws IOException {
        CollectionPage page = CollectionPage.read(answer(200,
                "{\"collection\": [], \"pagination\": {\"next_page\": \"http://bad host/?page_token=P2\"}}"), mapper);

        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void aNextPageUrlNamesTheNextPageByItsToken() throws IOException {
        CollectionPage page = CollectionPage.read(answer(200, "{\"collection\": [], \"pagination\": {\"next_page\":"
                + " \"https://api.calendly.com/scheduled_events?count=20&page_token=P2\"}}"), mapper);

        assertThat(page.nextPageToken()).isEqualTo("P2");
    }
}
