package io.github.camelcalendly.sandbox.eventtypes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.booking.Slots;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.KindDescription;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.Resources;
import io.github.camelcalendly.sandbox.state.Resources.EventTypeSpec;

/**
 * Creates one-off meetings: event types of {@code type} AdhocEventType, secret, with a {@code /d/...} scheduling
 * link, one-on-one ({@code kind} solo) for a lone host and collective when co-hosts are named. A one-off meeting can
 * be booked only on the dates of its range, in the host's weekly working hours for each of those days read in the
 * meeting's time zone; it is fetched by URI like any event type and is never listed by {@code GET /event_types}.
 */
public final class OneOffEventTypes {

    /** The {@code type} of a one-off event type. */
    public static final String ADHOC = "AdhocEventType";

    private final SandboxContext context;

    public OneOffEventTypes(SandboxContext context) {
        this.context = context;
    }

    /** Whether an event type is a one-off meeting. */
    public static boolean isOneOff(ObjectNode eventType) {
        return ADHOC.equals(eventType.path("type").asText());
    }

    /** Creates the meeting; call holding the state lock, with host and co-hosts already checked. */
    public ObjectNode create(OneOffRequest request) {
        ObjectNode host = context.store().findByUri(Kind.USER, request.host()).orElseThrow();
        String zone = request.timezone().orElse(host.path("timezone").asText("UTC"));
        if (request.endDate().isBefore(LocalDate.ofInstant(context.now(), ZoneId.of(zone)))) {
            throw ApiException.invalidArgument("date_setting.end_date", "must not be in the past");
        }
        boolean collective = !request.coHosts().isEmpty();
        String uuid = context.store().newUuid();
        String slug = EventTypeBody.slugOf(request.name());
        EventTypeSpec spec = new EventTypeSpec(request.name(), slug, request.duration(),
                collective ? "group" : "solo", collective ? "collective" : null, true, "#0069ff", request.name(),
                "zoom_conference", 0);
        ObjectNode eventType = new Resources(context.store()).eventType(uuid, spec, host, context.now());
        eventType.put("type", ADHOC);
        eventType.put("kind_description", KindDescription.of(spec.kind(), spec.poolingType()));
        eventType.put("secret", true);
        eventType.put("scheduling_url", "https://calendly.com/d/" + link(uuid) + "/" + slug);
        eventType.putNull("description_plain");
        eventType.putNull("description_html");
        ArrayNode locations = eventType.putArray("locations");
        request.location().ifPresent(locations::add);
        eventType.putArray("custom_questions");
        String uri = eventType.path("uri").asText();
        List<String> hosts = new ArrayList<>();
        hosts.add(request.host());
        hosts.addAll(request.coHosts());
        context.store().setHosts(uri, hosts);
        ObjectNode availability = Json.object();
        availability.put("availability_setting", "host");
        availability.set("availability_rule", dateRules(request, zone));
        context.store().setEventTypeAvailability(uri, availability);
        return eventType;
    }

    /** One date rule per day of the range, with the host's weekly working hours of that weekday. */
    private ObjectNode dateRules(OneOffRequest request, String zone) {
        ObjectNode schedule = new Slots(context.store()).defaultSchedule(request.host()).orElse(null);
        ObjectNode rule = Json.object();
        rule.put("timezone", zone);
        ArrayNode rules = rule.putArray("rules");
        for (LocalDate day = request.startDate(); !day.isAfter(request.endDate()); day = day.plusDays(1)) {
            ObjectNode dateRule = rules.addObject();
            dateRule.put("type", "date");
            dateRule.putNull("wday");
            dateRule.put("date", day.toString());
            dateRule.set("intervals", weeklyIntervals(schedule, day.getDayOfWeek()));
        }
        return rule;
    }

    private static ArrayNode weeklyIntervals(ObjectNode schedule, DayOfWeek weekday) {
        String wday = weekday.name().toLowerCase(Locale.ROOT);
        if (schedule != null) {
            for (JsonNode rule : schedule.path("rules")) {
                if ("wday".equals(rule.path("type").asText()) && wday.equals(rule.path("wday").asText())) {
                    return (ArrayNode) rule.path("intervals").deepCopy();
                }
            }
        }
        return Json.array();
    }

    /** Calendly-style short link code, e.g. abc-def-ghi, from the event type's uuid. */
    private static String link(String uuid) {
        String lower = uuid.toLowerCase(Locale.ROOT);
        return lower.substring(0, 3) + "-" + lower.substring(3, 6) + "-" + lower.substring(6, 9);
    }
}
