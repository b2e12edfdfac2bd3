package io.github.camelcalendly.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.eventtypes.BodyFields;
import io.github.camelcalendly.sandbox.eventtypes.EventTypeBody;
import io.github.camelcalendly.sandbox.eventtypes.EventTypeChanges;
import io.github.camelcalendly.sandbox.eventtypes.EventTypeListing;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * Event types: list, get, create and update. The host of a new event type is named by {@code owner} (Calendly's
 * field); {@code host} is accepted as an alias. A deleted event type can still be fetched by URI (it carries
 * {@code deleted_at}) but is in no list and cannot be updated.
 */
public final class EventTypesApi implements ApiModule {

    private final SandboxContext context;
    private final OrganizationRoles roles;
    private final EventTypeChanges changes = new EventTypeChanges();

    public EventTypesApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/event_types", "event_types:read",
                request -> new Pages(context.baseUrl()).page(request, new EventTypeListing(context).select(request)));
        router.get("/event_types/{uuid}", "event_types:read",
                request -> ApiResponse.resource(visibleEventType(request)));
        router.post("/event_types", "event_types:write", this::create);
        router.patch("/event_types/{uuid}", "event_types:write", this::update);
    }

    private ApiResponse create(ApiRequest request) {
        BodyFields fields = new BodyFields(request.jsonBody());
        String hostField = fields.has("owner") || !fields.has("host") ? "owner" : "host";
        String host = fields.requiredText(hostField);
        EventTypeBody body = new EventTypeBody(fields, true);
        TokenGrant caller = request.caller();
        roles.requireUriOf(Kind.USER, hostField, host);
        if (!roles.isMember(caller.organization(), host)) {
            throw ApiException.invalidArgument(hostField, "is not a user in your organization");
        }
        if (!host.equals(caller.user())) {
            roles.requireManager(caller, "You do not have permission");
        }
        return ApiResponse.created(changes.create(context, caller, host, body).deepCopy());
    }

    private ApiResponse update(ApiRequest request) {
        ObjectNode eventType = visibleEventType(request);
        if (EventTypeChanges.isDeleted(eventType)) {
            throw ApiException.notFound();
        }
        TokenGrant caller = request.caller();
        if (!context.store().hostsOf(eventType).contains(caller.user())) {
            roles.requireManager(caller, "You do not have permission");
        }
        EventTypeBody body = new EventTypeBody(new BodyFields(request.jsonBody()), false);
        return ApiResponse.resource(changes.update(context, caller, eventType, body).deepCopy());
    }

    /** The event type in the path: 404 when unknown, 403 when none of its hosts is in the caller's organization. */
    private ObjectNode visibleEventType(ApiRequest request) {
        ObjectNode eventType = context.store().require(Kind.EVENT_TYPE, request.pathParam("uuid"));
        boolean inOrganization = context.store().hostsOf(eventType).stream()
                .anyMatch(host -> roles.isMember(request.caller().organization(), host));
        if (!inOrganization) {
            throw ApiException.permissionDenied("You do not have permission to access this resource.");
        }
        return eventType;
    }
}
