package io.github.camelcalendly.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.github.camelcalendly.generator.MarkdownTable.cell;
import static io.github.camelcalendly.generator.MarkdownTable.code;

/**
 * The parts of the docs that come from the component JSON Camel's tooling generates: the component's identity, its
 * options, the endpoint's options by group and the message headers.
 */
final class ComponentJsonDocs {

    private final JsonNode json;

    private ComponentJsonDocs(JsonNode json) {
        this.json = json;
    }

    /** Reads the component JSON that Camel's tooling wrote in process-classes. */
    static ComponentJsonDocs read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No component JSON at " + file + ": Camel's tooling writes it in"
                                            + " process-classes, before the docs are generated");
        }
        try {
            return new ComponentJsonDocs(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the component JSON " + file, e);
        }
    }

    /** A field of the JSON's {@code component} block, such as {@code title} or {@code syntax}. */
    String component(String field) {
        return json.path("component").path(field).asText();
    }

    String componentOptions() {
        return "## Component options\n\n"
               + "Set on the component (for example `camel.component.calendly.accessToken` in Camel Main or Spring"
               + " Boot); they apply to every endpoint that does not set its own.\n\n"
               + groupedTables(entries(json.path("componentProperties"), false));
    }

    String endpointOptions() {
        MarkdownTable path = new MarkdownTable("Name", "Type", "Default", "Description");
        entries(json.path("properties"), true)
                .forEach(e -> path.row(code(e.getKey()), type(e.getValue()), defaultValue(e.getValue()),
                        description(e.getValue())));
        return "## Endpoint options\n\n"
               + "```\n" + component("syntax") + "\n```\n\n"
               + "### Path parameter\n\n" + path.render() + "\n"
               + "### Query parameters\n\n"
               + "Any of them can also be set for one exchange with a `CamelCalendly.` header (see Message headers)."
               + " Which options each operation takes is listed under Operations.\n\n"
               + groupedTables(entries(json.path("properties"), false));
    }

    String headers() {
        MarkdownTable table = new MarkdownTable("Name", "Type", "Description");
        json.path("headers").fields().forEachRemaining(h -> table.row(
                code(h.getKey()), code(h.getValue().path("javaType").asText()), description(h.getValue())));
        return "## Message headers\n\n" + table.render();
    }

    /** The properties of one block: the path parameters when {@code path} is true, the others otherwise. */
    private static List<Map.Entry<String, JsonNode>> entries(JsonNode properties, boolean path) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        properties.fields().forEachRemaining(e -> {
            if ("path".equals(e.getValue().path("kind").asText()) == path) {
                entries.add(e);
            }
        });
        return entries;
    }

    /** One table per option group, in the order the JSON first lists each group. */
    private static String groupedTables(List<Map.Entry<String, JsonNode>> properties) {
        Map<String, MarkdownTable> groups = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : properties) {
            JsonNode p = e.getValue();
            groups.computeIfAbsent(p.path("group").asText(),
                    g -> new MarkdownTable("Name", "Type", "Default", "Description"))
                    .row(code(e.getKey()), type(p), defaultValue(p), description(p));
        }
        StringBuilder out = new StringBuilder();
        groups.forEach((group, table) -> out.append("#### ").append(title(group)).append("\n\n")
                .append(table.render()).append('\n'));
        return out.toString();
    }

    private static String type(JsonNode p) {
        String type = p.path("type").asText();
        return "object".equals(type) ? code(p.path("javaType").asText()) : type;
    }

    /**
     * The default, if any. Camel's tooling records {@code false} for every boolean option that declares no default,
     * but a {@code java.lang.Boolean} option left unset is simply not sent to Calendly, so it has none.
     */
    private static String defaultValue(JsonNode p) {
        if (!p.has("defaultValue") || "java.lang.Boolean".equals(p.path("javaType").asText())) {
            return "";
        }
        return code(p.get("defaultValue").asText());
    }

    private static String description(JsonNode p) {
        StringBuilder text = new StringBuilder(cell(p.path("description").asText()));
        if (p.path("required").asBoolean()) {
            text.append(" *Required.*");
        }
        if (p.has("enum")) {
            List<String> values = new ArrayList<>();
            p.get("enum").forEach(v -> values.add(code(v.asText())));
            text.append(" Values: ").append(String.join(", ", values)).append('.');
        }
        if (p.path("secret").asBoolean()) {
            text.append(" *Secret: masked in logs and endpoint URIs.*");
        }
        return text.toString();
    }

    private static String title(String group) {
        return Character.toUpperCase(group.charAt(0)) + group.substring(1);
    }
}
