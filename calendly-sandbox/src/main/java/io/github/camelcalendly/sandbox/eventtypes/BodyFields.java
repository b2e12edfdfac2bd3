package io.github.camelcalendly.sandbox.eventtypes;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;

/**
 * Reads typed fields from a JSON request body, answering Calendly's 400 naming the field when one has the wrong
 * type or is missing where required. A field given as JSON {@code null} counts as absent.
 */
public final class BodyFields {

    private final ObjectNode body;

    public BodyFields(ObjectNode body) {
        this.body = body;
    }

    public boolean has(String field) {
        JsonNode node = body.get(field);
        return node != null && !node.isNull();
    }

    public Optional<String> text(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = body.get(field);
        if (!node.isTextual()) {
            throw ApiException.invalidArgument(field, "must be a string");
        }
        return Optional.of(node.asText());
    }

    /** A string that must be present and not blank. */
    public String requiredText(String field) {
        String value = text(field).orElseThrow(() -> ApiException.invalidArgument(field, "must be filled"));
        if (value.isBlank()) {
            throw ApiException.invalidArgument(field, "must be filled");
        }
        return value;
    }

    public Optional<Integer> integer(String field, int min, int max) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = body.get(field);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw ApiException.invalidArgument(field, "must be a whole number");
        }
        int value = node.intValue();
        if (value < min || value > max) {
            throw ApiException.invalidArgument(field, "must be between " + min + " and " + max);
        }
        return Optional.of(value);
    }

    public Optional<Boolean> bool(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = body.get(field);
        if (!node.isBoolean()) {
            throw ApiException.invalidArgument(field, "must be true or false");
        }
        return Optional.of(node.booleanValue());
    }

    public Optional<ArrayNode> array(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        if (!(body.get(field) instanceof ArrayNode array)) {
            throw ApiException.invalidArgument(field, "must be an array");
        }
        return Optional.of(array);
    }

    public Optional<ObjectNode> object(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        if (!(body.get(field) instanceof ObjectNode object)) {
            throw ApiException.invalidArgument(field, "must be an object");
        }
        return Optional.of(object);
    }
}
