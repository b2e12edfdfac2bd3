package io.github.camelcalendly.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.net.URIBuilder;

/**
 * One page of a Calendly collection: its items and the token of the next page.
 *
 * @param items         the {@code collection} entries
 * @param nextPageToken the token of the next page, or null on the last page
 * @param response      the response the page came from
 */
public record CollectionPage(List<Map<String, Object>> items, String nextPageToken, CalendlyResponse response) {

    private static final TypeReference<List<Map<String, Object>>> ITEMS = new TypeReference<>() {
    };

    /**
     * Reads a list response. The next page is named by {@code pagination.next_page_token}, or, in older responses
     * that carry only {@code next_page}, by the {@code page_token} of that URL.
     */
    public static CollectionPage read(CalendlyResponse response, ObjectMapper mapper) throws IOException {
        JsonNode root = response.hasBody() ? mapper.readTree(response.body()) : mapper.createObjectNode();
        JsonNode collection = root.path("collection");
        List<Map<String, Object>> items = collection.isArray()
                ? mapper.convertValue(collection, ITEMS) : new ArrayList<>();
        return new CollectionPage(items, nextToken(root.path("pagination")), response);
    }

    private static String nextToken(JsonNode pagination) {
        String token = pagination.path("next_page_token").asText(null);
        if (token != null && !token.isBlank()) {
            return token;
        }
        String nextPage = pagination.path("next_page").asText(null);
        if (nextPage == null || nextPage.isBlank()) {
            return null;
        }
        try {
            return new URIBuilder(nextPage).getQueryParams().stream()
                    .filter(p -> "page_token".equals(p.getName()))
                    .map(org.apache.hc.core5.http.NameValuePair::getValue)
                    .findFirst().orElse(null);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
