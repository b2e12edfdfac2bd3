package io.github.camelcalendly.sandbox.auth;

import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Answers who belongs to an organization and in which role, from the stored memberships, and enforces the
 * owner/admin checks Calendly applies to management endpoints.
 */
public final class OrganizationRoles {

    private static final Set<String> MANAGERS = Set.of("owner", "admin");

    private final SandboxStore store;

    public OrganizationRoles(SandboxStore store) {
        this.store = store;
    }

    /** The membership of a user in an organization, if there is one. */
    public Optional<ObjectNode> membership(String organization, String user) {
        return store.all(Kind.MEMBERSHIP).stream()
                .filter(m -> organization.equals(m.path("organization").asText()))
                .filter(m -> user.equals(m.path("user").path("uri").asText()))
                .findFirst();
    }

    public boolean isMember(String organization, String user) {
        return membership(organization, user).isPresent();
    }

    /** Whether the caller is an owner or admin of its organization. */
    public boolean isManager(TokenGrant caller) {
        return isManagerOf(caller, caller.organization());
    }

    /** Whether the caller is an owner or admin of {@code organization}. */
    public boolean isManagerOf(TokenGrant caller, String organization) {
        return membership(organization, caller.user())
                .map(m -> MANAGERS.contains(m.path("role").asText()))
                .orElse(false);
    }

    /** 403 unless the caller is an owner or admin of its organization. */
    public void requireManager(TokenGrant caller, String message) {
        if (!isManager(caller)) {
            throw ApiException.permissionDenied(message);
        }
    }

    /** 403 unless {@code organization} is the caller's own. */
    public void requireOwnOrganization(TokenGrant caller, String organization) {
        if (!caller.organization().equals(organization)) {
            throw ApiException.permissionDenied("You do not have permission to access this resource.");
        }
    }

    /**
     * A query or body value that must be a URI of the given kind (for instance a user URI): 400 naming the
     * parameter when it is something else.
     */
    public String requireUriOf(Kind kind, String parameter, String value) {
        String prefix = store.baseUrl() + "/" + kind.collectionPath() + "/";
        if (!value.startsWith(prefix) || value.length() == prefix.length()
                || value.substring(prefix.length()).contains("/")) {
            throw ApiException.invalidArgument(parameter, "must be a valid " + kind.collectionPath() + " URI");
        }
        return value;
    }
}
