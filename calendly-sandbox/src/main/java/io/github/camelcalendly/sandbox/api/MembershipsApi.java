package io.github.camelcalendly.sandbox.api;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.groups.GroupResources;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * Organization memberships: list (by organization or user, with email and role filters), get, and remove a user
 * from the organization (owners and admins only; never the owner, never oneself).
 */
public final class MembershipsApi implements ApiModule {

    private final SandboxContext context;
    private final OrganizationRoles roles;

    public MembershipsApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/organization_memberships", "organizations:read", this::list);
        router.get("/organization_memberships/{uuid}", "organizations:read", request -> {
            ObjectNode membership = context.store().require(Kind.MEMBERSHIP, request.pathParam("uuid"));
            if (!request.caller().organization().equals(membership.path("organization").asText())) {
                throw ApiException.permissionDenied("This user is not in your organization");
            }
            return ApiResponse.resource(membership);
        });
        router.delete("/organization_memberships/{uuid}", "organizations:write", this::remove);
    }

    private ApiResponse list(ApiRequest request) {
        Optional<String> organization = request.query("organization")
                .map(uri -> roles.requireUriOf(Kind.ORGANIZATION, "organization", uri));
        Optional<String> user = request.query("user").map(uri -> roles.requireUriOf(Kind.USER, "user", uri));
        Optional<String> email = request.query("email");
        Optional<String> role = request.queryEnum("role", "owner", "admin", "user");
        if (organization.isEmpty() && user.isEmpty()) {
            throw ApiException.invalidArgument("organization", "organization or user is required");
        }
        TokenGrant caller = request.caller();
        organization.ifPresent(org -> roles.requireOwnOrganization(caller, org));
        if (user.isPresent() && !user.get().equals(caller.user()) && !roles.isMember(caller.organization(),
                user.get())) {
            throw ApiException.permissionDenied("This user is not in your organization");
        }
        List<ObjectNode> items = context.store().all(Kind.MEMBERSHIP).stream()
                .filter(m -> m.path("organization").asText().equals(caller.organization()))
                .filter(m -> organization.map(org -> org.equals(m.path("organization").asText())).orElse(true))
                .filter(m -> user.map(u -> u.equals(m.path("user").path("uri").asText())).orElse(true))
                .filter(m -> email.map(e -> e.equalsIgnoreCase(m.path("user").path("email").asText()))
                        .orElse(true))
                .filter(m -> role.map(r -> r.equals(m.path("role").asText())).orElse(true))
                .toList();
        return new Pages(context.baseUrl()).page(request, items);
    }

    private ApiResponse remove(ApiRequest request) {
        ObjectNode membership = context.store().require(Kind.MEMBERSHIP, request.pathParam("uuid"));
        TokenGrant caller = request.caller();
        if (!caller.organization().equals(membership.path("organization").asText())) {
            throw ApiException.permissionDenied("You cannot modify members from another organization");
        }
        roles.requireManager(caller, "You do not have permission to perform this action");
        if ("owner".equals(membership.path("role").asText())) {
            throw ApiException.permissionDenied("You can not change owner role");
        }
        if (caller.user().equals(membership.path("user").path("uri").asText())) {
            throw ApiException.permissionDenied("You can not remove yourself from organization");
        }
        context.store().remove(Kind.MEMBERSHIP, request.pathParam("uuid"));
        new GroupResources(context.store()).removeRelationshipsOwnedBy(membership.path("uri").asText());
        context.activityLog().memberRemoved(caller.user(), membership);
        return ApiResponse.noContent();
    }
}
