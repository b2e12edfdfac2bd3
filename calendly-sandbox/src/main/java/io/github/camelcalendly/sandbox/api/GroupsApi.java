package io.github.camelcalendly.sandbox.api;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.groups.GroupDirectory;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * Groups and group relationships: {@code GET /groups} (organization required, paged), {@code GET /groups/{uuid}},
 * {@code GET /group_relationships} (filtered by organization, owner and group, paged) and
 * {@code GET /group_relationships/{uuid}}. A caller sees its own organization only.
 */
public final class GroupsApi implements ApiModule {

    private final SandboxContext context;
    private final OrganizationRoles roles;
    private final GroupDirectory groups;

    public GroupsApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
        this.groups = new GroupDirectory(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/groups", "groups:read", this::listGroups);
        router.get("/groups/{uuid}", "groups:read", request -> {
            ObjectNode group = context.store().require(Kind.GROUP, request.pathParam("uuid"));
            roles.requireOwnOrganization(request.caller(), group.path("organization").asText());
            return ApiResponse.resource(answer(group));
        });
        router.get("/group_relationships", "groups:read", this::listRelationships);
        router.get("/group_relationships/{uuid}", "groups:read", request -> {
            ObjectNode relationship = context.store().require(Kind.GROUP_RELATIONSHIP, request.pathParam("uuid"));
            roles.requireOwnOrganization(request.caller(), relationship.path("organization").asText());
            return ApiResponse.resource(relationship.deepCopy());
        });
    }

    private ApiResponse listGroups(ApiRequest request) {
        String organization = roles.requireUriOf(Kind.ORGANIZATION, "organization",
                request.requireQuery("organization"));
        roles.requireOwnOrganization(request.caller(), organization);
        List<ObjectNode> items = context.store().all(Kind.GROUP).stream()
                .filter(group -> organization.equals(group.path("organization").asText()))
                .map(this::answer)
                .toList();
        return new Pages(context.baseUrl()).page(request, items);
    }

    private ApiResponse listRelationships(ApiRequest request) {
        TokenGrant caller = request.caller();
        Optional<String> organization = request.query("organization")
                .map(uri -> roles.requireUriOf(Kind.ORGANIZATION, "organization", uri));
        Optional<String> owner = request.query("owner").map(this::requireOwnerUri);
        Optional<String> group = request.query("group").map(uri -> roles.requireUriOf(Kind.GROUP, "group", uri));
        organization.ifPresent(org -> roles.requireOwnOrganization(caller, org));
        group.flatMap(groups::group).ifPresent(found ->
                roles.requireOwnOrganization(caller, found.path("organization").asText()));
        List<ObjectNode> items = context.store().all(Kind.GROUP_RELATIONSHIP).stream()
                .filter(r -> caller.organization().equals(r.path("organization").asText()))
                .filter(r -> owner.map(o -> o.equals(r.path("owner").path("uri").asText())).orElse(true))
                .filter(r -> group.map(g -> g.equals(r.path("group").asText())).orElse(true))
                .map(ObjectNode::deepCopy)
                .toList();
        return new Pages(context.baseUrl()).page(request, items);
    }

    /** An organization membership URI or an organization invitation URI; 400 naming {@code owner} otherwise. */
    private String requireOwnerUri(String value) {
        String base = context.baseUrl() + "/";
        String membershipPrefix = base + Kind.MEMBERSHIP.collectionPath() + "/";
        if (value.startsWith(membershipPrefix) && value.length() > membershipPrefix.length()
                && !value.substring(membershipPrefix.length()).contains("/")) {
            return value;
        }
        String organizationsPrefix = base + Kind.ORGANIZATION.collectionPath() + "/";
        if (value.startsWith(organizationsPrefix)) {
            String[] rest = value.substring(organizationsPrefix.length()).split("/", -1);
            if (rest.length == 3 && !rest[0].isEmpty() && "invitations".equals(rest[1]) && !rest[2].isEmpty()) {
                return value;
            }
        }
        throw ApiException.invalidArgument("owner",
                "must be an organization membership URI or an organization invitation URI");
    }

    private ObjectNode answer(ObjectNode group) {
        ObjectNode copy = group.deepCopy();
        copy.put("member_count", groups.ownerCount(group.path("uri").asText()));
        return copy;
    }
}
