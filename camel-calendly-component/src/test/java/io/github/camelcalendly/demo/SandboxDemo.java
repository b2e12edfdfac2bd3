package io.github.camelcalendly.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * Runs Camel routes against the Calendly sandbox: one books the first free slot of an event type through the
 * Scheduling API, one lists the upcoming meetings page by page, one cancels a meeting. Run it with
 * {@code mvn -B -Pdemo test-compile} from the project root; no Calendly account or network is needed.
 */
public final class SandboxDemo {

    private SandboxDemo() {
    }

    public static void main(String[] args) throws Exception {
        try (CalendlySandbox sandbox = CalendlySandbox.start(); CamelContext camel = new DefaultCamelContext()) {
            CalendlyComponent component = camel.getComponent("calendly", CalendlyComponent.class);
            component.setAccessToken(sandbox.issueToken());
            component.setBaseUrl(sandbox.baseUrl());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:freeSlots")
                            .to("calendly:eventTypeAvailableTimes?op=list");
                    from("direct:book")
                            .to("calendly:invitees?op=create");
                    from("direct:upcoming")
                            .to("calendly:scheduledEvents?op=list&status=active&sort=start_time:asc&count=2");
                    from("direct:cancel")
                            .to("calendly:scheduledEvents?op=cancel&confirmDestructive=true&reason=Host is unavailable");
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            String eventType = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);

            Instant from = Instant.now().plus(1, ChronoUnit.HOURS);
            List<Map<String, Object>> slots = template.requestBodyAndHeaders("direct:freeSlots", null, Map.of(
                    CalendlyConstants.OPTION_HEADER_PREFIX + "eventType", eventType,
                    CalendlyConstants.OPTION_HEADER_PREFIX + "startTime", from.toString(),
                    CalendlyConstants.OPTION_HEADER_PREFIX + "endTime", from.plus(7, ChronoUnit.DAYS).toString()),
                    List.class);
            System.out.println("Intro Call has " + slots.size() + " free slots this week.");

            String[][] guests = {{"Mary Somerville", "mary@example.com"}, {"Emmy Noether", "emmy@example.com"},
                {"Hedy Lamarr", "hedy@example.com"}};
            for (int i = 0; i < guests.length; i++) {
                Map<String, Object> invitee = template.requestBody("direct:book", Map.of(
                        "event_type", eventType,
                        "start_time", slots.get(i * 2).get("start_time"),
                        "invitee", Map.of("name", guests[i][0], "email", guests[i][1], "timezone", "Europe/Paris")),
                        Map.class);
                System.out.println("Booked " + invitee.get("name") + " -> " + invitee.get("event"));
            }

            List<Map<String, Object>> events = template.requestBodyAndHeader("direct:upcoming", null,
                    CalendlyConstants.OPTION_HEADER_PREFIX + "minStartTime", Instant.now(), List.class);
            System.out.println("Upcoming meetings (" + events.size() + ", fetched two per page):");
            events.forEach(e -> System.out.println("  " + e.get("start_time") + "  " + e.get("name") + "  "
                    + e.get("uri")));

            Map<String, Object> cancellation = template.requestBodyAndHeader("direct:cancel", null,
                    CalendlyConstants.OPTION_HEADER_PREFIX + "uri", events.get(0).get("uri"), Map.class);
            System.out.println("Canceled the first one: " + cancellation);
            System.out.println("The sandbox raised " + sandbox.events().size() + " webhook events and answered "
                    + sandbox.wireMock().getAllServeEvents().size() + " requests.");
        }
    }
}
