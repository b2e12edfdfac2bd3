package io.github.camelcalendly.sandbox.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.recaps.MeetingRecapFactory;
import io.github.camelcalendly.sandbox.recaps.MeetingRecaps;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * Calendly Notetaker: {@code GET /meeting_recaps} (the caller's own recaps, filtered by {@code event},
 * {@code attendee}, {@code start_time}, {@code end_time} and {@code status}, newest meeting first, paged), and
 * {@code GET}, {@code PATCH}, {@code DELETE /meeting_recaps/{uuid}} and {@code GET /meeting_recaps/{uuid}/transcript}.
 */
public final class MeetingRecapsApi implements ApiModule {

    /** Fields a list item leaves out: the Markdown is read one recap at a time. */
    private static final List<String> DETAIL_ONLY = List.of("summary_md", "action_items_md", "discussion_md");

    private final MeetingRecaps recaps;
    private final Pages pages;

    public MeetingRecapsApi(SandboxContext context) {
        this.recaps = new MeetingRecaps(context);
        this.pages = new Pages(context.baseUrl());
    }

    @Override
    public void register(Router router) {
        router.get("/meeting_recaps", "meeting_recaps:read", this::list);
        router.get("/meeting_recaps/{uuid}", "meeting_recaps:read", request -> {
            recaps.requirePaidPlan();
            return ApiResponse.resource(recaps.require(request.caller().user(), request.pathParam("uuid")));
        });
        router.patch("/meeting_recaps/{uuid}", "meeting_recaps:write", this::update);
        router.delete("/meeting_recaps/{uuid}", "meeting_recaps:write", request -> {
            recaps.requirePaidPlan();
            recaps.delete(request.caller().user(), request.pathParam("uuid"));
            return ApiResponse.noContent();
        });
        router.get("/meeting_recaps/{uuid}/transcript", "meeting_recaps:read", request -> {
            recaps.requirePaidPlan();
            ObjectNode recap = recaps.require(request.caller().user(), request.pathParam("uuid"));
            return ApiResponse.resource(MeetingRecapFactory.transcript(recap));
        });
    }

    private ApiResponse list(ApiRequest request) {
        recaps.requirePaidPlan();
        Optional<String> event = request.query("event");
        Optional<String> attendee = request.query("attendee");
        Optional<Instant> endsFrom = request.queryTime("start_time");
        Optional<Instant> startsUntil = request.queryTime("end_time");
        String status = request.queryEnum("status", "available", "processing", "unavailable").orElse("available");
        Stream<ObjectNode> found = recaps.ownedBy(request.caller().user()).stream()
                .filter(recap -> status.equals(recap.path("status").asText()));
        if (event.isPresent()) {
            found = found.filter(recap -> event.get().equals(recap.path("event").asText()));
        }
        if (attendee.isPresent()) {
            found = found.filter(recap -> attends(recap, attendee.get()));
        }
        if (endsFrom.isPresent()) {
            found = found.filter(recap -> !time(recap, "end_time").isBefore(endsFrom.get()));
        }
        if (startsUntil.isPresent()) {
            found = found.filter(recap -> !time(recap, "start_time").isAfter(startsUntil.get()));
        }
        List<ObjectNode> items = found
                .sorted(Comparator.comparing((ObjectNode recap) -> time(recap, "start_time")).reversed())
                .map(MeetingRecapsApi::listItem)
                .toList();
        return pages.page(request, items);
    }

    private ApiResponse update(ApiRequest request) {
        recaps.requirePaidPlan();
        ObjectNode body = request.jsonBody();
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!MeetingRecaps.EDITABLE.contains(field.getKey())) {
                throw ApiException.invalidArgument(field.getKey(),
                        "is not a field of a recap that can be updated; use " + String.join(", ", MeetingRecaps.EDITABLE));
            }
            if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                throw ApiException.invalidArgument(field.getKey(), "must be a string or null");
            }
            changes.put(field.getKey(), field.getValue());
        }
        return ApiResponse.resource(recaps.update(request.caller().user(), request.pathParam("uuid"), changes));
    }

    private static boolean attends(ObjectNode recap, String email) {
        for (JsonNode attendee : recap.path("attendees")) {
            if (email.equalsIgnoreCase(attendee.path("user_email").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Instant time(ObjectNode recap, String field) {
        return Json.parseTimeOrNull(recap.path(field).asText());
    }

    private static ObjectNode listItem(ObjectNode recap) {
        ObjectNode item = recap.deepCopy();
        item.remove(DETAIL_ONLY);
        return item;
    }
}
