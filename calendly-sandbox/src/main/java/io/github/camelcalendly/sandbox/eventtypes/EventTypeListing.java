package io.github.camelcalendly.sandbox.eventtypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * The filtering and ordering of {@code GET /event_types}: by organization or user (one is required), active,
 * admin_managed and user_availability_schedule (only with user), sorted by a comma-separated list of
 * {@code field[:asc|desc]} over name, position, created_at and updated_at (default {@code name:asc}). Deleted
 * event types and one-off meetings never appear.
 *
 * <p>The sandbox does not record per-event-type schedule assignments, so every event type uses its host's default
 * availability schedule; {@code user_availability_schedule} therefore keeps the user's event types when it names
 * the user's default schedule and none otherwise.
 */
public final class EventTypeListing {

    private static final Map<String, Comparator<ObjectNode>> SORT_FIELDS = Map.of(
            "name", Comparator.comparing(e -> e.path("name").asText()),
            "position", Comparator.comparingInt(e -> e.path("position").asInt()),
            "created_at", Comparator.comparing(e -> e.path("created_at").asText()),
            "updated_at", Comparator.comparing(e -> e.path("updated_at").asText()));

    private final SandboxContext ctx;
    private final OrganizationRoles roles;

    public EventTypeListing(SandboxContext ctx) {
        this.ctx = ctx;
        this.roles = new OrganizationRoles(ctx.store());
    }

    /** The event types the request selects, in the order it asks for. */
    public List<ObjectNode> select(ApiRequest request) {
        TokenGrant caller = request.caller();
        Optional<String> organization = request.query("organization")
                .map(uri -> roles.requireUriOf(Kind.ORGANIZATION, "organization", uri));
        Optional<String> user = request.query("user").map(uri -> roles.requireUriOf(Kind.USER, "user", uri));
        Optional<Boolean> active = request.queryBoolean("active");
        Optional<Boolean> adminManaged = request.queryBoolean("admin_managed");
        Optional<String> schedule = request.query("user_availability_schedule");
        Comparator<ObjectNode> order = order(request.query("sort").orElse("name:asc"));
        if (organization.isEmpty() && user.isEmpty()) {
            throw ApiException.invalidArgument("organization", "organization or user is required");
        }
        if (schedule.isPresent() && user.isEmpty()) {
            throw ApiException.invalidArgument("user_availability_schedule", "can only be used together with user");
        }
        organization.ifPresent(org -> roles.requireOwnOrganization(caller, org));
        user.ifPresent(u -> {
            if (!roles.isMember(caller.organization(), u)) {
                throw ApiException.permissionDenied("This user is not in your organization");
            }
        });
        Optional<Boolean> usesDefaultSchedule = schedule.map(uri -> isDefaultScheduleOf(uri, user.get()));
        return ctx.store().all(Kind.EVENT_TYPE).stream()
                .filter(e -> !EventTypeChanges.isDeleted(e))
                .filter(e -> !OneOffEventTypes.isOneOff(e))
                .filter(e -> ctx.store().hostsOf(e).stream().anyMatch(h -> roles.isMember(caller.organization(), h)))
                .filter(e -> user.map(u -> ctx.store().hostsOf(e).contains(u)).orElse(true))
                .filter(e -> active.map(a -> a == e.path("active").asBoolean()).orElse(true))
                .filter(e -> adminManaged.map(a -> a == e.path("admin_managed").asBoolean()).orElse(true))
                .filter(e -> usesDefaultSchedule.orElse(true))
                .sorted(order)
                .toList();
    }

    private boolean isDefaultScheduleOf(String scheduleUri, String user) {
        roles.requireUriOf(Kind.AVAILABILITY_SCHEDULE, "user_availability_schedule", scheduleUri);
        ObjectNode schedule = ctx.store().findByUri(Kind.AVAILABILITY_SCHEDULE, scheduleUri)
                .filter(s -> user.equals(s.path("user").asText()))
                .orElseThrow(() -> ApiException.invalidArgument("user_availability_schedule",
                        "is not an availability schedule of the given user"));
        return schedule.path("default").asBoolean();
    }

    private static Comparator<ObjectNode> order(String sort) {
        List<Comparator<ObjectNode>> parts = new ArrayList<>();
        for (String term : sort.split(",")) {
            String[] pieces = term.trim().split(":", -1);
            Comparator<ObjectNode> field = SORT_FIELDS.get(pieces[0]);
            String direction = pieces.length > 1 ? pieces[1] : "asc";
            if (field == null || pieces.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                throw ApiException.invalidArgument("sort",
                        "must be name, position, created_at or updated_at, each optionally followed by :asc or :desc");
            }
            parts.add(direction.equals("desc") ? field.reversed() : field);
        }
        return parts.stream().reduce(Comparator::thenComparing).orElseThrow();
    }
}
