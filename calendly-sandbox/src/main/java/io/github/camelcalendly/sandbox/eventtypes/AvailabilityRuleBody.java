package io.github.camelcalendly.sandbox.eventtypes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * An availability rule as Calendly takes it in a body: {@code timezone} (an IANA name) and {@code rules}, each of
 * {@code type} wday (with {@code wday}, sunday..saturday) or date (with {@code date}, YYYY-MM-DD) and
 * {@code intervals} of {@code from}/{@code to} times HH:MM (to may be 24:00, and must be after from). Every bad
 * field is a 400 naming it by its path, e.g. {@code availability_rule.rules[1].intervals[0].to}.
 */
public final class AvailabilityRuleBody {

    /** The weekday names a wday rule may carry. */
    public static final List<String> WEEKDAYS = List.of("sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday");

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");
    private static final Set<String> TYPES = Set.of("wday", "date");

    private AvailabilityRuleBody() {
    }

    /** A clean copy of the rule at {@code field} (e.g. availability_rule) of {@code body}, checked field by field. */
    public static ObjectNode validated(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw ApiException.invalidArgument(field, "is required");
        }
        if (!(node instanceof ObjectNode rule)) {
            throw ApiException.invalidArgument(field, "must be an object with timezone and rules");
        }
        ObjectNode clean = Json.object();
        clean.put("timezone", timezone(rule.get("timezone"), field + ".timezone"));
        JsonNode rules = rule.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw ApiException.invalidArgument(field + ".rules", "must be a non-empty list of rules");
        }
        ArrayNode cleanRules = clean.putArray("rules");
        for (int i = 0; i < rules.size(); i++) {
            cleanRules.add(rule(rules.get(i), field + ".rules[" + i + "]"));
        }
        return clean;
    }

    /** An IANA time zone name; 400 naming {@code field} otherwise. */
    public static String timezone(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw ApiException.invalidArgument(field, "is required");
        }
        String name = node.isTextual() ? node.asText() : "";
        if (!ZoneId.getAvailableZoneIds().contains(name)) {
            throw ApiException.invalidArgument(field, "must be an IANA time zone name such as Europe/Berlin");
        }
        return name;
    }

    private static ObjectNode rule(JsonNode node, String field) {
        if (!(node instanceof ObjectNode rule)) {
            throw ApiException.invalidArgument(field, "must be an object");
        }
        String type = rule.path("type").asText("");
        if (!TYPES.contains(type)) {
            throw ApiException.invalidArgument(field + ".type", "must be wday or date");
        }
        ObjectNode clean = Json.object();
        clean.put("type", type);
        if ("wday".equals(type)) {
            String wday = rule.path("wday").asText("");
            if (!WEEKDAYS.contains(wday)) {
                throw ApiException.invalidArgument(field + ".wday", "must be one of " + String.join(", ", WEEKDAYS));
            }
            clean.put("wday", wday);
            clean.putNull("date");
        } else {
            String date = rule.path("date").asText("");
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw ApiException.invalidArgument(field + ".date", "must be a date YYYY-MM-DD");
            }
            clean.putNull("wday");
            clean.put("date", date);
        }
        JsonNode intervals = rule.get("intervals");
        if (intervals == null || !intervals.isArray()) {
            throw ApiException.invalidArgument(field + ".intervals", "must be a list of {from, to} intervals");
        }
        ArrayNode cleanIntervals = clean.putArray("intervals");
        for (int i = 0; i < intervals.size(); i++) {
            String at = field + ".intervals[" + i + "]";
            JsonNode interval = intervals.get(i);
            String from = time(interval.path("from"), at + ".from");
            String to = time(interval.path("to"), at + ".to");
            if ("24:00".equals(from) || (!"24:00".equals(to) && !LocalTime.parse(to).isAfter(LocalTime.parse(from)))) {
                throw ApiException.invalidArgument(at + ".to", "must be after from");
            }
            ObjectNode cleanInterval = cleanIntervals.addObject();
            cleanInterval.put("from", from);
            cleanInterval.put("to", to);
        }
        return clean;
    }

    private static String time(JsonNode node, String field) {
        String text = node.isTextual() ? node.asText() : "";
        if (!TIME.matcher(text).matches()) {
            throw ApiException.invalidArgument(field, "must be a time HH:MM");
        }
        return text;
    }
}
