package io.github.camelcalendly.client;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a successful response into the message body a route gets.
 */
public final class ResponseBodies {

    private ResponseBodies() {
    }

    /**
     * The body of a get, create, update or cancel: the unwrapped {@code resource} as a Map; a {@code collection} as a
     * List; otherwise the whole JSON object (for answers such as {@code {"message": ...}}); null for 204 or an empty
     * body.
     */
    public static Object unwrapped(CalendlyResponse response, ObjectMapper mapper) throws IOException {
        if (response.statusCode() == 204 || !response.hasBody()) {
            return null;
        }
        JsonNode root = readOrNull(response, mapper);
        if (root == null) {
            return response.bodyText();
        }
        if (root.has("resource")) {
            return mapper.treeToValue(root.get("resource"), Object.class);
        }
        if (root.has("collection")) {
            return mapper.treeToValue(root.get("collection"), Object.class);
        }
        return mapper.treeToValue(root, Object.class);
    }

    /** The body of a raw request: the parsed JSON as Map, List or value, or the text when it is not JSON. */
    public static Object parsed(CalendlyResponse response, ObjectMapper mapper) throws IOException {
        if (response.statusCode() == 204 || !response.hasBody()) {
            return null;
        }
        JsonNode root = readOrNull(response, mapper);
        return root == null ? response.bodyText() : mapper.treeToValue(root, Object.class);
    }

    private static JsonNode readOrNull(CalendlyResponse response, ObjectMapper mapper) {
        try {
            // text such as "2 invitees deleted" is not JSON, though it starts like a number
            return mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(response.body());
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
