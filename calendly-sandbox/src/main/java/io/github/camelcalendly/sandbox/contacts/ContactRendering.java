package io.github.camelcalendly.sandbox.contacts;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * A stored contact as Calendly answers it: with a {@code custom_fields} entry ({@code uri}, {@code label},
 * {@code value}) for every defined field (unset scalars null, unset tags {@code []}), unless excluded, and with
 * {@code next_meeting_date} / {@code last_meeting_date} / {@code last_interaction_date} derived from the owner's
 * active scheduled events that have an invitee with one of the contact's emails. The sandbox sends no emails, so
 * the email dates are null.
 */
final class ContactRendering {

    private final SandboxStore store;
    private final ContactBook book;

    ContactRendering(SandboxStore store, ContactBook book) {
        this.store = store;
        this.book = book;
    }

    ObjectNode render(ObjectNode stored, boolean withCustomFields, Instant now) {
        ObjectNode contact = stored.deepCopy();
        String uri = stored.path("uri").asText();
        Meetings meetings = meetings(book.ownerOf(uri), emailsOf(stored), now);
        putTime(contact, "next_meeting_date", meetings.next());
        putTime(contact, "last_meeting_date", meetings.last());
        putTime(contact, "last_interaction_date", meetings.last());
        if (withCustomFields) {
            contact.set("custom_fields", customFields(book.customValues(uri)));
        }
        return contact;
    }

    private ArrayNode customFields(Map<String, JsonNode> values) {
        ArrayNode fields = Json.array();
        for (ObjectNode definition : store.all(Kind.CONTACT_CUSTOM_FIELD_DEFINITION)) {
            String definitionUri = definition.path("uri").asText();
            JsonNode value = values.get(definitionUri);
            ObjectNode field = fields.addObject();
            field.put("uri", definitionUri);
            field.put("label", definition.path("label").asText());
            if (value != null && !value.isNull()) {
                field.set("value", value.deepCopy());
            } else if ("tags".equals(definition.path("field_type").asText())) {
                field.putArray("value");
            } else {
                field.putNull("value");
            }
        }
        return fields;
    }

    static Set<String> emailsOf(JsonNode contact) {
        return StreamSupport.stream(contact.path("emails").spliterator(), false)
                .map(email -> email.path("email").asText().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private Meetings meetings(String owner, Set<String> emails, Instant now) {
        Instant next = null;
        Instant last = null;
        for (ObjectNode invitee : store.all(Kind.INVITEE)) {
            if (!"active".equals(invitee.path("status").asText())
                    || !emails.contains(invitee.path("email").asText().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<ObjectNode> event = store.findByUri(Kind.SCHEDULED_EVENT, invitee.path("event").asText())
                    .filter(e -> "active".equals(e.path("status").asText()))
                    .filter(e -> hostedBy(e, owner));
            if (event.isEmpty()) {
                continue;
            }
            Instant start = Json.parseTimeOrNull(event.get().path("start_time").asText());
            if (start == null) {
                continue;
            }
            if (start.isAfter(now)) {
                next = next == null || start.isBefore(next) ? start : next;
            } else {
                last = last == null || start.isAfter(last) ? start : last;
            }
        }
        return new Meetings(next, last);
    }

    private static boolean hostedBy(JsonNode event, String user) {
        for (JsonNode membership : event.path("event_memberships")) {
            if (user.equals(membership.path("user").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void putTime(ObjectNode node, String field, Instant time) {
        if (time == null) {
            node.putNull(field);
        } else {
            node.put(field, Json.time(time));
        }
    }

    private record Meetings(Instant next, Instant last) {
    }
}
