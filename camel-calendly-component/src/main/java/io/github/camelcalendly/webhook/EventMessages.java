package io.github.camelcalendly.webhook;

import io.github.camelcalendly.CalendlyConstants;
import org.apache.camel.Message;

/**
 * Puts a verified webhook event on a Camel message: the payload as the body (a Map) and the event's name, creation
 * time, creator, resource URI and scheduled event URI as headers. Headers whose value is absent are not set.
 */
public final class EventMessages {

    private EventMessages() {
    }

    /** Replaces the message's body and headers with the event's. */
    public static void populate(Message message, WebhookEvent event) {
        message.getHeaders().clear();
        message.setBody(event.payload());
        message.setHeader(CalendlyConstants.EVENT, event.name());
        setIfPresent(message, CalendlyConstants.EVENT_CREATED_AT, event.createdAt());
        setIfPresent(message, CalendlyConstants.EVENT_CREATED_BY, event.createdBy());
        setIfPresent(message, CalendlyConstants.RESOURCE_URI, event.resourceUri());
        setIfPresent(message, CalendlyConstants.SCHEDULED_EVENT_URI, event.scheduledEventUri());
    }

    private static void setIfPresent(Message message, String header, String value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
