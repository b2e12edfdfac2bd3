package io.github.camelcalendly.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.operation.AnswerShape;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.apache.hc.core5.net.URIBuilder;

/**
 * One page of a Calendly collection: its items and the token of the next page.
 *
 * @param items         the {@code collection} entries
 * @param nextPageToken the token of the next page, or null on the last page
 * @param response      the response the page came from
 */
public record CollectionPage(List<Map<String, Object>> items, String nextPageToken, CalendlyResponse response) {

    /**
     * Reads the answer to a list request. The next page is named by {@code pagination.next_page_token}, or, in older
     * responses that carry only {@code next_page}, by the {@code page_token} of that URL.
     *
     * @throws io.github.camelcalendly.CalendlyApiException when the answer is not JSON with a {@code collection}
     *                                                      array of objects (see {@link AnswerCheck})
     */
    public static CollectionPage read(ResolvedRequest request, CalendlyResponse response, ObjectMapper mapper)
            throws IOException {
        Map<?, ?> root = (Map<?, ?>) AnswerCheck.of(request, mapper).read(response, AnswerShape.COLLECTION);
        // AnswerCheck made sure the collection is a List of objects, read as Maps with String keys
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) root.get("collection");
        return new CollectionPage(items, nextToken(root.get("pagination")), response);
    }

    private static String nextToken(Object pagination) {
        if (!(pagination instanceof Map<?, ?> members)) {
            return null;
        }
        String token = textOf(members.get("next_page_token"));
        if (token != null && !token.isBlank()) {
            return token;
        }
        String nextPage = textOf(members.get("next_page"));
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

    /** A scalar's text (a number or boolean as written); null for null; empty for an object or array. */
    private static String textOf(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        return value instanceof Map || value instanceof List ? "" : value.toString();
    }
}
