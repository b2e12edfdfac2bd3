package io.github.camelcalendly.sandbox.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.eventtypes.BodyFields;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.groups.GroupResources;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.Resources;

/**
 * Organization invitations: list (email and status filters, {@code created_at} sort), invite, get and revoke.
 * A revoked invitation is gone: Calendly's invitation statuses are only pending, accepted and declined, and the
 * revoked link stops working. Inviting an address that is already invited or already a member is refused the way
 * Calendly's spec documents it (400 "Already Invited" / "Already Organization Member").
 */
public final class InvitationsApi implements ApiModule {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private final SandboxContext context;
    private final OrganizationRoles roles;

    public InvitationsApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/organizations/{uuid}/invitations", "organizations:read", this::list);
        router.post("/organizations/{uuid}/invitations", "organizations:write", this::invite);
        router.get("/organizations/{org_uuid}/invitations/{uuid}", "organizations:read",
                request -> ApiResponse.resource(invitation(request)));
        router.delete("/organizations/{org_uuid}/invitations/{uuid}", "organizations:write", this::revoke);
    }

    private ApiResponse list(ApiRequest request) {
        String organization = organization(request, "uuid");
        Optional<String> email = request.query("email");
        Optional<String> status = request.queryEnum("status", "pending", "accepted", "declined");
        String sort = request.queryEnum("sort", "created_at:asc", "created_at:desc").orElse("created_at:asc");
        Comparator<ObjectNode> byCreated = Comparator.comparing(i -> i.path("created_at").asText());
        List<ObjectNode> items = context.store().all(Kind.INVITATION).stream()
                .filter(i -> organization.equals(i.path("organization").asText()))
                .filter(i -> email.map(e -> e.equalsIgnoreCase(i.path("email").asText())).orElse(true))
                .filter(i -> status.map(s -> s.equals(i.path("status").asText())).orElse(true))
                .sorted(sort.endsWith(":desc") ? byCreated.reversed() : byCreated)
                .toList();
        return new Pages(context.baseUrl()).page(request, items);
    }

    private ApiResponse invite(ApiRequest request) {
        String organization = organization(request, "uuid");
        roles.requireManager(request.caller(), "You do not have permission");
        String email = new BodyFields(request.jsonBody()).requiredText("email").trim();
        if (!EMAIL.matcher(email).matches()) {
            throw new ApiException(400, "Invalid Email", email + " is an invalid email format",
                    List.of(new ApiException.Detail("email", "is an invalid email format")), List.of());
        }
        String normalised = email.toLowerCase(Locale.ROOT);
        boolean member = context.store().all(Kind.MEMBERSHIP).stream()
                .filter(m -> organization.equals(m.path("organization").asText()))
                .anyMatch(m -> normalised.equalsIgnoreCase(m.path("user").path("email").asText()));
        if (member) {
            throw new ApiException(400, "Already Organization Member", email + " is already in the organization",
                    List.of(new ApiException.Detail("email", "is already in the organization")), List.of());
        }
        boolean invited = context.store().all(Kind.INVITATION).stream()
                .filter(i -> organization.equals(i.path("organization").asText()))
                .filter(i -> "pending".equals(i.path("status").asText()))
                .anyMatch(i -> normalised.equalsIgnoreCase(i.path("email").asText()));
        if (invited) {
            throw new ApiException(400, "Already Invited", email + " has already been invited",
                    List.of(new ApiException.Detail("email", "has already been invited")), List.of());
        }
        ObjectNode invitation = new Resources(context.store()).invitation(context.store().newUuid(), organization,
                email, "pending", null, context.now());
        context.activityLog().invitationSent(request.caller().user(), invitation);
        return ApiResponse.created(invitation);
    }

    private ApiResponse revoke(ApiRequest request) {
        ObjectNode invitation = invitation(request);
        roles.requireManager(request.caller(), "You do not have permission to access this resource.");
        if ("accepted".equals(invitation.path("status").asText())) {
            throw new ApiException(400, "Invitation Already Accepted", "The invitation has already been accepted.");
        }
        context.store().remove(Kind.INVITATION, request.pathParam("uuid"));
        new GroupResources(context.store()).removeRelationshipsOwnedBy(invitation.path("uri").asText());
        context.activityLog().invitationRevoked(request.caller().user(), invitation);
        return ApiResponse.noContent();
    }

    /** The invitation the path names; 404 when unknown, 403 when it belongs to another organization. */
    private ObjectNode invitation(ApiRequest request) {
        String organization = organization(request, "org_uuid");
        ObjectNode invitation = context.store().require(Kind.INVITATION, request.pathParam("uuid"));
        if (!organization.equals(invitation.path("organization").asText())) {
            throw ApiException.permissionDenied("You do not have permission");
        }
        return invitation;
    }

    /** The organization URI in the path: 404 when unknown, 403 when it is not the caller's. */
    private String organization(ApiRequest request, String parameter) {
        String uri = context.store().uri(Kind.ORGANIZATION, request.pathParam(parameter));
        context.store().findByUri(Kind.ORGANIZATION, uri).orElseThrow(ApiException::notFound);
        roles.requireOwnOrganization(request.caller(), uri);
        return uri;
    }
}
