package io.github.camelcalendly.sandbox.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.booking.Bookings;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * The Scheduling API's {@code POST /invitees}: books an available slot directly and answers 201 with the invitee
 * as {@code resource}, as endpoints.tsv and the spec say. (calendlyr's {@code events/create_invitee.json} fixture
 * reads {@code {"resource": "<event URI>", "invitee": {...}}}, a shape the spec does not have; the sandbox follows
 * the spec.) Paid plans only; not idempotent: a repeated request books again if the slot is still free.
 */
public final class InviteesApi implements ApiModule {

    static final String PAID_PLAN_MESSAGE = "The Scheduling API is only available on paid Calendly plans. "
            + "Please upgrade your Calendly account to Standard.";

    private final SandboxContext context;
    private final Bookings bookings;

    public InviteesApi(SandboxContext context) {
        this.context = context;
        this.bookings = new Bookings(context);
    }

    @Override
    public void register(Router router) {
        router.post("/invitees", "scheduled_events:write", this::create);
    }

    private ApiResponse create(ApiRequest request) {
        if (context.options().plan() == SandboxOptions.Plan.FREE) {
            throw ApiException.permissionDenied(PAID_PLAN_MESSAGE);
        }
        ObjectNode body = request.jsonBody();
        String eventTypeUri = requiredText(body, "event_type", "event_type");
        String startText = requiredText(body, "start_time", "start_time");
        Instant start = Json.parseTimeOrNull(startText);
        if (start == null) {
            throw ApiException.invalidArgument("start_time", "must be an ISO-8601 time in UTC");
        }
        JsonNode invitee = body.get("invitee");
        if (invitee == null || !invitee.isObject()) {
            throw ApiException.invalidArgument("invitee", "is required");
        }
        ObjectNode eventType = context.store().findByUri(Kind.EVENT_TYPE, eventTypeUri)
                .orElseThrow(() -> ApiException.invalidArgument("event_type", "does not name an event type"));
        Booking booking = new Booking(eventTypeUri, start, text(invitee, "name", "invitee.name"),
                text(invitee, "email", "invitee.email"), text(invitee, "timezone", "invitee.timezone"),
                text(invitee, "first_name", "invitee.first_name"), text(invitee, "last_name", "invitee.last_name"),
                guests(body), answers(body), text(invitee, "text_reminder_number", "invitee.text_reminder_number"),
                location(body, eventType));
        JsonNode tracking = body.get("tracking");
        if (tracking != null && !tracking.isNull() && !tracking.isObject()) {
            throw ApiException.invalidArgument("tracking", "must be an object");
        }
        return ApiResponse.created(bookings.book(booking, tracking, "instant_book").invitee());
    }

    private static String location(ObjectNode body, ObjectNode eventType) {
        JsonNode location = body.get("location");
        if (location == null || location.isNull()) {
            return null;
        }
        if ("round_robin".equals(eventType.path("pooling_type").asText())) {
            throw ApiException.invalidArgument("location", "must be omitted for round robin event types");
        }
        if (!location.isObject()) {
            throw ApiException.invalidArgument("location", "must be an object");
        }
        String kind = requiredText(location, "kind", "location.kind");
        boolean offered = false;
        for (JsonNode option : eventType.path("locations")) {
            offered |= kind.equals(option.path("kind").asText());
        }
        if (!offered) {
            throw ApiException.invalidArgument("location.kind", "is not a location this event type offers");
        }
        return text(location, "location", "location.location");
    }

    private static List<String> guests(ObjectNode body) {
        JsonNode guests = body.get("event_guests");
        List<String> emails = new ArrayList<>();
        if (guests == null || guests.isNull()) {
            return emails;
        }
        if (!guests.isArray()) {
            throw ApiException.invalidArgument("event_guests", "must be an array of email addresses");
        }
        guests.forEach(guest -> emails.add(guest.isTextual() ? guest.asText() : null));
        return emails;
    }

    private static Map<String, String> answers(ObjectNode body) {
        JsonNode answers = body.get("questions_and_answers");
        Map<String, String> map = new LinkedHashMap<>();
        if (answers == null || answers.isNull()) {
            return map;
        }
        if (!answers.isArray()) {
            throw ApiException.invalidArgument("questions_and_answers", "must be an array");
        }
        for (JsonNode answer : answers) {
            map.put(requiredText(answer, "question", "questions_and_answers.question"),
                    text(answer, "answer", "questions_and_answers.answer"));
        }
        return map;
    }

    private static String requiredText(JsonNode node, String field, String parameter) {
        String value = text(node, field, parameter);
        if (value == null || value.isBlank()) {
            throw ApiException.invalidArgument(parameter, "is required");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String parameter) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.invalidArgument(parameter, "must be a string");
        }
        return value.asText();
    }
}
