package io.github.camelcalendly.sandbox.contacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * What a fresh sandbox has in the contacts family: the organization's "Lead source" text custom field, and for the
 * owner a View named {@value #VIEW_NAME} whose saved filter keeps contacts whose company is {@value #VIEW_COMPANY}.
 * There are no contacts until a client creates them.
 */
public final class ContactSeed {

    /** The seeded View's name. */
    public static final String VIEW_NAME = "Example Corp";
    /** The company the seeded View keeps. */
    public static final String VIEW_COMPANY = "Example Corp";
    /** The seeded custom field's label. */
    public static final String LEAD_SOURCE = "Lead source";

    private ContactSeed() {
    }

    public static void populate(SandboxStore store, ContactBook book, SeededOrganization seeded, Instant now) {
        String at = Json.time(now.truncatedTo(ChronoUnit.SECONDS));
        String definitionUuid = store.newUuid();
        ObjectNode definition = Json.object();
        definition.put("uri", store.uri(Kind.CONTACT_CUSTOM_FIELD_DEFINITION, definitionUuid));
        definition.put("label", LEAD_SOURCE);
        definition.put("field_type", "text");
        definition.putArray("options");
        definition.putNull("currency");
        definition.putNull("source");
        definition.put("created_at", at);
        definition.put("updated_at", at);
        store.put(Kind.CONTACT_CUSTOM_FIELD_DEFINITION, definitionUuid, definition);

        String viewUuid = store.newUuid();
        ObjectNode view = Json.object();
        view.put("uri", store.uri(Kind.CONTACT_LIST, viewUuid));
        view.put("name", VIEW_NAME);
        view.put("type", "dynamic_view");
        view.put("created_at", at);
        view.put("updated_at", at);
        store.put(Kind.CONTACT_LIST, viewUuid, view);
        book.own(view.path("uri").asText(), seeded.owner());
        book.defineView(view.path("uri").asText(), Map.of("company", VIEW_COMPANY));
    }
}
