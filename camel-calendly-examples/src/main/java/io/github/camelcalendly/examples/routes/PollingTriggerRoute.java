package io.github.camelcalendly.examples.routes;

import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.POLL_DELAY_PROPERTY;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.TRIGGER_LOG;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.TRIGGER_ROUTE;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The trigger for runs without a public webhook URL, in the Java DSL
 * ({@code routes/calendly-polling-trigger.camel.yaml} in YAML): it lists the token's user's scheduled events from a
 * day back on every poll and emits each new or changed meeting once, so a booking arrives as an active meeting and
 * a cancellation as the same meeting turned canceled.
 */
public class PollingTriggerRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("calendly:scheduledEvents?op=list&initialDelay=0&delay={{" + POLL_DELAY_PROPERTY + "}}")
                .routeId(TRIGGER_ROUTE)
                .log(LoggingLevel.INFO, TRIGGER_LOG, "meeting ${body[status]}: ${body[name]} at ${body[start_time]}");
    }
}
