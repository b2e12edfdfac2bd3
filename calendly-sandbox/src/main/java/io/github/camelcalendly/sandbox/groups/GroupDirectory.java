package io.github.camelcalendly.sandbox.groups;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Answers who belongs to a group, read from the stored group relationships: a user belongs to a group when a
 * relationship of the group (as member or admin) is owned by the user's organization membership. Relationships owned
 * by an open invitation name no user yet and so add nobody.
 */
public final class GroupDirectory {

    /** The owner type of a relationship held by an organization membership. */
    public static final String MEMBERSHIP_OWNER = "OrganizationMembership";
    /** The owner type of a relationship held by an organization invitation not accepted yet. */
    public static final String INVITATION_OWNER = "OrganizationInvitation";

    private final SandboxStore store;

    public GroupDirectory(SandboxStore store) {
        this.store = store;
    }

    /** The group a URI names, if the sandbox has it. */
    public Optional<ObjectNode> group(String groupUri) {
        return store.findByUri(Kind.GROUP, groupUri);
    }

    /** The relationships of a group, in creation order. */
    public List<ObjectNode> relationshipsOf(String groupUri) {
        return store.all(Kind.GROUP_RELATIONSHIP).stream()
                .filter(relationship -> groupUri.equals(relationship.path("group").asText()))
                .toList();
    }

    /** The user URIs that belong to a group (members and admins), in relationship order. */
    public Set<String> usersOf(String groupUri) {
        Set<String> users = new LinkedHashSet<>();
        for (ObjectNode relationship : relationshipsOf(groupUri)) {
            userOf(relationship).ifPresent(users::add);
        }
        return users;
    }

    /** Whether the user belongs to the group, as member or admin. */
    public boolean isInGroup(String groupUri, String userUri) {
        return usersOf(groupUri).contains(userUri);
    }

    /** Whether the user is an admin of the group. */
    public boolean isAdminOf(String groupUri, String userUri) {
        return relationshipsOf(groupUri).stream()
                .filter(relationship -> "admin".equals(relationship.path("role").asText()))
                .anyMatch(relationship -> userOf(relationship).filter(userUri::equals).isPresent());
    }

    /** How many distinct owners (memberships or invitations) the group has. */
    public int ownerCount(String groupUri) {
        Set<String> owners = new LinkedHashSet<>();
        relationshipsOf(groupUri).forEach(relationship -> owners.add(relationship.path("owner").path("uri").asText()));
        return owners.size();
    }

    private static Optional<String> userOf(ObjectNode relationship) {
        if (!MEMBERSHIP_OWNER.equals(relationship.path("owner").path("type").asText())) {
            return Optional.empty();
        }
        String user = relationship.path("owner").path("user").path("uri").asText("");
        return user.isEmpty() ? Optional.empty() : Optional.of(user);
    }
}
