package io.github.camelcalendly.sandbox.api;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code GET /organizations/{uuid}}: the caller's own organization; any other is not found.
 */
public final class OrganizationsApi implements ApiModule {

    private final SandboxContext context;

    public OrganizationsApi(SandboxContext context) {
        this.context = context;
    }

    @Override
    public void register(Router router) {
        router.get("/organizations/{uuid}", "organizations:read", request -> {
            String uri = context.store().uri(Kind.ORGANIZATION, request.pathParam("uuid"));
            var organization = context.store().findByUri(Kind.ORGANIZATION, uri)
                    .orElseThrow(ApiException::notFound);
            new OrganizationRoles(context.store()).requireOwnOrganization(request.caller(), uri);
            return ApiResponse.resource(organization);
        });
    }
}
