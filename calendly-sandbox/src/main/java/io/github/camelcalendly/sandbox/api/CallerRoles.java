package io.github.camelcalendly.sandbox.api;

import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * The caller's role in their organization, for the endpoints that open up to owners and admins.
 */
final class CallerRoles {

    private CallerRoles() {
    }

    /** Whether the caller is an owner or admin of {@code organization}. */
    static boolean isAdminOf(SandboxStore store, TokenGrant caller, String organization) {
        return store.all(Kind.MEMBERSHIP).stream()
                .filter(membership -> organization.equals(membership.path("organization").asText()))
                .filter(membership -> caller.user().equals(membership.path("user").path("uri").asText()))
                .map(membership -> membership.path("role").asText())
                .anyMatch(role -> role.equals("owner") || role.equals("admin"));
    }
}
