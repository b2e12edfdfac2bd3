package io.github.camelcalendly.examples.routes;

import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.AVAILABLE_TIMES;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.BOOK;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.CANCEL_MEETING;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.EVENT_TYPES;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.MEETING_INVITEES;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.PREFILLED_LINK;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.SINGLE_USE_LINK;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.UPCOMING_MEETINGS;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.WEBHOOK_SUBSCRIPTIONS;

import org.apache.camel.builder.RouteBuilder;

/**
 * The Calendly actions of the scenario in the Java DSL, one {@code direct:} route each; the same routes in YAML are
 * {@code routes/calendly-actions.camel.yaml}. Per-call values (which event type, which meeting) come as
 * {@code CamelCalendly.<option>} headers, writes take their body as the request body.
 */
public class CalendlyActionRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from(WEBHOOK_SUBSCRIPTIONS).routeId("list-webhook-subscriptions")
                .to("calendly:webhookSubscriptions?op=list&scope=user");

        from(EVENT_TYPES).routeId("list-event-types")
                .to("calendly:eventTypes?op=list&active=true&sort=name:asc");

        from(AVAILABLE_TIMES).routeId("list-available-times")
                .to("calendly:eventTypeAvailableTimes?op=list");

        from(BOOK).routeId("book-meeting")
                .to("calendly:invitees?op=create");

        from(UPCOMING_MEETINGS).routeId("list-upcoming-meetings")
                .to("calendly:scheduledEvents?op=list&sort=start_time:asc&maxResults=10");

        from(MEETING_INVITEES).routeId("list-meeting-invitees")
                .to("calendly:invitees?op=list&maxResults=5");

        from(SINGLE_USE_LINK).routeId("create-single-use-link")
                .to("calendly:schedulingLinks?op=create&maxEventCount=1&ownerType=EventType");

        from(PREFILLED_LINK).routeId("build-prefilled-link")
                .to("calendly:schedulingLinks?op=prefillUrl");

        from(CANCEL_MEETING).routeId("cancel-meeting")
                .to("calendly:scheduledEvents?op=cancel&reason=Cancelled by the camel-calendly example");
    }
}
