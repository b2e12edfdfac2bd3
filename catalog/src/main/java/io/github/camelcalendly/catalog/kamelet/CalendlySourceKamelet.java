package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.OptionCatalog;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.webhook.WebhookRegistration;

/**
 * {@code calendly-source}: Calendly's webhook events through the trigger {@code calendly:webhook}. Its properties are
 * the trigger's options in the registry (events, scope, organization, user, group, signing key), where it is served
 * and reached, and the connection.
 */
final class CalendlySourceKamelet {

    static final String NAME = "calendly-source";

    /** The events the source receives unless told otherwise: bookings and cancellations. */
    static final List<String> DEFAULT_EVENTS = List.of("invitee.created", "invitee.canceled");

    private CalendlySourceKamelet() {
    }

    static KameletDocument build(CatalogSources sources) {
        ObjectNode json = sources.componentJson();
        Operation trigger = KameletOperations.webhookTrigger();
        List<KameletProperty> options = new ArrayList<>();
        for (Parameter parameter : trigger.parameters()) {
            KameletProperty property = KameletProperty.of(ComponentOption.of(json, parameter.name()))
                    .withDescription(parameter.description()).withEnum(parameter.enumValues());
            if ("events".equals(parameter.name())) {
                property = events(property);
            } else if ("scope".equals(parameter.name())) {
                property = property.withDefault(TextNode.valueOf(WebhookRegistration.DEFAULT_SCOPE));
            } else if (parameter.required()) {
                property = property.asRequired();
            }
            options.add(property);
        }
        options.add(KameletProperty.of(ComponentOption.of(json, "webhookExternalUrl")).asRequired()
                .withDescription("The public HTTPS URL Calendly delivers to, as seen from the internet (webhookPath"
                        + " behind your ingress or tunnel). The Kamelet subscribes it to the events when it starts,"
                        + " reusing an identical subscription.")
                .withExample("https://hooks.example.com/calendly/webhook"));
        options.add(KameletProperty.of(ComponentOption.of(json, "webhookPath")));
        options.addAll(ConnectionProperties.of(json));

        String description = "Receive Calendly's webhook events: bookings, cancellations, no-shows, event type,"
                + " routing form, meeting recap and contact changes. When it starts, the Kamelet subscribes"
                + " webhookExternalUrl to the events, serves webhookPath on the runtime's HTTP server (platform-http)"
                + " and verifies the signature of every delivery with signingKey before it passes the event on;"
                + " redeliveries are dropped. Each event's payload becomes one message as JSON, with the event name"
                + " in header " + CalendlyConstants.EVENT + ".";
        ObjectNode consumer = KameletTemplates.calendly("calendly:" + trigger.resource(), new LinkedHashMap<>(),
                options);
        return new KameletDocument(NAME, KameletType.SOURCE, "Calendly Source", description, options,
                KameletDependencies.of(sources, "camel:platform-http"), KameletTemplates.source(consumer));
    }

    private static KameletProperty events(KameletProperty property) {
        for (String event : DEFAULT_EVENTS) {
            if (!OptionCatalog.WEBHOOK_EVENTS.contains(event)) {
                throw new IllegalStateException("The default event " + event + " is not a Calendly webhook event");
            }
        }
        for (String event : OptionCatalog.WEBHOOK_EVENTS) {
            if (!event.matches("[a-z_.]+")) {
                throw new IllegalStateException("The events pattern takes letters, underscores and dots, not " + event);
            }
        }
        String anyEvent = OptionCatalog.WEBHOOK_EVENTS.stream().map(event -> event.replace(".", "\\."))
                .collect(Collectors.joining("|", "(", ")"));
        return property.withEnum(List.of())
                .withDescription("The Calendly events to receive, comma-separated: "
                        + String.join(", ", OptionCatalog.WEBHOOK_EVENTS) + ".")
                .withDefault(TextNode.valueOf(String.join(",", DEFAULT_EVENTS)))
                .withPattern("^" + anyEvent + "(," + anyEvent + ")*$");
    }
}
