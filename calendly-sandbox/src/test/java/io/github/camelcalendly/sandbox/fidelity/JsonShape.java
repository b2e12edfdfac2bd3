package io.github.camelcalendly.sandbox.fidelity;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of a JSON document: every field path ({@code resource.location.join_url}, array elements as
 * {@code []}), and whether a path was ever seen holding a value with nested fields. Used to check that a sandbox
 * answer names and nests its fields the way a real Calendly answer does.
 */
public final class JsonShape {

    /** Path to what was seen there: true when some value at that path was null or an empty array. */
    private final Map<String, Boolean> paths = new TreeMap<>();

    private JsonShape() {
    }

    public static JsonShape of(JsonNode node) {
        JsonShape shape = new JsonShape();
        shape.walk("", node);
        return shape;
    }

    public Set<String> paths() {
        return paths.keySet();
    }

    /**
     * The paths of {@code reference} this shape lacks. A reference path is not required when this shape holds
     * null or an empty array at it or at one of its ancestors (a canceled-only field on an active event, say),
     * nor when the reference itself only ever held null or an empty array there.
     */
    public Set<String> missingFrom(JsonShape reference) {
        Set<String> missing = new TreeSet<>();
        for (String path : reference.paths.keySet()) {
            if (!paths.containsKey(path) && !coveredByEmptyAncestor(path)) {
                missing.add(path);
            }
        }
        return missing;
    }

    private boolean coveredByEmptyAncestor(String path) {
        String current = parent(path);
        while (current != null) {
            if (Boolean.TRUE.equals(paths.get(current))) {
                return true;
            }
            current = parent(current);
        }
        return false;
    }

    /** {@code a.b[]} → {@code a.b}, {@code a.b} → {@code a}, {@code a} → null. */
    private static String parent(String path) {
        if (path.endsWith("[]")) {
            return path.substring(0, path.length() - 2);
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : path.substring(0, dot);
    }

    private void walk(String path, JsonNode node) {
        if (node.isObject()) {
            if (!path.isEmpty()) {
                paths.merge(path, false, Boolean::logicalOr);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            paths.merge(path, node.isEmpty(), Boolean::logicalOr);
            for (JsonNode element : node) {
                walk(path + "[]", element);
            }
        } else {
            paths.merge(path, node.isNull(), Boolean::logicalOr);
        }
    }
}
