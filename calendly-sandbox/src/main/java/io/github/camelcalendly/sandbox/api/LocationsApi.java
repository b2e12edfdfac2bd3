package io.github.camelcalendly.sandbox.api;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.eventtypes.MeetingLocations;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code GET /locations?user=}: the meeting locations a user of the caller's organization has set up, as one
 * unpaginated collection (see {@link MeetingLocations}).
 */
public final class LocationsApi implements ApiModule {

    private final SandboxContext context;
    private final OrganizationRoles roles;
    private final MeetingLocations locations;

    public LocationsApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
        this.locations = new MeetingLocations(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/locations", "locations:read", request -> {
            String user = roles.requireUriOf(Kind.USER, "user", request.requireQuery("user"));
            context.store().findByUri(Kind.USER, user).orElseThrow(ApiException::notFound);
            if (!roles.isMember(request.caller().organization(), user)) {
                throw ApiException.permissionDenied("This user is not in your organization");
            }
            return Pages.unpaged(locations.of(user));
        });
    }
}
