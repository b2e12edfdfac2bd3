package io.github.camelcalendly.sandbox.http;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * One API call as a handler sees it: the matched path parameters, the decoded query, the body and the caller.
 */
public record ApiRequest(String method, String path, Map<String, String> pathParams,
        Map<String, List<String>> query, byte[] body, TokenGrant caller) {

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    /** The first value of a query parameter, if given and not blank. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0));
    }

    /** A query parameter Calendly requires: 400 naming it when missing. */
    public String requireQuery(String name) {
        return query(name).orElseThrow(() -> ApiException.invalidArgument(name, "is required"));
    }

    /** A query parameter restricted to a set of values: 400 naming it when it is something else. */
    public Optional<String> queryEnum(String name, String... allowed) {
        Optional<String> value = query(name);
        value.ifPresent(v -> {
            if (!Arrays.asList(allowed).contains(v)) {
                throw ApiException.invalidArgument(name, "must be one of " + String.join(", ", allowed));
            }
        });
        return value;
    }

    /** A query parameter holding an ISO-8601 time: 400 naming it when it does not parse. */
    public Optional<Instant> queryTime(String name) {
        return query(name).map(text -> {
            Instant instant = Json.parseTimeOrNull(text);
            if (instant == null) {
                throw ApiException.invalidArgument(name, "must be an ISO-8601 time");
            }
            return instant;
        });
    }

    /** A query parameter holding a boolean: 400 naming it when it is neither true nor false. */
    public Optional<Boolean> queryBoolean(String name) {
        return queryEnum(name, "true", "false").map(Boolean::valueOf);
    }

    /** The JSON object body: 400 when there is none or it is not a JSON object. */
    public ObjectNode jsonBody() {
        if (body == null || body.length == 0) {
            throw ApiException.invalidArgument("body", "a JSON object body is required");
        }
        JsonNode node;
        try {
            node = Json.parse(body);
        } catch (UncheckedIOException e) {
            throw ApiException.invalidArgument("body", "is not valid JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.invalidArgument("body", "must be a JSON object");
        }
        return object;
    }
}
