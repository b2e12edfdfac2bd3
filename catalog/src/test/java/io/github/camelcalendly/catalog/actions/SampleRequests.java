package io.github.camelcalendly.catalog.actions;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.catalog.docs.SampleInputs;
import io.github.camelcalendly.operation.Operation;

/**
 * Valid inputs for the tests: the docs' own sample of each required option, so that a sample the docs print is
 * checked against the schema and the component too.
 */
final class SampleRequests {

    private SampleRequests() {
    }

    static ObjectNode validInput(Operation op) {
        ObjectNode input = CatalogSources.mapper().createObjectNode();
        for (Map.Entry<String, JsonNode> value : SampleInputs.required(op).entrySet()) {
            input.set(value.getKey(), value.getValue());
        }
        return input;
    }
}
