package io.github.camelcalendly.client;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.operation.ResolvedRequest;

/**
 * Turns a successful response into the message body a route gets, reading it through {@link AnswerCheck}: an answer
 * that is not what the operation promises fails with a {@link io.github.camelcalendly.CalendlyApiException}.
 */
public final class ResponseBodies {

    private ResponseBodies() {
    }

    /**
     * The body of a get, create, update, cancel or delete, as its {@link io.github.camelcalendly.operation.AnswerShape}
     * says: the unwrapped {@code resource} as a Map; the items of a {@code collection} as a List; a plain JSON object
     * as a Map (its {@code resource} when it has one); null for 204.
     */
    public static Object unwrapped(ResolvedRequest request, CalendlyResponse response, ObjectMapper mapper)
            throws IOException {
        JsonNode root = AnswerCheck.of(request, mapper).read(response, request.operation().answer());
        if (root == null) {
            return null;
        }
        JsonNode resource = root.get("resource");
        if (resource != null && resource.isObject()) {
            return mapper.treeToValue(resource, Object.class);
        }
        JsonNode collection = root.get("collection");
        if (collection != null && collection.isArray()) {
            return mapper.treeToValue(collection, Object.class);
        }
        return mapper.treeToValue(root, Object.class);
    }

    /**
     * The body of a raw request: the parsed JSON as Map, List or value; the text of an answer whose content type is
     * not JSON; null for 204 or no body.
     */
    public static Object parsed(ResolvedRequest request, CalendlyResponse response, ObjectMapper mapper)
            throws IOException {
        JsonNode root = AnswerCheck.of(request, mapper).read(response, request.operation().answer());
        return root == null ? null : mapper.treeToValue(root, Object.class);
    }
}
