package io.github.camelcalendly.catalog.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the hand-written schema files kept under {@value #ROOT} on the class path and makes each self-contained: a
 * {@code "$ref"} naming another file ({@code "User.json"}, relative to the referring file) is replaced by that file's
 * schema, recursively; keywords beside the {@code "$ref"} (a more specific description) are laid over it.
 */
final class SchemaFiles {

    /** The class-path folder of the schema files. */
    static final String ROOT = "io/github/camelcalendly/catalog/schema/";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, ObjectNode> RAW = new ConcurrentHashMap<>();

    private SchemaFiles() {
    }

    /**
     * The schema of one file with every file reference inlined.
     *
     * @param path the file's path below {@value #ROOT}, e.g. {@code objects/User.json}
     * @return a new copy, free to be changed by the caller
     * @throws IllegalArgumentException when the file does not exist
     * @throws IllegalStateException    when a file is not a JSON object, references itself through other files, or
     *                                  uses a reference that is not a relative file name
     */
    static ObjectNode inlined(String path) {
        return resolve(path, new ArrayDeque<>());
    }

    private static ObjectNode resolve(String path, Deque<String> trail) {
        if (trail.contains(path)) {
            List<String> cycle = new ArrayList<>(trail);
            Collections.reverse(cycle);
            cycle.add(path);
            throw new IllegalStateException("Schema files reference each other in a cycle: "
                    + String.join(" -> ", cycle));
        }
        trail.push(path);
        ObjectNode resolved = (ObjectNode) inline(raw(path), path, trail);
        trail.pop();
        return resolved;
    }

    private static JsonNode inline(JsonNode node, String from, Deque<String> trail) {
        if (node.isArray()) {
            ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(inline(element, from, trail)));
            return copy;
        }
        if (!node.isObject()) {
            return node.deepCopy();
        }
        JsonNode ref = node.get("$ref");
        ObjectNode copy = ref == null ? MAPPER.createObjectNode() : resolve(target(from, ref), trail);
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!"$ref".equals(field.getKey())) {
                copy.set(field.getKey(), inline(field.getValue(), from, trail));
            }
        }
        return copy;
    }

    /** The path of the file a reference in file {@code from} names. */
    private static String target(String from, JsonNode ref) {
        String text = ref.isTextual() ? ref.asText() : "";
        if (text.isEmpty() || text.startsWith("#") || text.contains(":") || !text.endsWith(".json")) {
            throw new IllegalStateException("Schema file " + ROOT + from + " has \"$ref\": " + ref + "; only the"
                    + " name of another schema file (such as \"User.json\") is allowed, which is inlined");
        }
        String resolved = URI.create("/" + from).resolve(text).normalize().getPath();
        if (resolved.startsWith("/..")) {
            throw new IllegalStateException("Schema file " + ROOT + from + " references " + text
                    + ", outside " + ROOT);
        }
        return resolved.substring(1);
    }

    private static ObjectNode raw(String path) {
        return RAW.computeIfAbsent(path, SchemaFiles::read);
    }

    private static ObjectNode read(String path) {
        String resource = ROOT + path;
        try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema file " + resource + " on the class path");
            }
            JsonNode json = MAPPER.readTree(in);
            if (json == null || !json.isObject()) {
                throw new IllegalStateException("Schema file " + resource + " must hold a JSON object");
            }
            return (ObjectNode) json;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema file " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A new empty object node. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
