package io.github.camelcalendly.sandbox.api;

import java.util.List;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.Router;

/**
 * Every modelled endpoint family, registered on one router.
 */
public final class ApiModules {

    private ApiModules() {
    }

    public static Router routes(SandboxContext context) {
        Router router = new Router();
        for (ApiModule module : modules(context)) {
            module.register(router);
        }
        return router;
    }

    private static List<ApiModule> modules(SandboxContext context) {
        return List.of(
                new UsersApi(context),
                new WebhookSubscriptionsApi(context),
                new AvailabilityApi(context),
                new ScheduledEventsApi(context),
                new InviteesApi(context),
                new NoShowsApi(context),
                new OrganizationsApi(context),
                new MembershipsApi(context),
                new InvitationsApi(context),
                new EventTypesApi(context),
                new EventTypeMembershipsApi(context),
                new SchedulingLinksApi(context),
                new SharesApi(context),
                new MeetingRecapsApi(context),
                new RoutingFormsApi(context),
                new ContactsApi(context),
                new ActivityLogApi(context),
                new OutgoingCommunicationsApi(context),
                new DataComplianceApi(context),
                new TeamsApi(context),
                new GroupsApi(context),
                new LocationsApi(context),
                new OneOffEventTypesApi(context));
    }
}
