package io.github.camelcalendly.catalog.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;

/**
 * The summary of the actions that the repository README shows: how many there are, and per resource its actions,
 * each linked to its section of the actions page.
 */
public final class ActionsSummary {

    /** The line before the summary in the README. */
    public static final String START =
            "<!-- actions summary: generated from the operations registry; ActionsSummaryTest fails when it is stale -->\n";
    /** The line after it. */
    public static final String END = "<!-- end of actions summary -->\n";

    private ActionsSummary() {
    }

    /**
     * @param page the actions page as the README links it, e.g. {@code catalog/docs/calendly-actions.md}
     */
    public static String render(String page) {
        Map<String, StringBuilder> byResource = new LinkedHashMap<>();
        List<Operation> actions = OperationRegistry.all().stream()
                .filter(op -> op.kind() != OperationKind.WEBHOOK_TRIGGER).toList();
        for (Operation op : actions) {
            StringBuilder cell = byResource.computeIfAbsent(op.resource(), r -> new StringBuilder());
            String id = op.resource() + "." + op.name();
            cell.append(cell.length() == 0 ? "" : ", ").append('[').append(op.name()).append("](").append(page)
                    .append('#').append(id.toLowerCase(Locale.ROOT).replace(".", "")).append(')');
        }
        StringBuilder out = new StringBuilder().append(actions.size()).append(" actions on ")
                .append(byResource.size()).append(" resources, and the webhook and polling triggers:\n\n")
                .append("| Resource | Actions |\n| --- | --- |\n");
        byResource.forEach((resource, cell) -> out.append("| `").append(resource).append("` | ").append(cell)
                .append(" |\n"));
        return out.toString();
    }
}
