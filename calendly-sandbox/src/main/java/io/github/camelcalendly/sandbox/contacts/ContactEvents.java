package io.github.camelcalendly.sandbox.contacts;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.EventAudience;

/**
 * Raises {@code contact.created}, {@code contact.updated} ({@code {user_uuid, contact}}, the contact as it now is,
 * with {@code creation_source}) and {@code contact.deleted} (a tombstone {@code {user_uuid, contact{uri,
 * deleted_at}}}) for the contact's owner and organization.
 */
final class ContactEvents {

    /** How a contact made through the API says it came about. */
    static final String API_SOURCE = "api";

    private final SandboxContext context;

    ContactEvents(SandboxContext context) {
        this.context = context;
    }

    void changed(String name, String owner, ObjectNode rendered, Instant at) {
        ObjectNode payload = Json.object();
        payload.put("user_uuid", SandboxStore.lastSegment(owner));
        ObjectNode contact = rendered.deepCopy();
        contact.put("creation_source", API_SOURCE);
        payload.set("contact", contact);
        publish(name, owner, payload, at);
    }

    void deleted(String owner, String contactUri, Instant at) {
        ObjectNode payload = Json.object();
        payload.put("user_uuid", SandboxStore.lastSegment(owner));
        payload.putObject("contact").put("uri", contactUri).put("deleted_at", Json.time(at));
        publish("contact.deleted", owner, payload, at);
    }

    private void publish(String name, String owner, ObjectNode payload, Instant at) {
        context.events().publish(new CalendlyEvent(name, at, owner, payload,
                EventAudience.of(context.seeded().organization(), owner)));
    }
}
