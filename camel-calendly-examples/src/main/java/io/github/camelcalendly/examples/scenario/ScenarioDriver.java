package io.github.camelcalendly.examples.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;

import io.github.camelcalendly.examples.routes.ScenarioEndpoints;
import io.github.camelcalendly.examples.settings.ExampleSettings;
import io.github.camelcalendly.examples.settings.SettingsReader;

/**
 * Plays the scenario through the running routes, the same for the Java DSL and the YAML variant: start the trigger,
 * list event types and open slots, book, hear of the booking from the trigger route, print the upcoming meetings,
 * make a single-use and a prefilled link, cancel and hear of it, sum up. Each step is printed as it happens and
 * checks what Calendly answered; the first that fails stops the run with a {@link StepFailedException}. Without
 * writes (an account run without the writes flag) the booking, the single-use link and the cancellation are skipped.
 */
public final class ScenarioDriver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Duration SLOT_WINDOW = Duration.ofDays(7).minusMinutes(1);
    private static final String INVITEE_TIMEZONE = "Europe/London";

    private final CamelContext camel;
    private final ExampleSettings settings;
    private final TriggerKind trigger;
    private final TriggerInbox inbox;
    private final ScenarioConsole console;
    private final StartupClock clock;
    private final CalendlyActions actions;
    private final ScenarioReport report;
    private boolean firstActionShown;

    public ScenarioDriver(CamelContext camel, ExampleSettings settings, TriggerInbox inbox, ScenarioConsole console,
            StartupClock clock) {
        this.camel = camel;
        this.settings = settings;
        this.trigger = settings.webhook() ? TriggerKind.WEBHOOK : TriggerKind.POLLING;
        this.inbox = inbox;
        this.console = console;
        this.clock = clock;
        this.actions = new CalendlyActions(camel.createProducerTemplate(), clock::actionCompleted);
        this.report = new ScenarioReport(trigger, settings.writes());
    }

    /** The report so far: complete after {@link #run()} returned, partial after it threw. */
    public ScenarioReport report() {
        return report;
    }

    /**
     * Plays the eight steps.
     *
     * @throws StepFailedException at the first step that fails
     */
    public ScenarioReport run() {
        Instant started = Instant.now();
        step(1, trigger == TriggerKind.WEBHOOK ? "Register the webhook trigger" : "Start the polling trigger",
                this::startTrigger);
        step(2, "List event types and available times", this::listEventTypesAndTimes);
        if (settings.writes()) {
            step(3, "Book through the Scheduling API", this::book);
            step(4, "Receive " + trigger.bookedSignal() + " in the trigger route", this::receiveBooking);
        } else {
            skip(3, "Book through the Scheduling API");
            skip(4, "Receive " + trigger.bookedSignal() + " in the trigger route");
        }
        step(5, "List upcoming meetings", this::listUpcomingMeetings);
        step(6, "Create a single-use scheduling link and a prefilled link", this::createLinks);
        if (settings.writes()) {
            step(7, "Cancel and receive " + trigger.canceledSignal(), this::cancel);
        } else {
            skip(7, "Cancel and receive " + trigger.canceledSignal());
        }
        step(8, "Summary", () -> summarize(started));
        return report;
    }

    private void startTrigger() {
        ServiceStatus status = camel.getRouteController().getRouteStatus(ScenarioEndpoints.TRIGGER_ROUTE);
        if (status != ServiceStatus.Started) {
            throw new IllegalStateException("the trigger route " + ScenarioEndpoints.TRIGGER_ROUTE + " is "
                    + (status == null ? "missing" : status));
        }
        if (trigger == TriggerKind.POLLING) {
            console.line("No public webhook URL (" + SettingsReader.WEBHOOK_URL + " is not set), so Calendly cannot"
                    + " deliver webhooks to this machine:");
            console.line("the trigger route polls calendly:scheduledEvents?op=list every "
                    + ScenarioConsole.seconds(settings.pollDelay()) + " instead.");
            return;
        }
        String url = settings.webhookUrl();
        Map<String, Object> subscription = actions.webhookSubscriptions().stream()
                .filter(s -> url.equals(s.get("callback_url"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("Calendly lists no webhook subscription for "
                        + printable(url) + " after the trigger route started"));
        report.subscription(subscription);
        console.line("Calendly delivers " + subscription.get("events") + " (scope " + subscription.get("scope")
                + ", " + subscription.get("state") + ") to " + printable(url));
        console.line("the trigger route serves " + settings.webhookPath()
                + " and verifies each delivery's signature before it runs");
    }

    private void listEventTypesAndTimes() {
        List<Map<String, Object>> types = actions.activeEventTypes();
        report.eventTypes(types);
        console.line(types.size() + " active event types: " + types.stream()
                .map(t -> t.get("name") + " (" + t.get("duration") + " min)").collect(Collectors.joining(", ")));
        Map<String, Object> chosen = choose(types);
        report.eventType(chosen);
        Instant from = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        List<Map<String, Object>> slots = actions.availableTimes(text(chosen, "uri"), from, from.plus(SLOT_WINDOW));
        report.openSlots(slots);
        console.line(chosen.get("name") + ": " + slots.size() + " open slots in the next 7 days"
                + (slots.isEmpty() ? "" : ", the first " + when(text(slots.get(0), "start_time"))));
        if (settings.writes() && slots.isEmpty()) {
            throw new IllegalStateException(chosen.get("name") + " has no open slot in the next 7 days to book");
        }
    }

    private Map<String, Object> choose(List<Map<String, Object>> types) {
        if (types.isEmpty()) {
            throw new IllegalStateException("the user has no active event type");
        }
        String wanted = settings.eventType();
        if (wanted == null) {
            return types.get(0);
        }
        return types.stream()
                .filter(t -> wanted.equals(t.get("uri")) || wanted.equals(t.get("slug"))
                        || String.valueOf(t.get("uri")).endsWith("/" + wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(SettingsReader.EVENT_TYPE + " '" + wanted
                        + "' is none of the active event types (" + types.stream()
                                .map(t -> String.valueOf(t.get("slug"))).collect(Collectors.joining(", ")) + ")"));
    }

    private void book() {
        Map<String, Object> type = report.eventType();
        String start = text(report.openSlots().get(0), "start_time");
        Map<String, Object> invitee = actions.book(text(type, "uri"), start, settings.inviteeName(),
                settings.inviteeEmail(), INVITEE_TIMEZONE);
        String eventUri = text(invitee, "event");
        String inviteeUri = text(invitee, "uri");
        if (eventUri == null || inviteeUri == null) {
            throw new IllegalStateException("Calendly's booking answer names no scheduled event or invitee: "
                    + invitee.keySet());
        }
        BookedMeeting meeting = new BookedMeeting(eventUri, inviteeUri, text(type, "name"), start,
                text(invitee, "name"), text(invitee, "email"));
        report.booking(meeting);
        console.line("booked " + meeting.name() + " <" + meeting.email() + "> for " + meeting.eventTypeName()
                + " on " + when(start));
        console.line("meeting " + eventUri);
    }

    private void receiveBooking() throws InterruptedException {
        BookedMeeting meeting = report.booking();
        TriggerMessage notice = await(trigger.booked(meeting), trigger.bookedSignal());
        if (notice.event() != null && !meeting.email().equals(notice.text("email"))) {
            throw new IllegalStateException("the trigger route received " + notice.event() + " for "
                    + notice.text("email") + ", not for " + meeting.email());
        }
        report.bookingNotice(notice);
        console.line("the trigger route received " + describe(notice) + " for the booked meeting");
    }

    private void listUpcomingMeetings() {
        List<Map<String, Object>> events = actions.upcomingMeetings(Instant.now());
        List<MeetingRow> rows = events.stream()
                .map(event -> MeetingTable.row(event, actions.invitees(text(event, "uri")))).toList();
        List<String> lines = MeetingTable.render(rows);
        report.meetings(rows, lines);
        lines.forEach(console::line);
        BookedMeeting meeting = report.booking();
        // the list is capped at 10: a booking behind ten earlier meetings is rightly missing
        if (meeting != null && rows.size() < 10 && rows.stream()
                .noneMatch(r -> r.uri().equals(meeting.eventUri()) && "active".equals(r.status()))) {
            throw new IllegalStateException("the booked meeting " + meeting.eventUri()
                    + " is not among the active upcoming meetings");
        }
    }

    private void createLinks() {
        Map<String, Object> type = report.eventType();
        String link;
        if (settings.writes()) {
            Map<String, Object> created = actions.singleUseLink(text(type, "uri"));
            report.singleUseLink(created);
            link = text(created, "booking_url");
            if (link == null) {
                throw new IllegalStateException("Calendly's scheduling link has no booking_url: " + created.keySet());
            }
            console.line("single-use link: " + link + " (books one " + type.get("name") + ")");
        } else {
            link = text(type, "scheduling_url");
            console.line("single-use link: skipped (read-only); the prefilled link starts from the event type's"
                    + " own page");
        }
        String prefilled = actions.prefilledLink(link, settings.inviteeName(), settings.inviteeEmail());
        if (prefilled == null || !prefilled.startsWith(link)) {
            throw new IllegalStateException("the prefilled link does not start with " + link + ": " + prefilled);
        }
        report.prefilledLink(prefilled);
        console.line("prefilled link:  " + prefilled);
    }

    private void cancel() throws InterruptedException {
        BookedMeeting meeting = report.booking();
        Map<String, Object> cancellation = actions.cancel(meeting.eventUri());
        report.cancellation(cancellation);
        console.line("canceled " + meeting.eventTypeName() + " on " + when(meeting.startTime()) + " (reason: "
                + cancellation.get("reason") + ")");
        TriggerMessage notice = await(trigger.canceled(meeting), trigger.canceledSignal());
        report.cancellationNotice(notice);
        console.line("the trigger route received " + describe(notice) + " for the canceled meeting");
    }

    private void summarize(Instant started) {
        console.line("trigger:       " + trigger.label() + ", " + inbox.messages().size()
                + " message(s) received by the trigger route");
        BookedMeeting meeting = report.booking();
        if (meeting != null) {
            console.line("booked and canceled: " + meeting.eventTypeName() + " on " + when(meeting.startTime())
                    + " for " + meeting.name());
            console.line("links:         " + text(report.singleUseLink(), "booking_url") + " (single use)");
        } else {
            console.line("read-only:     nothing was booked, created or canceled (pass "
                    + SettingsReader.ALLOW_WRITES_FLAG + " or " + SettingsReader.ALLOW_WRITES + "=true to allow it)");
        }
        console.line("upcoming:      " + report.meetings().size() + " meeting(s) listed");
        if (report.firstAction() != null) {
            console.line("timing:        first Calendly action " + ScenarioConsole.seconds(report.firstAction())
                    + " after JVM start; scenario " + ScenarioConsole.seconds(Duration.between(started,
                            Instant.now())));
        }
    }

    private TriggerMessage await(Predicate<TriggerMessage> wanted, String what) throws InterruptedException {
        Optional<TriggerMessage> notice = inbox.await(wanted, settings.eventWait());
        if (notice.isEmpty()) {
            List<String> failures = inbox.failures();
            throw new IllegalStateException("no " + what + " about the booked meeting reached the trigger route"
                    + " within " + ScenarioConsole.seconds(settings.eventWait())
                    + (failures.isEmpty() ? "" : "; the route failed on: " + String.join("; ", failures)));
        }
        return notice.get();
    }

    private void step(int number, String title, Step body) {
        console.step(number, title);
        try {
            body.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailedException(number, title, "interrupted", e);
        } catch (RuntimeException e) {
            throw new StepFailedException(number, title, reason(e), e);
        }
        report.stepCompleted();
        Duration first = clock.firstAction();
        if (first != null && !firstActionShown) {
            firstActionShown = true;
            report.firstAction(first);
            console.line("first Calendly action completed " + ScenarioConsole.seconds(first) + " after JVM start");
        }
    }

    private void skip(int number, String title) {
        console.step(number, title);
        console.line("skipped: read-only run (pass " + SettingsReader.ALLOW_WRITES_FLAG + " or "
                + SettingsReader.ALLOW_WRITES + "=true to book and cancel)");
        report.stepCompleted();
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    private static String describe(TriggerMessage notice) {
        return notice.event() != null
                ? notice.event() + " (" + notice.text("email") + ", meeting " + notice.text("event") + ")"
                : "the meeting " + notice.text("uri") + " as " + notice.text("status");
    }

    private static String text(Map<String, Object> map, String field) {
        Object value = map == null ? null : map.get(field);
        return value == null ? null : value.toString();
    }

    private static String when(String instant) {
        return WHEN.format(Instant.parse(instant));
    }

    /** A URL without its query, which may carry a secret. */
    private static String printable(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    /** One step's work. */
    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }
}
