package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.operation.Operation;

/**
 * The {@code resource} and {@code op} properties of a Kamelet that calls one Calendly action with its input from
 * the message body ({@code inputFromBody=true}), and the producer endpoint they make.
 */
final class OperationChoice {

    private OperationChoice() {
    }

    /** {@code resource}, required, one of the resources of {@code operations}. */
    static KameletProperty resource(ObjectNode json, List<Operation> operations, String description) {
        return KameletProperty.of(ComponentOption.of(json, "resource")).withDescription(description)
                .withEnum(KameletOperations.resources(operations)).asRequired();
    }

    /** {@code op}, required, one of the op names of {@code operations}. */
    static KameletProperty op(ObjectNode json, List<Operation> operations, String description) {
        KameletProperty op = KameletProperty.of(ComponentOption.of(json, "op"));
        return new KameletProperty(op.name(), "Operation", description, op.type(),
                new ArrayList<>(KameletOperations.opNames(operations)), null, null, null, false, true);
    }

    /**
     * {@code calendly:{{resource}}} with {@code op={{op}}}, {@code inputFromBody=true} and a parameter for each of
     * {@code options}.
     */
    static ObjectNode producer(KameletProperty resource, KameletProperty op, List<KameletProperty> options) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put(op.name(), op.placeholder());
        fixed.put("inputFromBody", true);
        return KameletTemplates.calendly("calendly:" + resource.placeholder(), fixed, options);
    }
}
