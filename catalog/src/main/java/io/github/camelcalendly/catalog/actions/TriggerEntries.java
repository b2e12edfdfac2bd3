package io.github.camelcalendly.catalog.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.catalog.schema.OutputSchemas;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;
import io.github.camelcalendly.operation.Parameter;

/**
 * The two ways Calendly starts a route, as catalog entries: the webhook trigger (one exchange per signed delivery)
 * and polling a list operation (one exchange per new or changed item), with the options they take, the headers they
 * set and the schema of each exchange's body.
 */
final class TriggerEntries {

    /** The webhook trigger's own options besides the operation's, as the component JSON describes them. */
    static final List<String> WEBHOOK_OPTIONS = List.of(
            "webhookExternalUrl", "webhookPath", "webhookAutoRegister", "unregisterOnStop", "signatureTolerance",
            "maxBodySize");

    /** The polling consumer's options, as the component JSON describes them. */
    static final List<String> POLLING_OPTIONS = List.of("delay", "initialDelay", "maxMessagesPerPoll", "pollLookback");

    /** The component's headers a webhook exchange carries. */
    static final List<String> WEBHOOK_HEADERS = List.of("CamelCalendlyEvent", "CamelCalendlyEventCreatedAt",
            "CamelCalendlyEventCreatedBy", "CamelCalendlyResourceUri", "CamelCalendlyScheduledEventUri");

    /** Camel's batch exchange properties, which the polling consumer sets on each exchange. */
    private static final Map<String, String> BATCH_PROPERTIES = Map.of(
            "CamelBatchIndex", "The position of the item in this poll, from 0.",
            "CamelBatchSize", "How many items this poll emits.",
            "CamelBatchComplete", "true on the last item of this poll.");

    private TriggerEntries() {
    }

    static ArrayNode entries(ObjectNode componentJson) {
        ArrayNode triggers = CatalogSources.mapper().createArrayNode();
        triggers.add(webhook(componentJson));
        triggers.add(polling(componentJson));
        return triggers;
    }

    private static ObjectNode webhook(ObjectNode componentJson) {
        Operation op = OperationRegistry.resolve("webhook", "consumer");
        ObjectNode entry = CatalogSources.mapper().createObjectNode();
        entry.put("id", "webhook");
        entry.put("title", "Calendly webhook trigger");
        entry.put("description", op.summary() + ". Answers Calendly 200 once the route completed, 500 when it failed"
                + " (Calendly then delivers again); a request that fails the signature check never reaches the route.");
        entry.put("kind", "webhook");
        entry.put("uri", "calendly:webhook?events=invitee.created,invitee.canceled");
        entry.put("uriTemplate", "calendly:webhook{?" + String.join(",", optionNames(op, WEBHOOK_OPTIONS)) + "}");
        entry.put("scope", op.scope());
        entry.put("plan", op.plan().id());
        entry.put("planNote", "Needs " + op.plan().description() + "; contact.* events are delivered on every plan.");
        ObjectNode input = InputSchemas.of(op);
        input.put("title", "Calendly webhook trigger (options)");
        input.put("description", "The options of calendly:webhook, by option name, as endpoint URI options.");
        addOptions(input, componentJson, WEBHOOK_OPTIONS);
        ((ArrayNode) input.get("required")).add("webhookExternalUrl");
        entry.set("input", input);
        entry.set("headers", headers(componentJson, WEBHOOK_HEADERS));
        ObjectNode events = entry.putObject("events");
        for (String event : OptionCatalog.WEBHOOK_EVENTS) {
            ObjectNode described = events.putObject(event);
            described.put("readScope", OptionCatalog.webhookEventReadScope(event));
            ObjectNode payload = CatalogSources.mapper().createObjectNode().put("$schema", InputSchemas.DIALECT);
            payload.setAll(OutputSchemas.eventPayload(event));
            described.set("payload", payload);
        }
        return entry;
    }

    private static ObjectNode polling(ObjectNode componentJson) {
        ObjectNode entry = CatalogSources.mapper().createObjectNode();
        entry.put("id", "poll");
        entry.put("title", "Calendly polling trigger");
        entry.put("description", "Polls a list operation and starts one exchange per new or changed item, oldest"
                + " change first: an item whose updated_at (else created_at) moved past the stored watermark. The"
                + " input of the list operation filters what is polled.");
        entry.put("kind", "polling");
        entry.put("uriTemplate", "calendly:{resource}?op=list{&" + String.join(",", POLLING_OPTIONS) + "}");
        ObjectNode options = CatalogSources.mapper().createObjectNode();
        options.put("$schema", InputSchemas.DIALECT);
        options.put("title", "Calendly polling trigger (options)");
        options.put("description", "The polling options, besides the list operation's own input.");
        options.put("type", "object");
        options.putObject("properties");
        addOptions(options, componentJson, POLLING_OPTIONS);
        entry.set("input", options);
        entry.set("headers", headers(componentJson, List.of("CamelCalendlyResourceUri")));
        ObjectNode properties = entry.putObject("exchangeProperties");
        new TreeMap<>(BATCH_PROPERTIES).forEach((name, description) -> properties.putObject(name)
                .put("javaType", "CamelBatchComplete".equals(name) ? "Boolean" : "Integer")
                .put("description", description));
        ObjectNode resources = entry.putObject("resources");
        for (Operation op : OperationRegistry.all()) {
            if (op.paginated() && "list".equals(op.name())) {
                ObjectNode resource = resources.putObject(op.resource());
                resource.put("action", ActionEntries.id(op));
                ObjectNode payload = CatalogSources.mapper().createObjectNode().put("$schema", InputSchemas.DIALECT);
                payload.setAll((ObjectNode) OutputSchemas.of(op).get("items"));
                resource.set("payload", payload);
            }
        }
        return entry;
    }

    private static List<String> optionNames(Operation op, List<String> extra) {
        List<String> names = new ArrayList<>(op.parameters().stream().map(Parameter::name).toList());
        names.addAll(extra);
        return names;
    }

    /** Adds the named endpoint options of the component JSON to a schema's properties. */
    private static void addOptions(ObjectNode schema, ObjectNode componentJson, List<String> names) {
        ObjectNode properties = (ObjectNode) schema.get("properties");
        for (String name : names) {
            JsonNode option = componentJson.path("properties").path(name);
            if (option.isMissingNode()) {
                throw new IllegalStateException("The component JSON has no endpoint option " + name);
            }
            ObjectNode property = properties.putObject(name);
            property.put("type", jsonType(option));
            property.put("title", option.path("displayName").asText(InputSchemas.title(name)));
            property.put("description", option.path("description").asText());
            if (option.has("defaultValue")) {
                property.set("default", option.get("defaultValue"));
            }
            if ("webhookExternalUrl".equals(name)) {
                property.put("format", "uri");
            }
        }
    }

    private static String jsonType(JsonNode option) {
        String type = option.path("type").asText();
        return switch (type) {
            case "integer", "boolean", "string", "number" -> type;
            case "duration" -> "integer";
            default -> throw new IllegalStateException("No JSON type for option type " + type);
        };
    }

    /** The named headers of the component JSON, by name: Java type and description. */
    private static ObjectNode headers(ObjectNode componentJson, List<String> names) {
        ObjectNode headers = CatalogSources.mapper().createObjectNode();
        for (String name : names) {
            JsonNode header = componentJson.path("headers").path(name);
            if (header.isMissingNode()) {
                throw new IllegalStateException("The component JSON has no header " + name);
            }
            headers.putObject(name).put("javaType", header.path("javaType").asText())
                    .put("description", header.path("description").asText());
        }
        return headers;
    }
}
