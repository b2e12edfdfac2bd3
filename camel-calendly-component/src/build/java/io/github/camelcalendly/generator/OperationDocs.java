package io.github.camelcalendly.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.camelcalendly.operation.ConnectionDefault;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.Parameter;

import static io.github.camelcalendly.generator.MarkdownTable.cell;
import static io.github.camelcalendly.generator.MarkdownTable.code;

/**
 * The Operations part of the docs, from the operations registry: per resource, its operations with the request they
 * send, the OAuth scope, paging, whether they delete data, their options and an example URI.
 */
final class OperationDocs {

    private OperationDocs() {
    }

    static String render() {
        StringBuilder out = new StringBuilder("## Operations\n\n")
                .append("Required options are in **bold**. `user` and `organization` that are left out are filled")
                .append(" in with the connection's own where the table says so. The example URIs name the options an")
                .append(" operation cannot run without, except those the connection fills in. Plan says which Calendly")
                .append(" plans include the operation: any, paid (Standard or higher) or enterprise; Calendly refuses it")
                .append(" on other plans with 403 Permission Denied.\n\n");
        MarkdownTable index = new MarkdownTable("Resource", "Operations");
        for (String resource : OperationRegistry.resources()) {
            index.row("[" + resource + "](#" + resource.toLowerCase(Locale.ROOT) + ")",
                    String.join(", ", OperationRegistry.operationsOf(resource).stream().map(MarkdownTable::code)
                            .toList()));
        }
        out.append(index.render()).append('\n');
        for (String resource : OperationRegistry.resources()) {
            out.append(resource(resource));
        }
        return out.toString();
    }

    private static String resource(String resource) {
        List<Operation> ops = OperationRegistry.all().stream().filter(o -> o.resource().equals(resource)).toList();
        MarkdownTable table = new MarkdownTable(
                "Op", "What it does", "Request", "Answer", "Scope", "Plan", "Paginated", "Destructive", "Options");
        StringBuilder examples = new StringBuilder("```\n");
        for (Operation op : ops) {
            table.row(code(op.name()), cell(op.summary()), request(op), answer(op),
                    "-".equals(op.scope()) ? "" : code(op.scope()), op.plan().id(), yesNo(op.paginated()), yesNo(op.destructive()),
                    options(op));
            examples.append(exampleUri(op)).append('\n');
        }
        return "### " + resource + "\n\n" + table.render() + "\n" + examples.append("```\n\n");
    }

    private static String request(Operation op) {
        return switch (op.kind()) {
            case HTTP -> code(op.method() + " " + op.pathTemplate());
            case RAW -> "any method (option `method`) on `path`";
            case PREFILL_URL -> "none: built locally";
            case WEBHOOK_TRIGGER -> "in `from(...)`: receives Calendly's POSTs on `webhookPath`";
            case OAUTH -> "-".equals(op.method()) ? "none: built locally (`" + op.pathTemplate() + "`)"
                    : code(op.method() + " " + op.pathTemplate()) + " (on `authBaseUrl`)";
        };
    }

    /** What a successful answer holds; any other answer fails with CalendlyApiException. */
    private static String answer(Operation op) {
        return switch (op.answer()) {
            case RESOURCE -> code("resource");
            case COLLECTION -> code("collection");
            case NO_CONTENT -> "204";
            case OBJECT -> "JSON object";
            case ANY -> "any";
            case NONE -> "";
        };
    }

    private static String options(Operation op) {
        List<String> cells = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            String name = p.required() ? "**" + code(p.name()) + "**" : code(p.name());
            List<String> notes = new ArrayList<>();
            if (!p.enumValues().isEmpty()) {
                notes.add((p.type().isList() ? "any of " : "one of ") + String.join(", ", p.enumValues()));
            }
            op.connectionDefaults().stream().filter(d -> d.parameter().equals(p.name()))
                    .forEach(d -> notes.add(connectionDefault(d)));
            cells.add(notes.isEmpty() ? name : name + " (" + cell(String.join("; ", notes)) + ")");
        }
        return String.join(", ", cells);
    }

    private static String connectionDefault(ConnectionDefault d) {
        String text = "the connection's own when left out";
        if (!d.unlessPresent().isEmpty()) {
            text += " and no " + String.join(" or ", d.unlessPresent()) + " is given";
        }
        if (d.whenParameter() != null) {
            text += " while " + d.whenParameter() + "=" + d.whenValue();
        }
        return text;
    }

    /** {@code calendly:<resource>?op=<op>&<required option>=...}, leaving out what the connection always fills. */
    private static String exampleUri(Operation op) {
        if (op.kind() == OperationKind.WEBHOOK_TRIGGER) {
            return "from: calendly:" + op.resource() + "?events=invitee.created,invitee.canceled"
                    + "&signingKey=RAW(...)&webhookExternalUrl=https://...";
        }
        StringBuilder uri = new StringBuilder("calendly:").append(op.resource()).append("?op=").append(op.name());
        for (Parameter p : op.parameters()) {
            if (p.required() && !op.connectionAlwaysFills(p.name())) {
                uri.append('&').append(p.name()).append("=...");
            }
        }
        if (op.destructive()) {
            uri.append("&confirmDestructive=true");
        }
        return uri.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
