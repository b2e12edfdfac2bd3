package io.github.camelcalendly.catalog.docs;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.Parameter;

/**
 * Example values for the options an operation cannot run without, for the copy-paste snippets of the docs: UUIDs
 * in the style of Calendly's documentation, times in UTC, and the documented layouts of the JSON options.
 */
public final class SampleInputs {

    static final String UUID = "AAAAAAAAAAAAAAAA";

    /** The documented layouts of the JSON options an operation may require. */
    private static final Map<String, String> JSON_SAMPLES = Map.of(
            "invitee", "{\"email\": \"ada@example.com\", \"name\": \"Ada Lovelace\", \"timezone\": \"Europe/London\"}",
            "dateSetting", "{\"type\": \"date_range\", \"start_date\": \"2026-05-01\", \"end_date\": \"2026-05-31\"}",
            "availabilityRule", "{\"timezone\": \"Europe/London\", \"rules\": [{\"type\": \"wday\", \"wday\":"
                                + " \"monday\", \"intervals\": [{\"from\": \"09:00\", \"to\": \"17:00\"}]}]}",
            "emails", "[{\"email\": \"ada@example.com\", \"is_primary\": true}]");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SampleInputs() {
    }

    /** A value for each option the route must give {@code op} (not those the connection fills), by option name. */
    public static Map<String, JsonNode> required(Operation op) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Parameter p : op.parameters()) {
            if (p.required() && !op.connectionAlwaysFills(p.name())) {
                values.put(p.name(), sample(op, p));
            }
        }
        return values;
    }

    static JsonNode sample(Operation op, Parameter p) {
        if (!p.enumValues().isEmpty()) {
            JsonNode first = NODES.textNode(p.enumValues().get(0));
            return p.type().isList() ? NODES.arrayNode().add(first) : first;
        }
        return switch (p.type()) {
            case STRING -> NODES.textNode(text(p));
            case URI -> NODES.textNode("https://api.calendly.com/" + uriCollection(op, p) + "/" + UUID);
            case INTEGER -> NODES.numberNode("duration".equals(p.name()) ? 30 : 1);
            case BOOLEAN -> NODES.booleanNode(true);
            case DATE_TIME -> NODES.textNode("endTime".equals(p.name()) ? "2026-05-01T10:00:00Z" : "2026-05-01T09:00:00Z");
            case DATE -> NODES.textNode("2026-05-01");
            case STRING_LIST -> NODES.arrayNode().add("emails".equals(p.name()) ? "ada@example.com" : text(p));
            case INTEGER_LIST -> NODES.arrayNode().add(30);
            case JSON_OBJECT, JSON_ARRAY -> json(op, p);
        };
    }

    private static String text(Parameter p) {
        if (p.reference() != null || "uuid".equals(p.name()) || "event".equals(p.name()) || "owner".equals(p.name())) {
            return UUID;
        }
        return switch (p.name()) {
            case "email" -> "ada@example.com";
            case "url" -> "https://example.com/calendly/webhook";
            case "redirectUri" -> "https://example.com/oauth/callback";
            case "path" -> "/users/me";
            case "name", "label" -> "Intro call";
            default -> p.name();
        };
    }

    private static String uriCollection(Operation op, Parameter p) {
        return "invitee".equals(p.name()) ? "scheduled_events/" + UUID + "/invitees"
                : p.reference() != null ? p.reference() : op.resource();
    }

    private static JsonNode json(Operation op, Parameter p) {
        String sample = JSON_SAMPLES.get(p.name());
        if (sample == null) {
            throw new IllegalStateException("No documented sample of JSON option " + p.name() + " of " + op.id()
                    + ": add one to SampleInputs");
        }
        try {
            return CatalogSources.mapper().readTree(sample);
        } catch (IOException e) {
            throw new IllegalStateException("The sample of " + p.name() + " is not JSON", e);
        }
    }
}
