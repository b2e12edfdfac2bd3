package io.github.camelcalendly.examples.routes;

import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.SIGNING_KEY_PROPERTY;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.TRIGGER_EVENTS;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.TRIGGER_LOG;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.TRIGGER_ROUTE;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.WEBHOOK_PATH_PROPERTY;
import static io.github.camelcalendly.examples.routes.ScenarioEndpoints.WEBHOOK_URL_PROPERTY;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The webhook trigger in the Java DSL ({@code routes/calendly-webhook-trigger.camel.yaml} in YAML): it subscribes
 * its public URL to bookings and cancellations of the token's user when it starts, serves the path on Camel's HTTP
 * server, verifies each delivery's signature and logs the event. The subscription is removed when the route stops.
 */
public class WebhookTriggerRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("calendly:webhook?events=" + TRIGGER_EVENTS + "&scope=user"
                + "&signingKey=RAW({{" + SIGNING_KEY_PROPERTY + "}})"
                + "&webhookPath={{" + WEBHOOK_PATH_PROPERTY + "}}"
                + "&webhookExternalUrl={{" + WEBHOOK_URL_PROPERTY + "}}"
                + "&unregisterOnStop=true")
                .routeId(TRIGGER_ROUTE)
                .log(LoggingLevel.INFO, TRIGGER_LOG, "${header.CamelCalendlyEvent}: ${body[name]} <${body[email]}>,"
                        + " ${body[scheduled_event][name]} at ${body[scheduled_event][start_time]}");
    }
}
