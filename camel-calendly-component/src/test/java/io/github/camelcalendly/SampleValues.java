package io.github.camelcalendly;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.operation.ParameterLocation;

/**
 * A sample value for every parameter of an operation, chosen from its type, reference and enum, together with what
 * Calendly must receive for it. The wire values are worked out here by hand (URIs concatenated, timestamps written
 * out), never by the component's converters, so a test built on them can catch a conversion bug.
 */
final class SampleValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SAMPLE_PAGE_SIZE = 25;

    /**
     * One parameter's sample.
     *
     * @param input the option value as a route writes it in the endpoint URI
     * @param wire  what Calendly receives: a text node (path segment or single query value), or the JSON of a body
     *              field (number, boolean, text, array or object)
     */
    record Sample(String input, JsonNode wire) {
    }

    private SampleValues() {
    }

    /** A sample per parameter of {@code op}, in registry order; each parameter gets distinct values. */
    static Map<Parameter, Sample> of(Operation op, String baseUrl) {
        Map<Parameter, Sample> samples = new LinkedHashMap<>();
        int index = 1;
        for (Parameter p : op.parameters()) {
            samples.put(p, sample(op, p, index++, baseUrl));
        }
        return samples;
    }

    private static Sample sample(Operation op, Parameter p, int index, String baseUrl) {
        return switch (p.type()) {
            case STRING -> text(op, p, index, baseUrl);
            case URI -> {
                // a nested resource a bare UUID cannot name: the route gives the full URI and it is sent unchanged
                String uri = baseUrl + "/scheduled_events/" + uuid(op, p, 1) + "/invitees/" + uuid(op, p, 2);
                yield new Sample(uri, textNode(uri));
            }
            case INTEGER -> {
                int value = "count".equals(p.name()) ? SAMPLE_PAGE_SIZE : 10 + index;
                yield new Sample(String.valueOf(value), MAPPER.getNodeFactory().numberNode(value));
            }
            case BOOLEAN -> new Sample("true", MAPPER.getNodeFactory().booleanNode(true));
            case DATE_TIME -> new Sample("2026-05-%02dT09:%02d:00Z".formatted(index, index),
                    textNode("2026-05-%02dT09:%02d:00.000000Z".formatted(index, index)));
            case DATE -> new Sample("2026-06-%02d".formatted(index), textNode("2026-06-%02d".formatted(index)));
            case STRING_LIST -> stringList(op, p, baseUrl);
            case INTEGER_LIST -> {
                ArrayNode wire = MAPPER.createArrayNode().add(15 + index).add(30 + index);
                yield new Sample((15 + index) + "," + (30 + index), wire);
            }
            case JSON_OBJECT -> {
                String json = "{\"sample\": \"" + p.name() + "\", \"position\": " + index + "}";
                yield new Sample(json, read(json));
            }
            case JSON_ARRAY -> {
                String json = "[{\"sample\": \"" + p.name() + "\", \"position\": " + index + "}]";
                yield new Sample(json, read(json));
            }
        };
    }

    private static Sample text(Operation op, Parameter p, int index, String baseUrl) {
        if (!p.enumValues().isEmpty()) {
            return new Sample(p.enumValues().get(0), textNode(p.enumValues().get(0)));
        }
        if (p.location() == ParameterLocation.PATH) {
            String id = uuid(op, p, 0);
            return new Sample(id, textNode(id));
        }
        if (p.reference() != null) {
            String id = uuid(op, p, 0);
            return new Sample(id, textNode(baseUrl + "/" + p.reference() + "/" + id));
        }
        String value = p.name() + "-sample-" + index;
        return new Sample(value, textNode(value));
    }

    /** Two items: the first two enum values, two UUIDs of the referenced collection, or two texts. */
    private static Sample stringList(Operation op, Parameter p, String baseUrl) {
        List<String> input;
        List<String> wire;
        if (p.enumValues().size() >= 2) {
            input = p.enumValues().subList(0, 2);
            wire = input;
        } else if (p.reference() != null) {
            input = List.of(uuid(op, p, 1), uuid(op, p, 2));
            wire = input.stream().map(id -> baseUrl + "/" + p.reference() + "/" + id).toList();
        } else {
            input = List.of(p.name() + "-one", p.name() + "-two");
            wire = input;
        }
        ArrayNode array = MAPPER.createArrayNode();
        wire.forEach(array::add);
        return new Sample(String.join(",", input), array);
    }

    /** A UUID that differs per operation, parameter and item, and is the same on every run. */
    private static String uuid(Operation op, Parameter p, int item) {
        byte[] seed = (op.id() + "#" + p.name() + "#" + item).getBytes(StandardCharsets.UTF_8);
        return UUID.nameUUIDFromBytes(seed).toString();
    }

    private static JsonNode textNode(String text) {
        return MAPPER.getNodeFactory().textNode(text);
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("sample JSON does not parse: " + json, e);
        }
    }

    /** {@code calendly:<resource>?op=<op>&<option>=RAW(<sample>)...}, confirming destructive actions. */
    static String endpointUri(Operation op, Map<Parameter, Sample> samples) {
        java.util.StringJoiner uri = new java.util.StringJoiner("&", "calendly:" + op.resource() + "?", "");
        uri.add("op=" + op.name());
        samples.forEach((p, sample) -> uri.add(p.name() + "=RAW(" + sample.input() + ")"));
        if (op.destructive()) {
            uri.add("confirmDestructive=true");
        }
        return uri.toString();
    }
}
