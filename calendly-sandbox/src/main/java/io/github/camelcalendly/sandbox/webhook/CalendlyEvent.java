package io.github.camelcalendly.sandbox.webhook;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something that happened in the sandbox that Calendly would tell webhooks about.
 *
 * @param name      the webhook event name, e.g. {@code invitee.created}
 * @param createdAt when it happened
 * @param createdBy the user URI Calendly names as its creator
 * @param payload   the event's payload, in Calendly's delivery shape
 * @param audience  who it concerns
 */
public record CalendlyEvent(String name, Instant createdAt, String createdBy, ObjectNode payload,
        EventAudience audience) {
}
