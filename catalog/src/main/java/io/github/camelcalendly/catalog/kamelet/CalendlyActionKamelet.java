package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.Operation;

/**
 * {@code calendly-action}: calls any Calendly action of the registry, its options taken from the message body.
 */
final class CalendlyActionKamelet {

    static final String NAME = "calendly-action";

    private CalendlyActionKamelet() {
    }

    static KameletDocument build(CatalogSources sources) {
        ObjectNode json = sources.componentJson();
        List<Operation> operations = KameletOperations.callableWithBodyInput();
        KameletProperty resource = OperationChoice.resource(json, operations,
                "The Calendly API collection to act on, in camelCase.");
        KameletProperty op = OperationChoice.op(json, operations,
                "The operation on the resource; together they name one action of the component (see its"
                + " operations table). Raw requests are not offered: their body is sent as it is.");
        List<KameletProperty> options = new ArrayList<>();
        options.add(KameletProperty.of(ComponentOption.of(json, "confirmDestructive")));
        options.addAll(ConnectionProperties.of(json));

        List<KameletProperty> properties = new ArrayList<>(List.of(resource, op));
        properties.addAll(options);
        String description = "Call any Calendly action: list, get, create, update, cancel or delete meetings, event"
                + " types, invitees, no-shows, scheduling links, contacts, webhook subscriptions and more. The message"
                + " body is the action's input, a JSON object keyed by option name (for example the uuid and reason"
                + " of a cancellation); CamelCalendly.<option> headers win over it. Calendly's answer becomes the body"
                + " as JSON: the resource, or the items of a list (every page).";
        return new KameletDocument(NAME, KameletType.ACTION, "Calendly Action", description, properties,
                KameletDependencies.of(sources), KameletTemplates.step(OperationChoice.producer(resource, op, options)));
    }
}
