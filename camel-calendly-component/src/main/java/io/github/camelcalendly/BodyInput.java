package io.github.camelcalendly;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.operation.ParameterLocation;
import io.github.camelcalendly.operation.RequestResolver;

/**
 * With {@code inputFromBody=true}: the option values a message body gives, a JSON object keyed by option name (the
 * input schema of the operation in the actions catalog). Every key must be an option of the operation.
 */
final class BodyInput {

    private BodyInput() {
    }

    /** Whether {@code op} takes {@code uri} in place of its path identifiers. */
    static boolean takesUri(Operation op) {
        return op.kind() == OperationKind.HTTP && !op.parameters(ParameterLocation.PATH).isEmpty();
    }

    /**
     * The options {@code body} sets, as plain Java values (text, numbers, booleans, lists, maps); JSON nulls are left
     * out. A null or blank body sets none.
     */
    static Map<String, Object> options(Operation op, Object body, RequestResolver resolver, ObjectMapper mapper) {
        JsonNode json = resolver.readJson(op, body);
        Map<String, Object> options = new LinkedHashMap<>();
        if (json == null) {
            return options;
        }
        if (!(json instanceof ObjectNode object)) {
            throw new CalendlyValidationException(op.id(), null, "With inputFromBody=true the message body of " + op.id()
                    + " must be a JSON object of its options, got " + json.getNodeType().name().toLowerCase());
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (!accepts(op, name)) {
                unknown.add(name);
            } else if (!field.getValue().isNull()) {
                options.put(name, mapper.convertValue(field.getValue(), Object.class));
            }
        }
        if (!unknown.isEmpty()) {
            throw new CalendlyValidationException(op.id(), unknown.get(0), "The message body of " + op.id()
                    + " (inputFromBody=true) has " + (unknown.size() > 1 ? "keys " : "key ") + String.join(", ", unknown)
                    + " that " + op.id() + " does not take. Its options: " + String.join(", ", accepted(op)));
        }
        return options;
    }

    private static boolean accepts(Operation op, String name) {
        return op.parameter(name).isPresent() || (OptionValues.URI.equals(name) && takesUri(op));
    }

    private static List<String> accepted(Operation op) {
        List<String> names = new ArrayList<>(op.parameters().stream().map(Parameter::name).toList());
        if (takesUri(op)) {
            names.add(OptionValues.URI);
        }
        return names.isEmpty() ? List.of("none") : names;
    }
}
