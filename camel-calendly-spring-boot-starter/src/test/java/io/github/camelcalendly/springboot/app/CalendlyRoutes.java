package io.github.camelcalendly.springboot.app;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The application's routes: one calls a Calendly action, one is the webhook trigger, served on the Boot server's own
 * port through platform-http and registered with Calendly at start for the URL that port makes.
 */
@Component
public class CalendlyRoutes extends RouteBuilder {

    /** Where the trigger route hands each delivered event. */
    public static final String BOOKINGS = "mock:bookings";

    @Override
    public void configure() {
        from("direct:me").routeId("me")
                .to("calendly:users?op=me");

        from("calendly:webhook?events=invitee.created&signingKey=RAW({{calendly.webhook.signing-key}})"
             + "&webhookExternalUrl=http://localhost:{{local.server.port}}/calendly/webhook")
                .routeId("bookings")
                .to(BOOKINGS);
    }
}
