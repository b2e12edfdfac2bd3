package io.github.camelcalendly.sandbox.eventtypes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * The body of {@code POST /one_off_event_types}, checked field by field (each bad field is a 400 naming it):
 * {@code name} (at most 55 characters), {@code host} (a user URI), {@code co_hosts} (user URIs), {@code duration}
 * (whole minutes, 1 to 720), {@code timezone} (IANA, optional), {@code date_setting} (type date_range with
 * {@code start_date} and {@code end_date}, YYYY-MM-DD, at most a year apart) and {@code location} (one location
 * configuration). What depends on the caller and the organization is checked by the API.
 *
 * @param name      the meeting's name
 * @param host      the host's user URI
 * @param coHosts   the co-hosts' user URIs, without repeats
 * @param duration  minutes
 * @param timezone  the IANA zone the dates are read in, or empty for the host's
 * @param startDate the first bookable date
 * @param endDate   the last bookable date
 * @param location  the one location configuration, or empty
 */
public record OneOffRequest(String name, String host, List<String> coHosts, int duration, Optional<String> timezone,
        LocalDate startDate, LocalDate endDate, Optional<ObjectNode> location) {

    private static final int MAX_NAME = 55;
    private static final int MAX_DURATION = 720;
    private static final long MAX_RANGE_DAYS = 365;

    public OneOffRequest {
        coHosts = List.copyOf(coHosts);
    }

    /** Reads and checks a request body. */
    public static OneOffRequest parse(ObjectNode body) {
        BodyFields fields = new BodyFields(body);
        String name = fields.requiredText("name");
        if (name.length() > MAX_NAME) {
            throw ApiException.invalidArgument("name", "must be at most " + MAX_NAME + " characters");
        }
        String host = fields.requiredText("host");
        List<String> coHosts = coHosts(fields.array("co_hosts"), host);
        int duration = duration(body.get("duration"));
        Optional<String> timezone = fields.has("timezone")
                ? Optional.of(AvailabilityRuleBody.timezone(body.get("timezone"), "timezone"))
                : Optional.empty();
        ObjectNode dateSetting = fields.object("date_setting")
                .orElseThrow(() -> ApiException.invalidArgument("date_setting", "is required"));
        if (!"date_range".equals(dateSetting.path("type").asText())) {
            throw ApiException.invalidArgument("date_setting.type", "must be date_range");
        }
        LocalDate start = date(dateSetting.get("start_date"), "date_setting.start_date");
        LocalDate end = date(dateSetting.get("end_date"), "date_setting.end_date");
        if (end.isBefore(start)) {
            throw ApiException.invalidArgument("date_setting.end_date", "must not be before start_date");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_RANGE_DAYS) {
            throw ApiException.invalidArgument("date_setting.end_date",
                    "must be at most " + MAX_RANGE_DAYS + " days after start_date");
        }
        Optional<ObjectNode> location = fields.object("location").map(given -> {
            ArrayNode one = Json.array();
            one.add(given);
            return (ObjectNode) Locations.validated("location", one).get(0);
        });
        return new OneOffRequest(name, host, coHosts, duration, timezone, start, end, location);
    }

    private static List<String> coHosts(Optional<ArrayNode> given, String host) {
        List<String> coHosts = new ArrayList<>();
        for (JsonNode item : given.orElseGet(Json::array)) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw ApiException.invalidArgument("co_hosts", "must be a list of user URIs");
            }
            if (item.asText().equals(host)) {
                throw ApiException.invalidArgument("co_hosts", "must not name the host");
            }
            if (!coHosts.contains(item.asText())) {
                coHosts.add(item.asText());
            }
        }
        return coHosts;
    }

    private static int duration(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiException.invalidArgument("duration", "is required");
        }
        if (!node.isNumber() || node.doubleValue() != Math.rint(node.doubleValue())) {
            throw ApiException.invalidArgument("duration", "must be a whole number of minutes");
        }
        double minutes = node.doubleValue();
        if (minutes < 1 || minutes > MAX_DURATION) {
            throw ApiException.invalidArgument("duration", "must be between 1 and " + MAX_DURATION);
        }
        return (int) minutes;
    }

    private static LocalDate date(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw ApiException.invalidArgument(field, "is required");
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidArgument(field, "must be a date YYYY-MM-DD");
        }
    }
}
