package io.github.camelcalendly.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Looks up the Calendly actions of {@link OperationTable}, the single list of operations. The producer, validation,
 * the endpoint's option class, the docs and the catalog are all derived from it; nothing else lists operations.
 */
public final class OperationRegistry {

    /**
     * Calendly's authorization server, where the oauth operations go; their paths are taken relative to the
     * connection's authBaseUrl when it points elsewhere (the sandbox).
     */
    public static final String AUTH_HOST = "https://auth.calendly.com";

    private static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    static {
        for (OperationBuilder row : OperationTable.rows()) {
            add(row);
        }
    }

    private OperationRegistry() {
    }

    private static void add(OperationBuilder builder) {
        Operation op = builder.build();
        if (OPERATIONS.putIfAbsent(key(op.resource(), op.name()), op) != null) {
            throw new IllegalStateException("Operation registered twice: " + op.id());
        }
    }

    private static String key(String resource, String op) {
        return resource + "/" + op;
    }

    /** Every operation, in registry order. */
    public static List<Operation> all() {
        return Collections.unmodifiableList(new ArrayList<>(OPERATIONS.values()));
    }

    public static Optional<Operation> find(String resource, String op) {
        return Optional.ofNullable(OPERATIONS.get(key(resource, op)));
    }

    /** The resources, in registry order. */
    public static Set<String> resources() {
        Set<String> resources = new LinkedHashSet<>();
        OPERATIONS.values().forEach(o -> resources.add(o.resource()));
        return resources;
    }

    /** The op names of one resource, in registry order; empty when the resource is unknown. */
    public static List<String> operationsOf(String resource) {
        return OPERATIONS.values().stream().filter(o -> o.resource().equals(resource)).map(Operation::name).toList();
    }

    /** Every op name used by any resource, sorted. */
    public static Set<String> operationNames() {
        Set<String> names = new TreeSet<>();
        OPERATIONS.values().forEach(o -> names.add(o.name()));
        return names;
    }

    /**
     * Looks up an operation, or explains what is valid. When {@code op} is null and the resource has a single
     * operation, that one is chosen.
     */
    public static Operation resolve(String resource, String op) {
        List<String> ops = operationsOf(resource);
        if (ops.isEmpty()) {
            throw new IllegalArgumentException("Unknown Calendly resource '" + resource + "'. Valid resources: "
                                               + String.join(", ", resources()));
        }
        if (op == null || op.isBlank()) {
            if (ops.size() == 1) {
                return OPERATIONS.get(key(resource, ops.get(0)));
            }
            throw new IllegalArgumentException("Calendly resource '" + resource + "' needs an op. Valid ops for "
                                               + resource + ": " + String.join(", ", ops));
        }
        Operation found = OPERATIONS.get(key(resource, op));
        if (found == null) {
            throw new IllegalArgumentException("Unknown op '" + op + "' for Calendly resource '" + resource
                                               + "'. Valid ops for " + resource + ": " + String.join(", ", ops));
        }
        return found;
    }
}
