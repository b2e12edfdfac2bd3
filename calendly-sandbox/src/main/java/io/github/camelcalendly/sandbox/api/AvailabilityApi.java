package io.github.camelcalendly.sandbox.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.booking.ScheduledEventFactory;
import io.github.camelcalendly.sandbox.booking.Slots;
import io.github.camelcalendly.sandbox.eventtypes.AvailabilityRuleBody;
import io.github.camelcalendly.sandbox.eventtypes.EventTypeChanges;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.StableIds;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * Availability: {@code GET /event_type_available_times}, {@code /user_availability_schedules[/{uuid}]},
 * {@code /user_busy_times} and {@code /event_type_availability_schedules}; {@code PATCH
 * /event_type_availability_schedules} gives an event type its own availability rule.
 */
public final class AvailabilityApi implements ApiModule {

    private static final Duration AVAILABLE_TIMES_WINDOW = Duration.ofDays(31);
    private static final Duration BUSY_TIMES_WINDOW = Duration.ofDays(7);
    private static final Duration SCHEDULE_HORIZON = Duration.ofDays(7);

    private final SandboxContext context;
    private final Slots slots;
    private final OrganizationRoles roles;

    public AvailabilityApi(SandboxContext context) {
        this.context = context;
        this.slots = new Slots(context.store());
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/event_type_available_times", "availability:read|event_types:read", this::availableTimes);
        router.get("/user_availability_schedules", "availability:read", request -> {
            String user = existingUser(request.requireQuery("user"));
            return Pages.unpaged(context.store().all(Kind.AVAILABILITY_SCHEDULE).stream()
                    .filter(schedule -> user.equals(schedule.path("user").asText())).toList());
        });
        router.get("/user_availability_schedules/{uuid}", "availability:read", request -> ApiResponse.resource(
                context.store().require(Kind.AVAILABILITY_SCHEDULE, request.pathParam("uuid"))));
        router.get("/user_busy_times", "availability:read", this::busyTimes);
        router.get("/event_type_availability_schedules", "availability:read", this::eventTypeSchedules);
        router.patch("/event_type_availability_schedules", "availability:write", this::updateEventTypeSchedule);
    }

    private ApiResponse availableTimes(ApiRequest request) {
        ObjectNode eventType = eventType(request.requireQuery("event_type"));
        Window window = window(request, AVAILABLE_TIMES_WINDOW);
        List<ObjectNode> items = new ArrayList<>();
        for (Slots.Slot slot : slots.available(eventType, window.start(), window.end(), context.now(), null)) {
            ObjectNode item = Json.object();
            item.put("status", "available");
            item.put("invitees_remaining", slot.inviteesRemaining());
            item.put("start_time", Json.time(slot.start()));
            item.put("scheduling_url", eventType.path("scheduling_url").asText() + "/"
                    + slot.start().toString());
            items.add(item);
        }
        return Pages.unpaged(items);
    }

    private ApiResponse busyTimes(ApiRequest request) {
        String user = existingUser(request.requireQuery("user"));
        Window window = window(request, BUSY_TIMES_WINDOW);
        List<ObjectNode> items = new ArrayList<>();
        for (ObjectNode event : slots.busy(user, window.start(), window.end(), null)) {
            ObjectNode item = Json.object();
            item.put("type", "calendly");
            item.put("start_time", Json.time(ScheduledEventFactory.start(event)));
            item.put("end_time", Json.time(ScheduledEventFactory.end(event)));
            item.put("buffered_start_time", Json.time(ScheduledEventFactory.start(event)));
            item.put("buffered_end_time", Json.time(ScheduledEventFactory.end(event)));
            item.putObject("event").put("uri", event.path("uri").asText());
            items.add(item);
        }
        return Pages.unpaged(items);
    }

    /**
     * The schedule as it applies to the event type (its own rule if it was given one, else each host's default
     * schedule): its working windows over the coming week.
     */
    private ApiResponse eventTypeSchedules(ApiRequest request) {
        ObjectNode eventType = eventType(request.requireQuery("event_type"));
        Instant now = context.now();
        String setting = context.store().eventTypeAvailability(eventType.path("uri").asText())
                .map(own -> own.path("availability_setting").asText()).orElse("host");
        List<ObjectNode> items = new ArrayList<>();
        for (String host : context.store().hostsOf(eventType)) {
            for (Slots.Interval interval : slots.workingIntervals(eventType, host, now,
                    now.plus(SCHEDULE_HORIZON))) {
                ObjectNode item = Json.object();
                String key = eventType.path("uri").asText() + host + interval.start();
                item.put("uri", context.baseUrl() + "/event_type_availability_schedules/" + StableIds.of(key));
                item.put("start_time", Json.time(interval.start()));
                item.put("end_time", Json.time(interval.end()));
                item.put("event_type", eventType.path("uri").asText());
                item.put("user", host);
                item.put("availability_setting", setting);
                items.add(item);
            }
        }
        items.sort(java.util.Comparator.comparing(item -> item.path("start_time").asText()));
        return new Pages(context.baseUrl()).page(request, items);
    }

    /**
     * Gives the event type its own availability rule, which from then on decides its available times and the
     * schedule listed for it. Only a host of the event type or an owner/admin of its organization may.
     */
    private ApiResponse updateEventTypeSchedule(ApiRequest request) {
        ObjectNode eventType = eventType(request.requireQuery("event_type"));
        if (EventTypeChanges.isDeleted(eventType)) {
            throw ApiException.notFound();
        }
        TokenGrant caller = request.caller();
        List<String> hosts = context.store().hostsOf(eventType);
        boolean inOrganization = hosts.stream().anyMatch(host -> roles.isMember(caller.organization(), host));
        if (!inOrganization || (!hosts.contains(caller.user()) && !roles.isManager(caller))) {
            throw ApiException.permissionDenied("You do not have permission to perform this action");
        }
        ObjectNode body = request.jsonBody();
        ObjectNode rule = AvailabilityRuleBody.validated(body.get("availability_rule"), "availability_rule");
        String setting = "host";
        JsonNode settingNode = body.get("availability_setting");
        if (settingNode != null && !settingNode.isNull()) {
            if (!settingNode.isTextual() || settingNode.asText().isBlank()) {
                throw ApiException.invalidArgument("availability_setting", "must be a non-empty string");
            }
            setting = settingNode.asText();
        }
        ObjectNode availability = Json.object();
        availability.put("availability_setting", setting);
        availability.set("availability_rule", rule);
        context.store().setEventTypeAvailability(eventType.path("uri").asText(), availability);
        ObjectNode answer = Json.object();
        answer.put("message", "Availability schedules updated successfully.");
        return ApiResponse.of(200, answer);
    }

    private ObjectNode eventType(String uri) {
        return context.store().findByUri(Kind.EVENT_TYPE, uri)
                .orElseThrow(() -> ApiException.invalidArgument("event_type", "does not name an event type"));
    }

    private String existingUser(String uri) {
        context.store().findByUri(Kind.USER, uri).orElseThrow(ApiException::notFound);
        return uri;
    }

    private Window window(ApiRequest request, Duration maximum) {
        Instant start = request.queryTime("start_time")
                .orElseThrow(() -> ApiException.invalidArgument("start_time", "is required"));
        Instant end = request.queryTime("end_time")
                .orElseThrow(() -> ApiException.invalidArgument("end_time", "is required"));
        if (start.isBefore(context.now())) {
            throw ApiException.invalidArgument("start_time", "must be in the future");
        }
        if (!end.isAfter(start)) {
            throw ApiException.invalidArgument("end_time", "must be after start_time");
        }
        if (Duration.between(start, end).compareTo(maximum) > 0) {
            throw ApiException.invalidArgument("end_time",
                    "must be at most " + maximum.toDays() + " days after start_time");
        }
        return new Window(start, end);
    }

    private record Window(Instant start, Instant end) {
    }
}
