package io.github.camelcalendly.catalog.actions;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogPart;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;

/**
 * {@code calendly-actions.json}: every Calendly action a route can call and both triggers, for agents, form builders
 * and low-code tools, each with the JSON Schemas of what goes in and what comes out.
 */
public final class ActionsCatalogPart implements CatalogPart {

    /** Where the catalog goes, relative to the catalog module; in the jar it is {@code calendly-actions.json}. */
    public static final String FILE = "src/generated/resources/calendly-actions.json";

    @Override
    public Map<String, String> files(CatalogSources sources, Map<String, String> earlier) {
        return Map.of(FILE, CatalogSources.json(catalog(sources)));
    }

    static ObjectNode catalog(CatalogSources sources) {
        ObjectNode componentJson = sources.componentJson();
        ObjectNode component = (ObjectNode) componentJson.get("component");
        ObjectNode catalog = CatalogSources.mapper().createObjectNode();
        catalog.put("$comment", "Generated from the camel-calendly operations registry by CatalogGenerator; do not"
                + " edit.");
        catalog.put("name", component.path("name").asText());
        catalog.put("title", component.path("title").asText());
        catalog.put("description", component.path("description").asText());
        catalog.put("version", sources.version());
        ObjectNode artifact = catalog.putObject("component");
        artifact.put("scheme", component.path("scheme").asText());
        artifact.put("groupId", component.path("groupId").asText());
        artifact.put("artifactId", component.path("artifactId").asText());
        artifact.put("version", sources.version());
        ArrayNode actions = catalog.putArray("actions");
        for (Operation op : OperationRegistry.all()) {
            if (op.kind() != OperationKind.WEBHOOK_TRIGGER) {
                actions.add(ActionEntries.entry(op));
            }
        }
        catalog.set("triggers", TriggerEntries.entries(componentJson));
        return catalog;
    }
}
