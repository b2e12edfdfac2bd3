package io.github.camelcalendly.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.eventtypes.BodyFields;
import io.github.camelcalendly.sandbox.eventtypes.BookingLinks;
import io.github.camelcalendly.sandbox.eventtypes.EventTypeChanges;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code POST /scheduling_links}: a single-use booking link ({@code max_event_count} 1) for an active event type.
 * The link is kept as a {@link Kind#SCHEDULING_LINK} resource.
 */
public final class SchedulingLinksApi implements ApiModule {

    private final SandboxContext context;
    private final OrganizationRoles roles;

    public SchedulingLinksApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.post("/scheduling_links", "scheduling_links:write", this::create);
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode json = request.jsonBody();
        BodyFields fields = new BodyFields(json);
        if (!fields.has("max_event_count")) {
            throw ApiException.invalidArgument("max_event_count", "must be filled");
        }
        JsonNode maxEventCount = json.get("max_event_count");
        if (!maxEventCount.isNumber() || maxEventCount.doubleValue() != 1.0) {
            throw ApiException.invalidArgument("max_event_count", "must be 1");
        }
        String owner = fields.requiredText("owner");
        String ownerType = fields.requiredText("owner_type");
        if (!"EventType".equals(ownerType)) {
            throw ApiException.invalidArgument("owner_type", "must be EventType");
        }
        roles.requireUriOf(Kind.EVENT_TYPE, "owner", owner);
        ObjectNode eventType = context.store().findByUri(Kind.EVENT_TYPE, owner)
                .filter(e -> !EventTypeChanges.isDeleted(e))
                .orElseThrow(() -> ApiException.invalidArgument("owner", "is not an event type"));
        if (!context.store().hostsOf(eventType).contains(request.caller().user())) {
            if (context.store().hostsOf(eventType).stream()
                    .noneMatch(host -> roles.isMember(request.caller().organization(), host))) {
                throw ApiException.invalidArgument("owner", "is not an event type");
            }
            roles.requireManager(request.caller(), "You do not have permission");
        }
        if (!eventType.path("active").asBoolean()) {
            throw ApiException.invalidArgument("owner", "event type is not active");
        }
        ObjectNode link = BookingLinks.forEventType(context.store(), eventType);
        context.store().put(Kind.SCHEDULING_LINK, context.store().newUuid(), link);
        return ApiResponse.created(link.deepCopy());
    }
}
