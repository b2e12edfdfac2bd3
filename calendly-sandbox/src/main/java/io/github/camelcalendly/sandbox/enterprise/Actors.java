package io.github.camelcalendly.sandbox.enterprise;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * The {@code actor} of an activity log entry: a user of the organization ({@code type} User, with their
 * organization role), an invitee acting on a booking page ({@code type} Invitee), or Calendly itself
 * ({@code type} System).
 */
final class Actors {

    static final String SYSTEM_NAME = "Calendly System";

    private final SandboxStore store;
    private final OrganizationRoles roles;

    Actors(SandboxStore store) {
        this.store = store;
        this.roles = new OrganizationRoles(store);
    }

    /** A user actor as Calendly shows one: uri, type, display name, email, and organization with role. */
    ObjectNode user(String userUri, String organization) {
        ObjectNode actor = Json.object();
        actor.put("uri", userUri);
        actor.put("type", "User");
        Optional<ObjectNode> user = store.findByUri(Kind.USER, userUri);
        actor.put("display_name", user.map(u -> u.path("name").asText()).orElse(userUri));
        user.ifPresent(u -> actor.put("alternative_identifier", u.path("email").asText()));
        roles.membership(organization, userUri).ifPresent(membership -> {
            ObjectNode org = actor.putObject("organization");
            org.put("uri", organization);
            org.put("role", membership.path("role").asText());
        });
        return actor;
    }

    /** Someone acting on a booking page, known by name and email. */
    static ObjectNode invitee(String name, String email) {
        ObjectNode actor = Json.object();
        actor.put("type", "Invitee");
        actor.put("display_name", name);
        actor.put("alternative_identifier", email);
        return actor;
    }

    /** Calendly itself. */
    static ObjectNode system() {
        ObjectNode actor = Json.object();
        actor.put("type", "System");
        actor.put("display_name", SYSTEM_NAME);
        return actor;
    }
}
