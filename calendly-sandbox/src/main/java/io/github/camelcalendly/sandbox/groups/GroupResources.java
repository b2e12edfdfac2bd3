package io.github.camelcalendly.sandbox.groups;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Builds teams, groups and group relationships in the shape Calendly returns them, and stores them.
 */
public final class GroupResources {

    private final SandboxStore store;

    public GroupResources(SandboxStore store) {
        this.store = store;
    }

    /** A team of the organization with its public scheduling page. */
    public ObjectNode team(String name, String organization, Instant createdAt) {
        String uuid = store.newUuid();
        ObjectNode team = Json.object();
        team.put("uri", store.uri(Kind.TEAM, uuid));
        team.put("name", name);
        team.put("organization", organization);
        team.put("scheduling_url", "https://calendly.com/team/" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        team.put("created_at", Json.time(createdAt));
        team.put("updated_at", Json.time(createdAt));
        return store.put(Kind.TEAM, uuid, team);
    }

    /** A group of the organization; {@code member_count} is filled in when it is answered. */
    public ObjectNode group(String name, String organization, Instant createdAt) {
        String uuid = store.newUuid();
        ObjectNode group = Json.object();
        group.put("uri", store.uri(Kind.GROUP, uuid));
        group.put("name", name);
        group.put("organization", organization);
        group.put("created_at", Json.time(createdAt));
        group.put("updated_at", Json.time(createdAt));
        return store.put(Kind.GROUP, uuid, group);
    }

    /**
     * A relationship of {@code role} (member or admin) between a group and its owner: an organization membership
     * (embedded as Calendly embeds it, with {@code type} OrganizationMembership) or an invitation (type
     * OrganizationInvitation).
     */
    public ObjectNode relationship(ObjectNode group, String ownerType, ObjectNode owner, String role,
            Instant createdAt) {
        String uuid = store.newUuid();
        ObjectNode relationship = Json.object();
        relationship.put("uri", store.uri(Kind.GROUP_RELATIONSHIP, uuid));
        relationship.put("role", role);
        ObjectNode embedded = relationship.putObject("owner");
        embedded.put("type", ownerType);
        embedded.setAll(owner.deepCopy());
        relationship.put("organization", group.path("organization").asText());
        relationship.put("group", group.path("uri").asText());
        relationship.put("created_at", Json.time(createdAt));
        relationship.put("updated_at", Json.time(createdAt));
        return store.put(Kind.GROUP_RELATIONSHIP, uuid, relationship);
    }

    /**
     * Removes the group relationships held by a membership or invitation that no longer exists (a user removed from
     * the organization, an invitation revoked): they leave every group with it.
     */
    public void removeRelationshipsOwnedBy(String ownerUri) {
        for (ObjectNode relationship : store.all(Kind.GROUP_RELATIONSHIP)) {
            if (ownerUri.equals(relationship.path("owner").path("uri").asText())) {
                store.remove(Kind.GROUP_RELATIONSHIP, SandboxStore.lastSegment(relationship.path("uri").asText()));
            }
        }
    }
}
