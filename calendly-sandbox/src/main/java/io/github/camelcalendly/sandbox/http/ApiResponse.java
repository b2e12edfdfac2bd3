package io.github.camelcalendly.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;

/**
 * What a handler answers: a status and a JSON body (none for 204), plus any extra headers.
 */
public record ApiResponse(int status, JsonNode body, Map<String, String> headers) {

    public static ApiResponse of(int status, JsonNode body) {
        return new ApiResponse(status, body, new LinkedHashMap<>());
    }

    /** 200 with {@code {"resource": ...}}. */
    public static ApiResponse resource(JsonNode resource) {
        return of(200, wrap(resource));
    }

    /** 201 with {@code {"resource": ...}}. */
    public static ApiResponse created(JsonNode resource) {
        return of(201, wrap(resource));
    }

    public static ApiResponse noContent() {
        return of(204, null);
    }

    public ApiResponse withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    private static ObjectNode wrap(JsonNode resource) {
        ObjectNode body = Json.object();
        body.set("resource", resource);
        return body;
    }
}
