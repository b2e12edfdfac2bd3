package io.github.camelcalendly.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.BookingResult;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every event family the sandbox raises reaches the route as its payload with the event headers, and Calendly (the
 * sandbox) records each delivery as answered 200.
 */
class WebhookDeliveryRouteTest extends WebhookTestSupport {

    private static final String EVENTS = "invitee.created,invitee.canceled,invitee_no_show.created,"
                                         + "invitee_no_show.deleted,event_type.created,event_type.updated,"
                                         + "event_type.deleted";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri(EVENTS)).to("mock:events");
            }
        };
    }

    @BeforeEach
    void subscribeTheRoute() throws Exception {
        subscribe(callbackUrl(PATH), EVENTS.split(","));
    }

    @Test
    void aBookingReachesTheRouteAsInviteeCreatedWithItsHeaders() {
        BookingResult booking = book("Mary Somerville", "mary@example.com");

        Exchange exchange = received("invitee.created", booking.inviteeUri());

        Map<String, Object> payload = payload(exchange);
        assertThat(payload).containsEntry("email", "mary@example.com").containsEntry("uri", booking.inviteeUri());
        assertThat(payload.get("scheduled_event")).isInstanceOf(Map.class);
        assertThat(exchange.getMessage().getHeader(CalendlyConstants.SCHEDULED_EVENT_URI))
                .isEqualTo(booking.eventUri());
        assertThat(exchange.getMessage().getHeader(CalendlyConstants.EVENT_CREATED_AT, String.class)).isNotBlank();
        assertThat(exchange.getMessage().getHeader(CalendlyConstants.EVENT_CREATED_BY, String.class))
                .startsWith(sandbox.baseUrl() + "/users/");
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(SignatureHeader.NAME);
        assertDeliveredWith200("invitee.created");
    }

    @Test
    void aCancellationReachesTheRouteAsInviteeCanceled() {
        BookingResult booking = book("Caroline Herschel", "caroline@example.com");
        sandbox.cancel(booking.inviteeUri(), "Observing comets");

        Exchange exchange = received("invitee.canceled", booking.inviteeUri());

        Map<String, Object> payload = payload(exchange);
        assertThat(payload).containsEntry("status", "canceled");
        assertThat((Map<String, Object>) payload.get("cancellation")).containsEntry("reason", "Observing comets");
        assertThat(exchange.getMessage().getHeader(CalendlyConstants.SCHEDULED_EVENT_URI))
                .isEqualTo(booking.eventUri());
        assertDeliveredWith200("invitee.canceled");
    }

    @Test
    void markingAndUnmarkingANoShowReachTheRouteAsBothNoShowEvents() throws Exception {
        BookingResult booking = book("Katherine Johnson", "katherine@example.com");
        JsonNode noShow = api("POST", "/invitee_no_shows", Map.of("invitee", booking.inviteeUri()));
        String noShowUri = noShow.path("resource").path("uri").asText();
        api("DELETE", "/invitee_no_shows/" + noShowUri.substring(noShowUri.lastIndexOf('/') + 1), null);

        Exchange marked = received("invitee_no_show.created", booking.inviteeUri());
        Exchange unmarked = received("invitee_no_show.deleted", booking.inviteeUri());

        assertThat((Map<String, Object>) payload(marked).get("no_show")).containsEntry("uri", noShowUri);
        assertThat(payload(unmarked).get("no_show")).isNull();
        assertThat(marked.getMessage().getHeader(CalendlyConstants.SCHEDULED_EVENT_URI)).isEqualTo(booking.eventUri());
        assertDeliveredWith200("invitee_no_show.created");
        assertDeliveredWith200("invitee_no_show.deleted");
    }

    @Test
    void creatingChangingAndDeletingAnEventTypeReachTheRouteAsEachChange() throws Exception {
        JsonNode created = api("POST", "/event_types", Map.of("name", "Webhook Route Check",
                "owner", sandbox.seeded().owner(), "duration", 30));
        String uri = created.path("resource").path("uri").asText();
        api("PATCH", "/event_types/" + uri.substring(uri.lastIndexOf('/') + 1), Map.of("name", "Renamed Check"));
        sandbox.deleteEventType(uri);

        assertThat(payload(received("event_type.created", uri))).containsEntry("name", "Webhook Route Check");
        assertThat(payload(received("event_type.updated", uri))).containsEntry("name", "Renamed Check");
        Exchange deleted = received("event_type.deleted", uri);
        assertThat(payload(deleted).get("deleted_at")).isNotNull();
        assertThat(deleted.getMessage().getHeader(CalendlyConstants.SCHEDULED_EVENT_URI)).isNull();
        assertDeliveredWith200("event_type.deleted");
    }

    @Test
    void aRescheduleReachesTheRouteAsACancellationAndABookingLinkedToEachOther() {
        BookingResult booking = book("Chien-Shiung Wu", "wu@example.com");
        Instant later = Instant.parse(booking.event().path("start_time").asText()).plus(Duration.ofDays(1));

        BookingResult moved = sandbox.reschedule(booking.inviteeUri(), later);

        Map<String, Object> canceled = payload(received("invitee.canceled", booking.inviteeUri()));
        Map<String, Object> created = payload(received("invitee.created", moved.inviteeUri()));
        assertThat(canceled).containsEntry("rescheduled", true).containsEntry("new_invitee", moved.inviteeUri());
        assertThat(created).containsEntry("old_invitee", booking.inviteeUri());
    }

    private static BookingResult book(String name, String email) {
        return sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, name, email));
    }

    /** Waits until the route got {@code event} about {@code resourceUri} and returns that exchange. */
    private Exchange received(String event, String resourceUri) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(event, resourceUri), e -> e != null);
    }

    private Exchange find(String event, String resourceUri) {
        List<Exchange> exchanges = getMockEndpoint("mock:events").getReceivedExchanges();
        return exchanges.stream()
                .filter(e -> event.equals(e.getMessage().getHeader(CalendlyConstants.EVENT))
                        && resourceUri.equals(e.getMessage().getHeader(CalendlyConstants.RESOURCE_URI)))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }

    private static void assertDeliveredWith200(String event) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sandbox.deliveries())
                .filteredOn(d -> d.event().equals(event) && d.callbackUrl().equals(callbackUrl(PATH)))
                .isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
                    assertThat(d.attempts()).last().satisfies(a -> assertThat(a.status()).isEqualTo(200));
                }));
    }
}
