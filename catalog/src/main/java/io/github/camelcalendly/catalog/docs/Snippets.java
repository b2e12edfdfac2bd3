package io.github.camelcalendly.catalog.docs;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;

/**
 * The copy-paste snippets of one action: a Java DSL route, the same route in the YAML DSL, and the route calling the
 * calendly-action Kamelet with the input as the message body. Scalar options go in the endpoint URI, JSON options in
 * their {@code CamelCalendly.<option>} header.
 */
final class Snippets {

    private Snippets() {
    }

    static String java(Operation op, Map<String, JsonNode> input) {
        StringBuilder route = new StringBuilder("from(\"direct:").append(routeName(op)).append("\")\n");
        input.forEach((name, value) -> {
            if (!inUri(op, name)) {
                route.append("    .setHeader(\"CamelCalendly.").append(name).append("\", constant(")
                        .append(javaString(value.toString())).append("))\n");
            }
        });
        return route.append("    .to(").append(javaString(uri(op, input))).append(");\n").toString();
    }

    static String yaml(Operation op, Map<String, JsonNode> input) {
        StringBuilder steps = new StringBuilder();
        input.forEach((name, value) -> {
            if (!inUri(op, name)) {
                steps.append("        - setHeader:\n            name: CamelCalendly.").append(name)
                        .append("\n            constant: ").append(yamlString(value.toString())).append('\n');
            }
        });
        steps.append("        - to:\n            uri: calendly:").append(op.resource())
                .append("\n            parameters:\n              op: ").append(op.name()).append('\n');
        input.forEach((name, value) -> {
            if (inUri(op, name)) {
                steps.append("              ").append(name).append(": ").append(yamlString(text(value))).append('\n');
            }
        });
        if (op.destructive()) {
            steps.append("              confirmDestructive: true\n");
        }
        return route(op, steps.toString());
    }

    static String kamelet(Operation op, Map<String, JsonNode> input) {
        StringBuilder steps = new StringBuilder();
        if (!input.isEmpty()) {
            steps.append("        - setBody:\n            constant: ")
                    .append(yamlString(CatalogSources.mapper().valueToTree(input).toString())).append('\n');
        }
        steps.append("        - to:\n            uri: kamelet:calendly-action\n            parameters:\n")
                .append("              resource: ").append(op.resource()).append('\n')
                .append("              op: ").append(op.name()).append('\n')
                .append("              accessToken: \"{{calendly.access-token}}\"\n");
        return route(op, steps.toString());
    }

    /** Whether the Kamelet snippet applies: raw requests send the body as it is and take no input from it. */
    static boolean hasKameletSnippet(Operation op) {
        return op.kind() != OperationKind.RAW;
    }

    private static String route(Operation op, String steps) {
        return "- route:\n    from:\n      uri: direct:" + routeName(op) + "\n      steps:\n" + steps;
    }

    private static String uri(Operation op, Map<String, JsonNode> input) {
        StringBuilder uri = new StringBuilder("calendly:").append(op.resource()).append("?op=").append(op.name());
        input.forEach((name, value) -> {
            if (inUri(op, name)) {
                uri.append('&').append(name).append('=').append(text(value));
            }
        });
        if (op.destructive()) {
            uri.append("&confirmDestructive=true");
        }
        return uri.toString();
    }

    private static String routeName(Operation op) {
        return op.resource() + "-" + op.name();
    }

    /** Whether an option's value goes in the URI; JSON options go in their header as JSON text. */
    private static boolean inUri(Operation op, String name) {
        return op.parameter(name).map(p -> !p.type().isJson()).orElse(true);
    }

    /** A scalar as text, a list of texts comma-separated, as a URI takes them. */
    private static String text(JsonNode value) {
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asText()));
            return joined.toString();
        }
        return value.asText();
    }

    private static String javaString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String yamlString(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
