package io.github.camelcalendly.sandbox.api;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * Teams: {@code GET /teams} (the caller's organization's teams, optionally only those of one {@code user}, paged)
 * and {@code GET /teams/{uuid}}. A team's users are the hosts of the event types offered under the team's profile
 * (profile type Team with the team's name), so the seeded Support team is the admin and the member who host Support
 * Rotation.
 */
public final class TeamsApi implements ApiModule {

    private final SandboxContext context;
    private final OrganizationRoles roles;

    public TeamsApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/teams", "organizations:read", this::list);
        router.get("/teams/{team_uuid}", "organizations:read", request -> {
            ObjectNode team = context.store().require(Kind.TEAM, request.pathParam("team_uuid"));
            roles.requireOwnOrganization(request.caller(), team.path("organization").asText());
            return ApiResponse.resource(team.deepCopy());
        });
    }

    private ApiResponse list(ApiRequest request) {
        TokenGrant caller = request.caller();
        Optional<String> user = request.query("user").map(uri -> roles.requireUriOf(Kind.USER, "user", uri));
        user.ifPresent(u -> {
            if (!roles.isMember(caller.organization(), u)) {
                throw ApiException.permissionDenied("This user is not in your organization");
            }
        });
        List<ObjectNode> teams = context.store().all(Kind.TEAM).stream()
                .filter(team -> caller.organization().equals(team.path("organization").asText()))
                .filter(team -> user.map(u -> usersOf(team).contains(u)).orElse(true))
                .map(ObjectNode::deepCopy)
                .toList();
        return new Pages(context.baseUrl()).page(request, teams);
    }

    /** The hosts of the event types offered under the team's profile. */
    private List<String> usersOf(ObjectNode team) {
        String name = team.path("name").asText();
        String organization = team.path("organization").asText();
        return context.store().all(Kind.EVENT_TYPE).stream()
                .filter(eventType -> "Team".equals(eventType.path("profile").path("type").asText()))
                .filter(eventType -> name.equals(eventType.path("profile").path("name").asText()))
                .flatMap(eventType -> context.store().hostsOf(eventType).stream())
                .filter(host -> roles.isMember(organization, host))
                .distinct()
                .toList();
    }
}
