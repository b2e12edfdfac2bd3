package io.github.camelcalendly.catalog.actions;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.catalog.schema.OutputSchemas;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.operation.PlanRequirement;

/**
 * One entry of the actions catalog per operation a route can call: what it is, how to reach it, what Calendly
 * requires, and the schemas of its input and output.
 */
final class ActionEntries {

    private ActionEntries() {
    }

    /** The catalog id of an operation: {@code scheduledEvents.list}. */
    static String id(Operation op) {
        return op.resource() + "." + op.name();
    }

    static ObjectNode entry(Operation op) {
        ObjectNode entry = CatalogSources.mapper().createObjectNode();
        entry.put("id", id(op));
        entry.put("resource", op.resource());
        entry.put("op", op.name());
        entry.put("title", op.summary());
        entry.put("description", description(op));
        entry.put("kind", kind(op));
        entry.put("uri", uri(op));
        entry.put("uriTemplate", uriTemplate(op));
        if (!"-".equals(op.method())) {
            entry.put("method", op.method());
        }
        if (op.kind() == OperationKind.HTTP || op.kind() == OperationKind.OAUTH) {
            entry.put("path", op.pathTemplate());
        }
        if (!"-".equals(op.scope())) {
            entry.put("scope", op.scope());
        }
        entry.put("plan", op.plan().id());
        entry.put("planNote", op.plan() == PlanRequirement.ANY ? "Works on every plan, Free included."
                : "Needs " + op.plan().description() + "; Calendly answers 403 Permission Denied on other plans.");
        entry.put("destructive", op.destructive());
        entry.put("idempotent", op.idempotent());
        entry.put("paginated", op.paginated());
        entry.set("input", InputSchemas.of(op));
        ObjectNode output = CatalogSources.mapper().createObjectNode().put("$schema", InputSchemas.DIALECT);
        output.setAll(OutputSchemas.of(op));
        entry.set("output", output);
        return entry;
    }

    /** The endpoint URI that runs the operation with its input in the message body. */
    static String uri(Operation op) {
        String uri = "calendly:" + op.resource() + "?op=" + op.name();
        return op.destructive() ? uri + "&confirmDestructive=true" : uri;
    }

    /** The endpoint URI as an RFC 6570 template of every option: {@code calendly:users?op=get{&uuid,uri}}. */
    static String uriTemplate(Operation op) {
        List<String> names = new ArrayList<>(op.parameters().stream().map(Parameter::name).toList());
        if (InputSchemas.takesUri(op)) {
            names.add(InputSchemas.URI_OPTION);
        }
        return names.isEmpty() ? uri(op) : uri(op) + "{&" + String.join(",", names) + "}";
    }

    private static String kind(Operation op) {
        return switch (op.kind()) {
            case HTTP -> "http";
            case RAW -> "raw";
            case OAUTH -> "-".equals(op.method()) ? "local" : "oauth";
            case PREFILL_URL -> "local";
            case WEBHOOK_TRIGGER -> throw new IllegalArgumentException(op.id() + " is a trigger, not an action");
        };
    }

    private static String description(Operation op) {
        StringBuilder text = new StringBuilder(op.summary()).append('.');
        switch (op.kind()) {
            case HTTP -> text.append(" Sends ").append(op.method()).append(' ').append(op.pathTemplate())
                    .append(" to Calendly's API.");
            case OAUTH -> text.append("-".equals(op.method()) ? " Built locally; nothing is sent."
                    : " Sends " + op.method() + " " + op.pathTemplate() + " to Calendly's authorization server.");
            case PREFILL_URL -> text.append(" Built locally; nothing is sent.");
            case RAW -> text.append(" The message body is the request body.");
            case WEBHOOK_TRIGGER -> throw new IllegalArgumentException(op.id() + " is a trigger, not an action");
        }
        if (op.paginated()) {
            text.append(" Reads every page unless paginate=false or maxResults says otherwise.");
        }
        if (!"-".equals(op.scope())) {
            text.append(" OAuth scope: ").append(op.scope()).append('.');
        }
        if (op.plan() != PlanRequirement.ANY) {
            text.append(" Needs ").append(op.plan().description()).append('.');
        }
        if (op.destructive()) {
            text.append(" Irreversibly deletes data: runs only with confirmDestructive=true on the endpoint.");
        }
        return text.toString();
    }
}
