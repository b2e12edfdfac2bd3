package io.github.camelcalendly.sandbox.contacts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.github.camelcalendly.sandbox.http.ApiException;

/**
 * Checks a custom field value a client writes on a contact against the field's definition and returns what is
 * stored: text for text, date (yyyy-mm-dd) and invitee_question fields, a plain amount for number and currency
 * fields, a list of strings for tags, the option uuid for single_select (which also takes an option's exact,
 * case-sensitive label when no other option has it). A null value clears the field.
 */
final class CustomFieldValues {

    private static final String FIELD = "custom_fields";

    private CustomFieldValues() {
    }

    static JsonNode checked(JsonNode definition, JsonNode value) {
        if (value == null || value.isNull()) {
            return NullNode.getInstance();
        }
        String type = definition.path("field_type").asText();
        String label = definition.path("label").asText();
        switch (type) {
            case "text", "invitee_question" -> {
                require(value.isTextual(), label, "must be a string");
                return value;
            }
            case "number", "currency" -> {
                require(value.isNumber(), label, "must be a number" + ("currency".equals(type)
                        ? " (a plain amount in " + definition.path("currency").asText() + ")" : ""));
                return value;
            }
            case "date" -> {
                require(value.isTextual(), label, "must be a date as yyyy-mm-dd");
                try {
                    LocalDate.parse(value.asText());
                } catch (DateTimeParseException e) {
                    throw invalid(label, "must be a date as yyyy-mm-dd");
                }
                return value;
            }
            case "tags" -> {
                require(value.isArray() && StreamSupport.stream(value.spliterator(), false)
                        .allMatch(JsonNode::isTextual), label, "must be an array of strings");
                return value;
            }
            case "single_select" -> {
                require(value.isTextual(), label, "must be an option uuid or label");
                return TextNode.valueOf(optionUuid(definition, value.asText()));
            }
            default -> throw new IllegalStateException("unknown custom field type " + type);
        }
    }

    private static String optionUuid(JsonNode definition, String given) {
        List<JsonNode> options = StreamSupport.stream(definition.path("options").spliterator(), false).toList();
        for (JsonNode option : options) {
            if (given.equals(option.path("uuid").asText())) {
                return given;
            }
        }
        List<JsonNode> byLabel = options.stream().filter(o -> given.equals(o.path("label").asText())).toList();
        if (byLabel.size() == 1) {
            return byLabel.get(0).path("uuid").asText();
        }
        String valid = String.join(", ", options.stream()
                .map(o -> o.path("uuid").asText() + " (" + o.path("label").asText() + ")").toList());
        String problem = byLabel.isEmpty() ? "is not one of its options" : "names a label several options share";
        throw invalid(definition.path("label").asText(), problem + "; valid options: " + valid);
    }

    private static void require(boolean ok, String label, String message) {
        if (!ok) {
            throw invalid(label, message);
        }
    }

    private static ApiException invalid(String label, String message) {
        return ApiException.invalidArgument(FIELD, "value of '" + label + "' " + message);
    }
}
