package io.github.camelcalendly.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Calendly request ready to send: method, expanded path, query parameters and JSON body.
 *
 * @param operation the operation it carries out
 * @param method    the HTTP method
 * @param path      the path below the API base URL, with identifiers filled in and encoded, or a full URL on the API
 *                  host (raw requests)
 * @param query     query parameters; a list value is sent as a repeated parameter
 * @param body      the JSON body, or null when the request has none
 */
public record ResolvedRequest(
        Operation operation, String method, String path, Map<String, List<String>> query, JsonNode body) {

    public ResolvedRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** The same request asking for another page. */
    public ResolvedRequest withPageToken(String pageToken) {
        Map<String, List<String>> next = new LinkedHashMap<>(query);
        next.put("page_token", new ArrayList<>(List.of(pageToken)));
        return new ResolvedRequest(operation, method, path, next, body);
    }
}
