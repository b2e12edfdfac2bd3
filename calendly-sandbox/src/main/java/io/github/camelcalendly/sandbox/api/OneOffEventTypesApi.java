package io.github.camelcalendly.sandbox.api;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.eventtypes.OneOffEventTypes;
import io.github.camelcalendly.sandbox.eventtypes.OneOffRequest;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code POST /one_off_event_types}: creates a one-off meeting (see {@link OneOffEventTypes}). The host and every
 * co-host must be users of the caller's organization (400 naming the field); a caller may create one for another
 * host only as an owner or admin of the organization (403).
 */
public final class OneOffEventTypesApi implements ApiModule {

    private final SandboxContext context;
    private final OrganizationRoles roles;
    private final OneOffEventTypes oneOffs;

    public OneOffEventTypesApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
        this.oneOffs = new OneOffEventTypes(context);
    }

    @Override
    public void register(Router router) {
        router.post("/one_off_event_types", "event_types:write", this::create);
    }

    private ApiResponse create(ApiRequest request) {
        OneOffRequest wanted = OneOffRequest.parse(request.jsonBody());
        TokenGrant caller = request.caller();
        requireColleague(caller, "host", wanted.host());
        for (String coHost : wanted.coHosts()) {
            requireColleague(caller, "co_hosts", coHost);
        }
        if (!wanted.host().equals(caller.user())) {
            roles.requireManager(caller, "You do not have permission to create one-off meetings for another user");
        }
        return ApiResponse.created(oneOffs.create(wanted).deepCopy());
    }

    private void requireColleague(TokenGrant caller, String field, String user) {
        roles.requireUriOf(Kind.USER, field, user);
        if (!roles.isMember(caller.organization(), user)) {
            throw ApiException.invalidArgument(field, "is not a user in your organization");
        }
    }
}
