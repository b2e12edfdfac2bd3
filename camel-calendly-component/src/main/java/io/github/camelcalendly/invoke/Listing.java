package io.github.camelcalendly.invoke;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.client.CalendlyResponse;

/**
 * What a list call gave: either the items ({@link #items()}) or, when streaming, a lazy iterator over them.
 *
 * @param items         the items, or null when streaming
 * @param iterator      the lazy iterator, or null when not streaming
 * @param response      the answer of the last page fetched (the first when streaming), for its headers
 * @param nextPageToken the token of the page after the one read, when only one page was read
 */
public record Listing(
        List<Map<String, Object>> items, Iterator<Map<String, Object>> iterator, CalendlyResponse response,
        String nextPageToken) {

    public boolean streaming() {
        return iterator != null;
    }
}
