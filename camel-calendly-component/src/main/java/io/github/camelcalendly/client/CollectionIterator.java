package io.github.camelcalendly.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.operation.ResolvedRequest;

/**
 * Walks a Calendly collection item by item, fetching the next page only when the current one is used up, so a
 * collection of any size is read in the memory of one page. Stops after {@code maxResults} items when that is
 * positive. A failure to fetch a later page is thrown from {@link #hasNext()}, and again from every later call without
 * another request; so is a next page token that names a page already fetched (which would otherwise loop forever).
 */
public final class CollectionIterator implements Iterator<Map<String, Object>> {

    private final CalendlyConnection connection;
    private final ResolvedRequest request;
    private final CallOptions options;
    private final ObjectMapper mapper;
    private final long maxResults;
    private final Set<String> followedTokens = new HashSet<>();
    private Iterator<Map<String, Object>> current;
    private String nextPageToken;
    private long returned;
    private int pagesFetched;
    private CalendlyResponse lastResponse;
    private RuntimeException failure;

    /**
     * @param first the first page, already fetched (so that errors of the first call surface in the producer)
     */
    public CollectionIterator(
            CalendlyConnection connection, ResolvedRequest request, CallOptions options, ObjectMapper mapper,
            CollectionPage first, long maxResults) {
        this.connection = connection;
        this.request = request;
        this.options = options;
        this.mapper = mapper;
        this.maxResults = maxResults;
        this.current = first.items().iterator();
        this.nextPageToken = first.nextPageToken();
        this.pagesFetched = 1;
        this.lastResponse = first.response();
        this.followedTokens.addAll(request.query().getOrDefault("page_token", List.of()));
    }

    @Override
    public boolean hasNext() {
        if (maxResults > 0 && returned >= maxResults) {
            return false;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            while (!current.hasNext() && nextPageToken != null) {
                if (!followedTokens.add(nextPageToken)) {
                    throw new IllegalStateException("Calendly " + request.operation().id()
                                                    + " returned the same next page token twice; stopping to avoid a"
                                                    + " loop");
                }
                CollectionPage page = fetch(nextPageToken);
                current = page.items().iterator();
                nextPageToken = page.nextPageToken();
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
        return current.hasNext();
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        returned++;
        return current.next();
    }

    /** How many pages were fetched so far, the first included. */
    public int pagesFetched() {
        return pagesFetched;
    }

    /** The response of the page fetched last, for its rate-limit headers. */
    public CalendlyResponse lastResponse() {
        return lastResponse;
    }

    private CollectionPage fetch(String token) {
        try {
            ResolvedRequest next = request.withPageToken(token);
            CollectionPage page = CollectionPage.read(next, connection.execute(next, options), mapper);
            pagesFetched++;
            lastResponse = page.response();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
