package io.github.camelcalendly.sandbox.api;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.eventtypes.BodyFields;
import io.github.camelcalendly.sandbox.eventtypes.BookingLinks;
import io.github.camelcalendly.sandbox.eventtypes.EventTypeChanges;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.eventtypes.ShareOverride;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code POST /shares}: "customize once and share" for a one-on-one event type. The answer holds a scheduling link
 * and the {@code share_override}; fields left out are copied from the event type. Kept as a {@link Kind#SHARE}.
 */
public final class SharesApi implements ApiModule {

    private final SandboxContext context;
    private final OrganizationRoles roles;

    public SharesApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.post("/shares", "shares:write", this::create);
    }

    private ApiResponse create(ApiRequest request) {
        BodyFields fields = new BodyFields(request.jsonBody());
        String uri = roles.requireUriOf(Kind.EVENT_TYPE, "event_type", fields.requiredText("event_type"));
        ObjectNode eventType = context.store().findByUri(Kind.EVENT_TYPE, uri)
                .filter(e -> !EventTypeChanges.isDeleted(e))
                .filter(e -> context.store().hostsOf(e).stream()
                        .anyMatch(host -> roles.isMember(request.caller().organization(), host)))
                .orElseThrow(() -> ApiException.invalidArgument("event_type", "is not an event type"));
        if (!"solo".equals(eventType.path("kind").asText())) {
            throw ApiException.invalidArgument("event_type", "shares can only be made for one-on-one event types");
        }
        if (!context.store().hostsOf(eventType).contains(request.caller().user())) {
            roles.requireManager(request.caller(), "You do not have permission");
        }
        String host = eventType.path("profile").path("owner").asText();
        ObjectNode override = ShareOverride.build(fields, eventType, defaultSchedule(host));
        ObjectNode share = Json.object();
        share.putArray("scheduling_links").add(BookingLinks.forEventType(context.store(), eventType));
        share.set("share_override", override);
        context.store().put(Kind.SHARE, context.store().newUuid(), share);
        return ApiResponse.created(share.deepCopy());
    }

    private Optional<ObjectNode> defaultSchedule(String user) {
        List<ObjectNode> schedules = context.store().all(Kind.AVAILABILITY_SCHEDULE);
        return schedules.stream()
                .filter(s -> user.equals(s.path("user").asText()) && s.path("default").asBoolean())
                .findFirst();
    }
}
