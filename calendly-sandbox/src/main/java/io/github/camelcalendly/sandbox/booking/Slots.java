package io.github.camelcalendly.sandbox.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Computes when an event type can be booked: each host's default availability schedule (weekday rules, overridden
 * by date rules, in the schedule's timezone, DST-correct) cut into slots of the event type's duration, starting
 * every {@code min(duration, 30)} minutes, minus the times the host already has an active scheduled event. A
 * round-robin slot is open when any host is free (the least busy free host gets it); a collective slot needs every
 * host; a group event type keeps a slot open until its event is full.
 */
public final class Slots {

    /** Invitees a (non-pooled) group event takes; Calendly lets hosts choose, the sandbox fixes it. */
    public static final int GROUP_LIMIT = 10;

    private final SandboxStore store;

    public Slots(SandboxStore store) {
        this.store = store;
    }

    /** A bookable start with the hosts it would be booked with (an existing group event to join, if any). */
    public record Slot(Instant start, int inviteesRemaining, List<String> hosts, ObjectNode existingEvent) {
    }

    /** A span of time. */
    public record Interval(Instant start, Instant end) {
    }

    /**
     * The bookable slots of {@code eventType} starting in {@code [from, to]} and not before {@code now}, ignoring
     * the event {@code ignoredEventUri} (the one being rescheduled; null for none).
     */
    public List<Slot> available(ObjectNode eventType, Instant from, Instant to, Instant now, String ignoredEventUri) {
        Duration duration = Duration.ofMinutes(eventType.path("duration").asInt());
        Duration step = duration.compareTo(Duration.ofMinutes(30)) < 0 ? duration : Duration.ofMinutes(30);
        List<String> hosts = store.hostsOf(eventType);
        List<Instant> starts = new ArrayList<>();
        for (String host : hosts) {
            for (Interval interval : workingIntervals(eventType, host, from.minus(duration), to.plus(duration))) {
                for (Instant start = interval.start(); !start.plus(duration).isAfter(interval.end());
                        start = start.plus(step)) {
                    if (!start.isBefore(from) && !start.isAfter(to) && !start.isBefore(now)
                            && !starts.contains(start)) {
                        starts.add(start);
                    }
                }
            }
        }
        starts.sort(Comparator.naturalOrder());
        List<Slot> slots = new ArrayList<>();
        for (Instant start : starts) {
            slot(eventType, hosts, start, start.plus(duration), ignoredEventUri).ifPresent(slots::add);
        }
        return slots;
    }

    /** The slot at exactly {@code start}, if it is bookable. */
    public Optional<Slot> at(ObjectNode eventType, Instant start, Instant now, String ignoredEventUri) {
        return available(eventType, start, start, now, ignoredEventUri).stream().findFirst();
    }

    private Optional<Slot> slot(ObjectNode eventType, List<String> hosts, Instant start, Instant end,
            String ignored) {
        String pooling = eventType.path("pooling_type").asText("");
        boolean group = "group".equals(eventType.path("kind").asText()) && pooling.isEmpty();
        if (group) {
            Optional<ObjectNode> existing = activeEventsOfType(eventType, start);
            if (existing.isPresent()) {
                int remaining = GROUP_LIMIT - existing.get().path("invitees_counter").path("active").asInt();
                return remaining > 0 ? Optional.of(new Slot(start, remaining, InviteePayloads.hosts(existing.get()),
                        existing.get())) : Optional.empty();
            }
        }
        List<String> free = new ArrayList<>();
        for (String host : hosts) {
            if (worksAt(eventType, host, start, end) && busy(host, start, end, ignored).isEmpty()) {
                free.add(host);
            }
        }
        if (free.isEmpty() || ("collective".equals(pooling) && free.size() < hosts.size())) {
            return Optional.empty();
        }
        List<String> assigned = "round_robin".equals(pooling)
                ? List.of(free.stream().min(Comparator.comparingInt(this::upcomingLoad)).orElseThrow())
                : free;
        return Optional.of(new Slot(start, group ? GROUP_LIMIT : 1, assigned, null));
    }

    /** The host's default schedule. */
    public Optional<ObjectNode> defaultSchedule(String userUri) {
        return store.all(Kind.AVAILABILITY_SCHEDULE).stream()
                .filter(schedule -> userUri.equals(schedule.path("user").asText()))
                .filter(schedule -> schedule.path("default").asBoolean())
                .findFirst();
    }

    /** The host's working intervals (from the default schedule) overlapping {@code [from, to)}. */
    public List<Interval> workingIntervals(String userUri, Instant from, Instant to) {
        Optional<ObjectNode> schedule = defaultSchedule(userUri);
        if (schedule.isEmpty()) {
            return List.of();
        }
        return intervals(schedule.get(), from, to);
    }

    /**
     * The host's working intervals for {@code eventType} overlapping {@code [from, to)}: those of the availability
     * rule the event type has its own (set through {@code PATCH /event_type_availability_schedules} or by a one-off
     * event type's dates), else those of the host's default schedule.
     */
    public List<Interval> workingIntervals(ObjectNode eventType, String userUri, Instant from, Instant to) {
        Optional<ObjectNode> own = store.eventTypeAvailability(eventType.path("uri").asText());
        if (own.isPresent()) {
            return intervals((ObjectNode) own.get().path("availability_rule"), from, to);
        }
        return workingIntervals(userUri, from, to);
    }

    private List<Interval> intervals(ObjectNode schedule, Instant from, Instant to) {
        ZoneId zone = ZoneId.of(schedule.path("timezone").asText("UTC"));
        List<Interval> intervals = new ArrayList<>();
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last);
                day = day.plusDays(1)) {
            for (JsonNode interval : rulesFor(schedule, day)) {
                Instant start = at(day, interval.path("from").asText(), zone);
                Instant end = at(day, interval.path("to").asText(), zone);
                if (start.isBefore(to) && end.isAfter(from) && start.isBefore(end)) {
                    intervals.add(new Interval(start, end));
                }
            }
        }
        return intervals;
    }

    /** The host's active scheduled events overlapping {@code [start, end)}, except {@code ignoredEventUri}. */
    public List<ObjectNode> busy(String userUri, Instant start, Instant end, String ignoredEventUri) {
        List<ObjectNode> busy = new ArrayList<>();
        for (ObjectNode event : store.all(Kind.SCHEDULED_EVENT)) {
            if (ScheduledEventFactory.active(event) && ScheduledEventFactory.hostedBy(event, userUri)
                    && !event.path("uri").asText().equals(ignoredEventUri)
                    && ScheduledEventFactory.start(event).isBefore(end)
                    && ScheduledEventFactory.end(event).isAfter(start)) {
                busy.add(event);
            }
        }
        busy.sort(Comparator.comparing(ScheduledEventFactory::start));
        return busy;
    }

    private boolean worksAt(ObjectNode eventType, String host, Instant start, Instant end) {
        return workingIntervals(eventType, host, start, end).stream()
                .anyMatch(interval -> !interval.start().isAfter(start) && !interval.end().isBefore(end));
    }

    private int upcomingLoad(String host) {
        return (int) store.all(Kind.SCHEDULED_EVENT).stream()
                .filter(event -> ScheduledEventFactory.active(event) && ScheduledEventFactory.hostedBy(event, host))
                .count();
    }

    private Optional<ObjectNode> activeEventsOfType(ObjectNode eventType, Instant start) {
        String uri = eventType.path("uri").asText();
        return store.all(Kind.SCHEDULED_EVENT).stream()
                .filter(event -> ScheduledEventFactory.active(event) && uri.equals(event.path("event_type").asText())
                        && start.equals(ScheduledEventFactory.start(event)))
                .findFirst();
    }

    private static JsonNode rulesFor(ObjectNode schedule, LocalDate day) {
        String wday = day.getDayOfWeek().name().toLowerCase(Locale.ROOT);
        JsonNode weekly = null;
        for (JsonNode rule : schedule.path("rules")) {
            if ("date".equals(rule.path("type").asText()) && day.toString().equals(rule.path("date").asText())) {
                return rule.path("intervals");
            }
            if ("wday".equals(rule.path("type").asText()) && wday.equals(rule.path("wday").asText())) {
                weekly = rule.path("intervals");
            }
        }
        return weekly == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : weekly;
    }

    private static Instant at(LocalDate day, String time, ZoneId zone) {
        if ("24:00".equals(time)) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(day, LocalTime.parse(time), zone).toInstant();
    }
}
