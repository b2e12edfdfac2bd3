package io.github.camelcalendly.catalog.schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.BookingResult;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.camelcalendly.catalog.schema.SchemaValidation.json;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The payloads a calendly:webhook route gets from the sandbox's signed deliveries validate against the payload
 * schema of their event and against the trigger's output schema: bookings, cancellations, reschedules, no-shows and
 * event type changes, each raised in the sandbox and received by a real trigger route over HTTP.
 */
class WebhookTriggerOutputsTest extends CamelTestSupport {

    private static final String SIGNING_KEY = "schema-check-signing-key";
    private static final String PATH = "/calendly/webhook";
    private static final List<String> EVENTS = List.of("invitee.created", "invitee.canceled",
            "invitee_no_show.created", "invitee_no_show.deleted", "event_type.created", "event_type.updated",
            "event_type.deleted");

    private static CalendlySandbox sandbox;
    private static int port;

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start();
        port = AvailablePortFinder.getNextAvailable();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setAccessToken(sandbox.issueToken());
        component.setBaseUrl(sandbox.baseUrl());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("calendly:webhook?events=" + String.join(",", EVENTS) + "&signingKey=RAW(" + SIGNING_KEY
                        + ")&webhookPath=" + PATH + "&webhookAutoRegister=false").to("mock:payloads");
            }
        };
    }

    @Test
    void everyPayloadTheRouteGetsValidatesAgainstItsEventAndTheTrigger() {
        subscribe();
        String introCall = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        BookingResult booking = sandbox.book(Booking.of(introCall, null, "Mary Somerville", "mary@example.com"));
        BookingResult moved = sandbox.reschedule(booking.inviteeUri(), lastFreeSlot(introCall));
        sandbox.cancel(moved.inviteeUri(), "Travelling that week");
        Map<?, ?> noShow = template.requestBodyAndHeader("calendly:inviteeNoShows?op=create", null,
                "CamelCalendly.invitee", sandbox.book(Booking.of(introCall, null, "Ada Byron", "ada.b@example.com"))
                        .inviteeUri(), Map.class);
        template.requestBody("calendly:inviteeNoShows?op=delete&uri=" + noShow.get("uri"), (Object) null);
        Map<?, ?> eventType = template.requestBody("calendly:eventTypes?op=create", Map.of(
                "owner", sandbox.seeded().owner(), "name", "Webhook Schema Check", "duration", 30), Map.class);
        template.requestBody("calendly:eventTypes?op=update&uri=" + eventType.get("uri"),
                Map.of("name", "Webhook Schema Check (renamed)"));
        sandbox.deleteEventType((String) eventType.get("uri"));

        MockEndpoint payloads = getMockEndpoint("mock:payloads");
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedEvents(payloads).containsAll(EVENTS));

        for (Exchange exchange : payloads.getReceivedExchanges()) {
            String event = exchange.getMessage().getHeader(CalendlyConstants.EVENT, String.class);
            Object payload = exchange.getMessage().getBody();
            assertThat(problems(OutputSchemas.eventPayload(event), json(payload))).as("%s: %s", event, payload)
                    .isEmpty();
            assertThat(problems(OutputSchemas.of(OperationRegistry.find("webhook", "consumer").orElseThrow()),
                    json(payload))).as("trigger body of %s", event).isEmpty();
        }
    }

    @Test
    void aPayloadOfTheWrongEventDoesNotPassForAnother() {
        Map<?, ?> eventType = template.requestBody("calendly:eventTypes?op=get&uri="
                + sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, Map.class);

        assertThat(problems(OutputSchemas.eventPayload("invitee.created"), json(eventType))).isNotEmpty();
        assertThat(problems(OutputSchemas.eventPayload("event_type.updated"), json(eventType))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Instant lastFreeSlot(String eventType) {
        Instant from = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        List<Map<String, Object>> slots = template.requestBodyAndHeaders(
                "calendly:eventTypeAvailableTimes?op=list&eventType=" + eventType, null,
                Map.of("CamelCalendly.startTime", from, "CamelCalendly.endTime", from.plus(6, ChronoUnit.DAYS)),
                List.class);
        assertThat(slots).as("free slots").isNotEmpty();
        return Instant.parse((String) slots.get(slots.size() - 1).get("start_time"));
    }

    private void subscribe() {
        template.requestBody("calendly:webhookSubscriptions?op=create", Map.of(
                "url", "http://localhost:" + port + PATH, "events", EVENTS,
                "organization", sandbox.seeded().organization(), "scope", "organization",
                "signing_key", SIGNING_KEY));
    }

    private static List<String> receivedEvents(MockEndpoint payloads) {
        return payloads.getReceivedExchanges().stream()
                .map(exchange -> exchange.getMessage().getHeader(CalendlyConstants.EVENT, String.class))
                .toList();
    }
}
