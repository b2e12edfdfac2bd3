package io.github.camelcalendly.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;

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
        Object root = AnswerCheck.of(request, mapper).read(response, request.operation().answer());
        if (!(root instanceof Map<?, ?> object)) {
            return root;
        }
        Object resource = object.get("resource");
        if (resource instanceof Map) {
            return resource;
        }
        Object collection = object.get("collection");
        if (collection instanceof List) {
            return collection;
        }
        return root;
    }

    /**
     * The body of a raw request: the parsed JSON as Map, List or value; the text of an answer whose content type is
     * not JSON; null for 204 or no body.
     */
    public static Object parsed(ResolvedRequest request, CalendlyResponse response, ObjectMapper mapper)
            throws IOException {
        return AnswerCheck.of(request, mapper).read(response, request.operation().answer());
    }
}
