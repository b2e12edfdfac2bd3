package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.Operation;

/**
 * {@code calendly-sink}: makes one of Calendly's writes (book, cancel, mark a no-show, create a single-use link,
 * create or update a contact, ...) from the message body. Destructive deletes are left to the action.
 */
final class CalendlySinkKamelet {

    static final String NAME = "calendly-sink";

    private CalendlySinkKamelet() {
    }

    static KameletDocument build(CatalogSources sources) {
        ObjectNode json = sources.componentJson();
        List<Operation> writes = KameletOperations.writes();
        KameletProperty resource = OperationChoice.resource(json, writes,
                "The Calendly API collection to write to, in camelCase.");
        KameletProperty op = OperationChoice.op(json, writes,
                "The write to make on the resource. Together they name one of: "
                + String.join(", ", KameletOperations.ids(writes)) + ".");
        List<KameletProperty> options = ConnectionProperties.of(json);

        List<KameletProperty> properties = new ArrayList<>(List.of(resource, op));
        properties.addAll(options);
        String description = "Write to Calendly: book a meeting through the Scheduling API, cancel a meeting, mark"
                + " an invitee as a no-show, create a single-use scheduling link, create or update a contact, and"
                + " Calendly's other non-destructive writes. The message body is the write's input, a JSON object"
                + " keyed by option name (for example the event type, start time and invitee of a booking);"
                + " CamelCalendly.<option> headers win over it. Writes that delete data for good ("
                + String.join(", ", KameletOperations.ids(KameletOperations.destructive()))
                + ") are left to calendly-action, which takes confirmDestructive.";
        return new KameletDocument(NAME, KameletType.SINK, "Calendly Sink", description, properties,
                KameletDependencies.of(sources), KameletTemplates.step(OperationChoice.producer(resource, op, options)));
    }
}
