package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.ConnectionDefault;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.Parameter;

/**
 * {@code calendly-poll-source}: polls one of Calendly's paginated lists and emits each new or changed item once.
 * Besides the resource, its properties are the options a list cannot be polled without that the connection does
 * not fill in (the scheduled event whose invitees to poll, ...), the delay and the connection.
 */
final class CalendlyPollSourceKamelet {

    static final String NAME = "calendly-poll-source";

    /** The default time between polls: a minute, well within Calendly's rate limits. */
    static final int DEFAULT_DELAY_MILLIS = 60_000;

    private CalendlyPollSourceKamelet() {
    }

    static KameletDocument build(CatalogSources sources) {
        ObjectNode json = sources.componentJson();
        List<Operation> lists = KameletOperations.pollable();
        List<KameletProperty> options = new ArrayList<>();
        KameletProperty resource = KameletProperty.of(ComponentOption.of(json, "resource"))
                .withDescription("The Calendly collection to poll: one of the paginated lists.")
                .withEnum(KameletOperations.resources(lists)).asRequired();
        options.addAll(neededOptions(json, lists));
        options.add(KameletProperty.of(ComponentOption.of(json, "delay"))
                .withDefault(IntNode.valueOf(DEFAULT_DELAY_MILLIS)));
        options.addAll(ConnectionProperties.of(json));

        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("op", KameletOperations.pollOpName());
        ObjectNode consumer = KameletTemplates.calendly("calendly:" + resource.placeholder(), fixed, options);
        List<KameletProperty> properties = new ArrayList<>();
        properties.add(resource);
        properties.addAll(options);
        String description = "Poll a Calendly list (scheduled events, event types, contacts, memberships and more)"
                + " and emit each new or changed item once, oldest change first, as JSON. An item counts as changed"
                + " when its updated_at (else created_at) moves past what the Kamelet emitted before; that watermark"
                + " is kept in memory, so the first poll after a start emits the items the list holds. Scheduled"
                + " events are looked at from a day before each poll on.";
        return new KameletDocument(NAME, KameletType.SOURCE, "Calendly Poll Source", description, properties,
                KameletDependencies.of(sources), KameletTemplates.source(consumer));
    }

    /**
     * The required options of the lists that the connection does not fill in, each optional here since only some
     * resources need it; the description names those.
     */
    private static List<KameletProperty> neededOptions(ObjectNode json, List<Operation> lists) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        Map<String, List<String>> neededBy = new LinkedHashMap<>();
        for (Operation list : lists) {
            Set<String> fromConnection = list.connectionDefaults().stream().map(ConnectionDefault::parameter)
                    .collect(Collectors.toSet());
            for (Parameter parameter : list.parameters()) {
                if (parameter.required() && !fromConnection.contains(parameter.name())) {
                    parameters.putIfAbsent(parameter.name(), parameter);
                    neededBy.computeIfAbsent(parameter.name(), name -> new ArrayList<>()).add(list.resource());
                }
            }
        }
        List<KameletProperty> needed = new ArrayList<>();
        parameters.forEach((name, parameter) -> needed.add(KameletProperty.of(ComponentOption.of(json, name))
                .withDescription(parameter.description() + " Required when polling "
                        + String.join(", ", neededBy.get(name)) + ".")
                .withEnum(parameter.enumValues())));
        return needed;
    }
}
