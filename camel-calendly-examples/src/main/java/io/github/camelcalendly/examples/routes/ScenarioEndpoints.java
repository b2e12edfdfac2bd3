package io.github.camelcalendly.examples.routes;

/**
 * The names the scenario and its routes share, whichever DSL the routes are written in: the {@code direct:}
 * endpoints that each call one Calendly action, the trigger's route id, and the property placeholders the routes
 * read. The YAML files under {@code routes/} use the same names.
 */
public final class ScenarioEndpoints {

    /** {@code calendly:eventTypes?op=list&active=true}. */
    public static final String EVENT_TYPES = "direct:eventTypes";
    /** {@code calendly:eventTypeAvailableTimes?op=list}; headers eventType, startTime, endTime. */
    public static final String AVAILABLE_TIMES = "direct:availableTimes";
    /** {@code calendly:invitees?op=create}; the body is the booking. */
    public static final String BOOK = "direct:book";
    /** {@code calendly:scheduledEvents?op=list}, soonest first; header minStartTime. */
    public static final String UPCOMING_MEETINGS = "direct:upcomingMeetings";
    /** {@code calendly:invitees?op=list}; header event. */
    public static final String MEETING_INVITEES = "direct:meetingInvitees";
    /** {@code calendly:schedulingLinks?op=create}, single use; header owner (the event type). */
    public static final String SINGLE_USE_LINK = "direct:singleUseLink";
    /** {@code calendly:schedulingLinks?op=prefillUrl}; headers url, name, email. */
    public static final String PREFILLED_LINK = "direct:prefilledLink";
    /** {@code calendly:scheduledEvents?op=cancel}; header uri (the scheduled event). */
    public static final String CANCEL_MEETING = "direct:cancelMeeting";
    /** {@code calendly:webhookSubscriptions?op=list&scope=user}. */
    public static final String WEBHOOK_SUBSCRIPTIONS = "direct:webhookSubscriptions";

    /** The route that starts from Calendly: the webhook trigger or the polling consumer. */
    public static final String TRIGGER_ROUTE = "calendly-trigger";

    /** The events the webhook trigger asks for. */
    public static final String TRIGGER_EVENTS = "invitee.created,invitee.canceled";

    /** Placeholder: the public URL Calendly delivers to. */
    public static final String WEBHOOK_URL_PROPERTY = "calendly.webhook.url";
    /** Placeholder: the path the trigger serves. */
    public static final String WEBHOOK_PATH_PROPERTY = "calendly.webhook.path";
    /** Placeholder: the key deliveries are signed with. */
    public static final String SIGNING_KEY_PROPERTY = "calendly.webhook.signingKey";
    /** Placeholder: milliseconds between two polls. */
    public static final String POLL_DELAY_PROPERTY = "calendly.poll.delay";

    /** The logger the trigger routes write what they received to. */
    public static final String TRIGGER_LOG = "calendly.trigger";

    private ScenarioEndpoints() {
    }
}
