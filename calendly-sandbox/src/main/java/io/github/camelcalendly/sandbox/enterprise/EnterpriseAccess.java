package io.github.camelcalendly.sandbox.enterprise;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * The checks Calendly applies to its Enterprise-only endpoints (activity log, outgoing communications, data
 * compliance), in this order: the organization's plan must be Enterprise, a named organization must be the caller's
 * own, and the caller must be an owner or admin of it. Each refusal is 403 "Permission Denied".
 */
public final class EnterpriseAccess {

    /** Calendly's message when the organization's plan is below Enterprise. */
    public static final String UPGRADE = "Please upgrade your Calendly account to Enterprise.";

    private final SandboxContext context;
    private final OrganizationRoles roles;

    public EnterpriseAccess(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    /** 403 unless the sandbox runs on the Enterprise plan. */
    public void requireEnterprisePlan() {
        if (!context.options().plan().isEnterprise()) {
            throw ApiException.permissionDenied(UPGRADE);
        }
    }

    /**
     * For a list endpoint: the plan, then the {@code organization} query parameter (400 when missing or not an
     * organization URI, 403 when it is not the caller's), then the caller's role. Returns the organization URI.
     */
    public String requireOrganizationReader(ApiRequest request, String deniedMessage) {
        requireEnterprisePlan();
        String organization = roles.requireUriOf(Kind.ORGANIZATION, "organization",
                request.requireQuery("organization"));
        roles.requireOwnOrganization(request.caller(), organization);
        requireManager(request.caller(), deniedMessage);
        return organization;
    }

    /** 403 with {@code message} unless the caller is an owner or admin of its organization. */
    public void requireManager(TokenGrant caller, String message) {
        roles.requireManager(caller, message);
    }
}
