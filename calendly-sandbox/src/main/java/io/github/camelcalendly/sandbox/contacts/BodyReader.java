package io.github.camelcalendly.sandbox.contacts;

import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;

/**
 * Reads a contacts-family JSON body the way Calendly does: unknown keys are rejected, and every wrong value is a
 * 400 naming the field.
 */
final class BodyReader {

    private final ObjectNode body;

    BodyReader(ObjectNode body, Set<String> allowed) {
        this.body = body;
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiException.invalidArgument(name, "is not a known field");
            }
        }
    }

    boolean has(String field) {
        return body.has(field);
    }

    JsonNode raw(String field) {
        return body.get(field);
    }

    /** A text field, trimmed; empty when absent; 400 when not text or longer than {@code max}. */
    Optional<String> text(String field, int max) {
        JsonNode node = body.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiException.invalidArgument(field, "must be a string");
        }
        String text = node.asText().trim();
        if (text.length() > max) {
            throw ApiException.invalidArgument(field, "must be at most " + max + " characters");
        }
        return Optional.of(text);
    }

    /** A text field that must be present and not blank. */
    String requiredText(String field, int max) {
        String text = text(field, max).orElseThrow(() -> ApiException.invalidArgument(field, "is required"));
        if (text.isEmpty()) {
            throw ApiException.invalidArgument(field, "must not be blank");
        }
        return text;
    }

    /** An array field with at most {@code max} items; empty when absent. */
    Optional<ArrayNode> array(String field, int max) {
        JsonNode node = body.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof ArrayNode array)) {
            throw ApiException.invalidArgument(field, "must be an array");
        }
        if (array.size() > max) {
            throw ApiException.invalidArgument(field, "must have at most " + max + " items");
        }
        return Optional.of(array);
    }
}
