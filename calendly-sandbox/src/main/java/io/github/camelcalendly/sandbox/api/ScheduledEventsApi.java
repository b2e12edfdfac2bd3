package io.github.camelcalendly.sandbox.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.booking.Bookings;
import io.github.camelcalendly.sandbox.groups.GroupDirectory;
import io.github.camelcalendly.sandbox.booking.ScheduledEventFactory;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * Scheduled events: list (with Calendly's filters and role rules), get, cancel, and their invitees.
 */
public final class ScheduledEventsApi implements ApiModule {

    private static final int MAX_REASON = 10_000;

    private final SandboxContext context;
    private final Bookings bookings;
    private final Pages pages;
    private final OrganizationRoles roles;
    private final GroupDirectory groups;

    public ScheduledEventsApi(SandboxContext context) {
        this.context = context;
        this.bookings = new Bookings(context);
        this.pages = new Pages(context.baseUrl());
        this.roles = new OrganizationRoles(context.store());
        this.groups = new GroupDirectory(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/scheduled_events", "scheduled_events:read", this::list);
        router.get("/scheduled_events/{uuid}", "scheduled_events:read",
                request -> ApiResponse.resource(event(request.pathParam("uuid"))));
        router.post("/scheduled_events/{uuid}/cancellation", "scheduled_events:write", this::cancel);
        router.get("/scheduled_events/{uuid}/invitees", "scheduled_events:read", this::invitees);
        router.get("/scheduled_events/{event_uuid}/invitees/{invitee_uuid}", "scheduled_events:read", request -> {
            ObjectNode event = event(request.pathParam("event_uuid"));
            ObjectNode invitee = context.store().require(Kind.INVITEE, request.pathParam("invitee_uuid"));
            if (!event.path("uri").asText().equals(invitee.path("event").asText())) {
                throw ApiException.notFound();
            }
            return ApiResponse.resource(invitee);
        });
    }

    private ApiResponse list(ApiRequest request) {
        Optional<String> user = request.query("user");
        Optional<String> organization = request.query("organization");
        Optional<String> group = request.query("group").map(uri -> roles.requireUriOf(Kind.GROUP, "group", uri));
        if (user.isEmpty() && organization.isEmpty() && group.isEmpty()) {
            throw ApiException.invalidArgument("organization", "organization, user or group is required");
        }
        String callerOrg = request.caller().organization();
        boolean admin = roles.isManagerOf(request.caller(), callerOrg);
        Optional<Set<String>> groupUsers = group.map(uri -> groupUsers(request, uri, admin));
        if (organization.isPresent() && (!organization.get().equals(callerOrg) || !admin)) {
            throw ApiException.permissionDenied("You do not have permission to access this resource.");
        }
        if (user.isPresent() && !user.get().equals(request.caller().user()) && !admin && group.isEmpty()) {
            throw ApiException.permissionDenied("You do not have permission to access this resource.");
        }
        Optional<String> email = request.query("invitee_email");
        Optional<String> status = request.queryEnum("status", "active", "canceled");
        Optional<Instant> min = request.queryTime("min_start_time");
        Optional<Instant> max = request.queryTime("max_start_time");
        boolean descending = request.queryEnum("sort", "start_time:asc", "start_time:desc")
                .map("start_time:desc"::equals).orElse(false);
        Stream<ObjectNode> events = context.store().all(Kind.SCHEDULED_EVENT).stream();
        if (user.isPresent()) {
            events = events.filter(event -> ScheduledEventFactory.hostedBy(event, user.get()));
        }
        if (groupUsers.isPresent()) {
            events = events.filter(event -> groupUsers.get().stream()
                    .anyMatch(member -> ScheduledEventFactory.hostedBy(event, member)));
        }
        if (status.isPresent()) {
            events = events.filter(event -> status.get().equals(event.path("status").asText()));
        }
        if (min.isPresent()) {
            events = events.filter(event -> !ScheduledEventFactory.start(event).isBefore(min.get()));
        }
        if (max.isPresent()) {
            events = events.filter(event -> ScheduledEventFactory.start(event).isBefore(max.get()));
        }
        if (email.isPresent()) {
            events = events.filter(event -> bookings.inviteesOf(event).stream()
                    .anyMatch(invitee -> email.get().equalsIgnoreCase(invitee.path("email").asText())));
        }
        Comparator<ObjectNode> order = Comparator.comparing(ScheduledEventFactory::start);
        List<ObjectNode> sorted = events.sorted(descending ? order.reversed() : order).toList();
        return pages.page(request, sorted);
    }

    /**
     * The users of the group whose events a {@code group} filter selects: 404 for an unknown group, 403 for a group
     * of another organization or a caller who is neither an owner/admin of the organization nor an admin of the group.
     */
    private Set<String> groupUsers(ApiRequest request, String groupUri, boolean organizationAdmin) {
        ObjectNode group = groups.group(groupUri).orElseThrow(ApiException::notFound);
        if (!request.caller().organization().equals(group.path("organization").asText())) {
            throw ApiException.permissionDenied("You do not have permission to access this resource.");
        }
        if (!organizationAdmin && !groups.isAdminOf(groupUri, request.caller().user())) {
            throw ApiException.permissionDenied("You do not have permission to access this resource.");
        }
        return groups.usersOf(groupUri);
    }

    private ApiResponse cancel(ApiRequest request) {
        ObjectNode event = event(request.pathParam("uuid"));
        String reason = null;
        if (request.body() != null && request.body().length > 0) {
            ObjectNode body = request.jsonBody();
            if (body.hasNonNull("reason")) {
                if (!body.get("reason").isTextual()) {
                    throw ApiException.invalidArgument("reason", "must be a string");
                }
                reason = body.get("reason").asText();
                if (reason.length() > MAX_REASON) {
                    throw ApiException.invalidArgument("reason", "must be at most " + MAX_REASON + " characters");
                }
            }
        }
        String caller = request.caller().user();
        if (!ScheduledEventFactory.hostedBy(event, caller)
                && !roles.isManager(request.caller())) {
            throw ApiException.permissionDenied("You do not have permission to cancel this event.");
        }
        String callerName = context.store().findByUri(Kind.USER, caller)
                .map(user -> user.path("name").asText()).orElse(caller);
        return ApiResponse.created(bookings.cancelEvent(event, callerName, reason));
    }

    private ApiResponse invitees(ApiRequest request) {
        ObjectNode event = event(request.pathParam("uuid"));
        Optional<String> status = request.queryEnum("status", "active", "canceled");
        Optional<String> email = request.query("email");
        boolean descending = request.queryEnum("sort", "created_at:asc", "created_at:desc")
                .map("created_at:desc"::equals).orElse(false);
        Stream<ObjectNode> invitees = bookings.inviteesOf(event).stream();
        if (status.isPresent()) {
            invitees = invitees.filter(invitee -> status.get().equals(invitee.path("status").asText()));
        }
        if (email.isPresent()) {
            invitees = invitees.filter(invitee -> email.get().equalsIgnoreCase(invitee.path("email").asText()));
        }
        List<ObjectNode> sorted = invitees.toList();
        if (descending) {
            sorted = new java.util.ArrayList<>(sorted);
            java.util.Collections.reverse(sorted);
        }
        return pages.page(request, sorted);
    }

    private ObjectNode event(String uuid) {
        return context.store().require(Kind.SCHEDULED_EVENT, uuid);
    }
}
