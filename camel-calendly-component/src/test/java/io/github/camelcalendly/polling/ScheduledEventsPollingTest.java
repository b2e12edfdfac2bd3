package io.github.camelcalendly.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.BookingResult;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code from("calendly:scheduledEvents?op=list")} against the sandbox: the first poll, new bookings, cancellations
 * and the default start-time window.
 */
class ScheduledEventsPollingTest extends PollingTestSupport {

    private static final String LIST = "calendly:scheduledEvents?op=list";

    @Test
    void firstPollEmitsExistingEventsOldestChangeFirst() throws Exception {
        String from = Instant.now().minus(Duration.ofDays(30)).toString();
        List<String> expected = byChange(listNow(LIST + "&minStartTime=" + from));
        CalendlyPollingConsumer consumer = pollingRoute(LIST + "&minStartTime=" + from);

        int emitted = consumer.poll();

        MockEndpoint items = getMockEndpoint(ITEMS);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
        assertThat(emitted).isEqualTo(expected.size());
        assertThat(receivedUris(items)).containsExactlyElementsOf(expected);
        assertThat(items.getReceivedExchanges().get(0).getMessage().getHeader(CalendlyConstants.RESOURCE_URI))
                .isEqualTo(expected.get(0));
        assertThat(consumer.poll()).as("nothing changed, nothing emitted").isZero();
        assertThat(items.getReceivedCounter()).isEqualTo(expected.size());
    }

    @Test
    void defaultWindowStartsOneDayBeforeEachPoll() throws Exception {
        CalendlyPollingConsumer consumer = pollingRoute(LIST);
        Instant before = Instant.now();
        consumer.poll();
        Instant after = Instant.now();

        List<ServeEvent> lists = sandbox.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/scheduled_events?")).toList();
        assertThat(lists).hasSize(1);
        Instant min = Instant.parse(lists.get(0).getRequest().queryParameter("min_start_time").firstValue());
        assertThat(min).isBetween(before.minus(ScheduledEventsWindow.LOOKBACK).minusSeconds(1),
                after.minus(ScheduledEventsWindow.LOOKBACK));
        // the upcoming seeded meetings are in the window; the emitted ones are exactly what that window lists
        List<String> expected = byChange(listNow(LIST + "&minStartTime=" + min));
        assertThat(receivedUris(getMockEndpoint(ITEMS))).containsExactlyElementsOf(expected).isNotEmpty();
    }

    @Test
    void pollLookbackWidensTheWindowIntoThePast() throws Exception {
        CalendlyPollingConsumer consumer = pollingRoute(LIST + "&pollLookback=7d");
        Instant before = Instant.now();
        consumer.poll();
        Instant after = Instant.now();

        Instant min = sandbox.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/scheduled_events?"))
                .map(e -> Instant.parse(e.getRequest().queryParameter("min_start_time").firstValue()))
                .findFirst().orElseThrow();
        assertThat(min).isBetween(before.minus(java.time.Duration.ofDays(7)).minusSeconds(1),
                after.minus(java.time.Duration.ofDays(7)));
    }

    @Test
    void newBookingIsEmittedOnceByTheScheduler() throws Exception {
        int existing = listNow(LIST + "&minStartTime=" + Instant.now().minus(ScheduledEventsWindow.LOOKBACK)).size();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(LIST + "&initialDelay=0&delay=50").routeId(ROUTE).to(ITEMS);
            }
        });
        MockEndpoint items = getMockEndpoint(ITEMS);
        await().atMost(Duration.ofSeconds(20)).until(() -> items.getReceivedCounter() == existing);

        BookingResult booking = bookIntroCall("Mary Somerville", "mary@example.com");

        await().atMost(Duration.ofSeconds(20)).until(() -> receivedUris(items).contains(booking.eventUri()));
        int listsSoFar = listRequests();
        await().atMost(Duration.ofSeconds(20)).until(() -> listRequests() >= listsSoFar + 3);
        assertThat(receivedUris(items)).hasSize(existing + 1).endsWith(booking.eventUri());
        assertNoDuplicates(receivedUris(items));
    }

    @Test
    void cancellationEmitsTheEventAgainAsCanceled() throws Exception {
        BookingResult booking = bookIntroCall("Caroline Herschel", "caroline@example.com");
        CalendlyPollingConsumer consumer = pollingRoute(LIST);
        int first = consumer.poll();
        MockEndpoint items = getMockEndpoint(ITEMS);
        assertThat(receivedUris(items)).contains(booking.eventUri());

        sandbox.cancel(booking.inviteeUri(), "Travelling that week");

        assertThat(consumer.poll()).isEqualTo(1);
        List<Map<String, Object>> bodies = receivedBodies(items);
        assertThat(bodies).hasSize(first + 1);
        Map<String, Object> last = bodies.get(first);
        assertThat(last).containsEntry("uri", booking.eventUri()).containsEntry("status", "canceled");
        assertThat(bodies.stream().filter(b -> booking.eventUri().equals(b.get("uri"))).map(b -> b.get("status")))
                .containsExactly("active", "canceled");
        assertThat(consumer.poll()).isZero();
    }

    private int listRequests() {
        return (int) sandbox.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/scheduled_events?")).count();
    }
}
