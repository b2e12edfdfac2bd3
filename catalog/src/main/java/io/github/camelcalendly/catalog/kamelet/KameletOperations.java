package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;

/**
 * The operations of the registry each Kamelet offers: the webhook trigger, the lists that can be polled, what an
 * action can call with its input in the message body, and the writes a sink makes.
 */
final class KameletOperations {

    private KameletOperations() {
    }

    /** The webhook trigger ({@code calendly:webhook}). */
    static Operation webhookTrigger() {
        List<Operation> triggers = OperationRegistry.all().stream()
                .filter(op -> op.kind() == OperationKind.WEBHOOK_TRIGGER).toList();
        if (triggers.size() != 1) {
            throw new IllegalStateException("The registry should have one webhook trigger, has " + triggers.size());
        }
        return triggers.get(0);
    }

    /** The paginated lists: the operations a route can start from to poll. */
    static List<Operation> pollable() {
        return OperationRegistry.all().stream().filter(Operation::paginated).toList();
    }

    /** The op name every paginated list shares ({@code list}), which the poll source's template names. */
    static String pollOpName() {
        Set<String> names = opNames(pollable());
        if (names.size() != 1) {
            throw new IllegalStateException("The poll source names one op for every resource, but the paginated lists"
                    + " are named " + names);
        }
        return names.iterator().next();
    }

    /**
     * What an action can call with its input in the message body: every operation with a producer except raw
     * requests, which send the body as it is (inputFromBody does not apply to them).
     */
    static List<Operation> callableWithBodyInput() {
        return OperationRegistry.all().stream()
                .filter(op -> op.kind() != OperationKind.WEBHOOK_TRIGGER && op.kind() != OperationKind.RAW)
                .toList();
    }

    /**
     * The writes a sink makes: Calendly requests that send a body or delete, except the destructive ones (deleting
     * data for good needs confirmDestructive, which only the action offers).
     */
    static List<Operation> writes() {
        return OperationRegistry.all().stream()
                .filter(op -> op.kind() == OperationKind.HTTP)
                .filter(op -> op.hasRequestBody() || "DELETE".equals(op.method()))
                .filter(op -> !op.destructive())
                .toList();
    }

    /** The operations that delete data for good and run only with confirmDestructive=true. */
    static List<Operation> destructive() {
        return OperationRegistry.all().stream().filter(Operation::destructive).toList();
    }

    /** The resources of {@code operations}, in registry order. */
    static List<String> resources(List<Operation> operations) {
        Set<String> resources = new LinkedHashSet<>();
        operations.forEach(op -> resources.add(op.resource()));
        return new ArrayList<>(resources);
    }

    /** The op names of {@code operations}, sorted. */
    static Set<String> opNames(List<Operation> operations) {
        Set<String> names = new TreeSet<>();
        operations.forEach(op -> names.add(op.name()));
        return names;
    }

    /** {@code resource/op} of each operation, in registry order. */
    static List<String> ids(List<Operation> operations) {
        return operations.stream().map(Operation::id).toList();
    }
}
