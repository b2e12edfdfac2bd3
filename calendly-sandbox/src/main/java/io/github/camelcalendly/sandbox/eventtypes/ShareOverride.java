package io.github.camelcalendly.sandbox.eventtypes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * The {@code share_override} of a share built from a {@code POST /shares} body: each field given is validated
 * (400 naming it), each field left out is copied from the event type (name, duration, duration options, locations)
 * or its host's default availability schedule; the booking window defaults to {@code unlimited}.
 */
public final class ShareOverride {

    private static final Set<String> PERIOD_TYPES = Set.of("available_moving", "moving", "fixed", "unlimited");
    private static final Set<String> WEEKDAYS = Set.of("sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday");

    private ShareOverride() {
    }

    /** Builds the override; {@code hostSchedule} is the host's default availability schedule, if any. */
    public static ObjectNode build(BodyFields fields, ObjectNode eventType, Optional<ObjectNode> hostSchedule) {
        ObjectNode override = Json.object();
        String name = fields.text("name").orElse(eventType.path("name").asText());
        if (name.isBlank() || name.length() > 55) {
            throw ApiException.invalidArgument("name", "must be between 1 and 55 characters");
        }
        override.put("name", name);
        override.put("duration", fields.integer("duration", 1, 720).orElse(eventType.path("duration").asInt()));
        periodSettings(fields, override);
        override.put("hide_location", fields.bool("hide_location").orElse(false));
        override.set("location_configurations", fields.array("location_configurations")
                .map(array -> Locations.validated("location_configurations", array))
                .orElseGet(() -> positioned(eventType.path("locations"))));
        override.set("availability_rule", fields.object("availability_rule").map(ShareOverride::availabilityRule)
                .orElseGet(() -> hostSchedule.map(ShareOverride::ruleOf).orElse(null)));
        return override;
    }

    private static void periodSettings(BodyFields fields, ObjectNode override) {
        String periodType = fields.text("period_type").orElse("unlimited");
        if (!PERIOD_TYPES.contains(periodType)) {
            throw ApiException.invalidArgument("period_type", "must be one of available_moving, moving, fixed, unlimited");
        }
        override.put("period_type", periodType);
        Optional<LocalDate> start = fields.text("start_date").map(text -> date("start_date", text));
        Optional<LocalDate> end = fields.text("end_date").map(text -> date("end_date", text));
        Optional<Integer> maxBookingTime = fields.integer("max_booking_time", 1, Integer.MAX_VALUE);
        if ("fixed".equals(periodType)) {
            start.orElseThrow(() -> ApiException.invalidArgument("start_date", "is required when period_type is fixed"));
            end.orElseThrow(() -> ApiException.invalidArgument("end_date", "is required when period_type is fixed"));
            if (end.get().isBefore(start.get())) {
                throw ApiException.invalidArgument("end_date", "must not be before start_date");
            }
        }
        if (periodType.endsWith("moving") && maxBookingTime.isEmpty()) {
            throw ApiException.invalidArgument("max_booking_time", "is required when period_type is " + periodType);
        }
        putOrNull(override, "start_date", start.map(LocalDate::toString).orElse(null));
        putOrNull(override, "end_date", end.map(LocalDate::toString).orElse(null));
        if (maxBookingTime.isPresent()) {
            override.put("max_booking_time", maxBookingTime.get());
        } else {
            override.putNull("max_booking_time");
        }
    }

    private static ObjectNode availabilityRule(ObjectNode given) {
        String timezone = given.path("timezone").asText("");
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw ApiException.invalidArgument("availability_rule", "timezone must be an IANA time zone");
        }
        if (!(given.get("rules") instanceof ArrayNode rules)) {
            throw ApiException.invalidArgument("availability_rule", "rules are required");
        }
        ObjectNode rule = Json.object();
        ArrayNode copied = rule.putArray("rules");
        for (JsonNode entry : rules) {
            copied.add(ruleEntry(entry));
        }
        rule.put("timezone", timezone);
        return rule;
    }

    private static ObjectNode ruleEntry(JsonNode entry) {
        String type = entry.path("type").asText("");
        ObjectNode rule = Json.object();
        rule.put("type", type);
        if ("wday".equals(type)) {
            String wday = entry.path("wday").asText("");
            if (!WEEKDAYS.contains(wday)) {
                throw ApiException.invalidArgument("availability_rule", "wday must be a day name like monday");
            }
            rule.put("wday", wday);
            rule.putNull("date");
        } else if ("date".equals(type)) {
            rule.putNull("wday");
            rule.put("date", date("availability_rule", entry.path("date").asText("")).toString());
        } else {
            throw ApiException.invalidArgument("availability_rule", "rule type must be wday or date");
        }
        ArrayNode intervals = rule.putArray("intervals");
        for (JsonNode interval : entry.path("intervals")) {
            LocalTime from = time(interval.path("from").asText(""));
            LocalTime to = time(interval.path("to").asText(""));
            if (!from.isBefore(to)) {
                throw ApiException.invalidArgument("availability_rule", "an interval must end after it starts");
            }
            ObjectNode copy = intervals.addObject();
            copy.put("from", interval.path("from").asText());
            copy.put("to", interval.path("to").asText());
        }
        return rule;
    }

    /** The host's schedule as an availability rule ({@code rules} with {@code date} null, and its timezone). */
    private static ObjectNode ruleOf(ObjectNode schedule) {
        ObjectNode rule = Json.object();
        ArrayNode rules = rule.putArray("rules");
        for (JsonNode entry : schedule.path("rules")) {
            ObjectNode copy = rules.addObject();
            copy.put("type", entry.path("type").asText());
            copy.set("wday", entry.path("wday").isMissingNode() ? null : entry.get("wday").deepCopy());
            copy.set("date", entry.path("date").isMissingNode() ? null : entry.get("date").deepCopy());
            copy.set("intervals", entry.path("intervals").deepCopy());
        }
        rule.put("timezone", schedule.path("timezone").asText());
        return rule;
    }

    private static ArrayNode positioned(JsonNode locations) {
        ArrayNode copy = Json.array();
        int position = 0;
        for (JsonNode location : locations) {
            if (!(location instanceof ObjectNode given)) {
                continue;
            }
            ObjectNode entry = given.deepCopy();
            if (!entry.has("position")) {
                entry.put("position", position);
            }
            copy.add(entry);
            position++;
        }
        return copy;
    }

    private static LocalDate date(String parameter, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidArgument(parameter, "dates must be formatted YYYY-MM-DD");
        }
    }

    private static LocalTime time(String text) {
        if (!text.matches("\\d\\d:\\d\\d")) {
            throw ApiException.invalidArgument("availability_rule", "interval times must be formatted hh:mm");
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidArgument("availability_rule", "interval times must be formatted hh:mm");
        }
    }

    private static void putOrNull(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
