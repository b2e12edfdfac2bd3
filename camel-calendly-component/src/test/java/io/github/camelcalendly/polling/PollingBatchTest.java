package io.github.camelcalendly.polling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelcalendly.CalendlyValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A poll is a batch: each exchange says where it stands in its poll's batch, and {@code maxMessagesPerPoll} cuts a
 * poll short, leaving the rest, oldest change first, to the next poll.
 */
class PollingBatchTest extends PollingTestSupport {

    private static final String LIST = "calendly:eventTypes?op=list";

    @Test
    void eachExchangeCarriesItsIndexTheBatchSizeAndWhetherItIsTheLast() throws Exception {
        List<String> expected = byChange(listNow(LIST));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        CalendlyPollingConsumer consumer = pollingRoute(LIST);

        assertThat(consumer.poll()).isEqualTo(expected.size());

        MockEndpoint items = getMockEndpoint(ITEMS);
        assertThat(receivedUris(items)).containsExactlyElementsOf(expected);
        assertThat(batchPlaces(items)).containsExactlyElementsOf(places(expected.size()));
    }

    @Test
    void maxMessagesPerPollLeavesTheRestForTheNextPollWhichAlsoEmitsWhatChangedMeanwhile() throws Exception {
        List<String> expected = byChange(listNow(LIST));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        int limit = expected.size() - 1;
        CalendlyPollingConsumer consumer = pollingRoute(LIST + "&maxMessagesPerPoll=" + limit);
        MockEndpoint items = getMockEndpoint(ITEMS);

        assertThat(consumer.poll()).isEqualTo(limit);
        assertThat(receivedUris(items)).containsExactlyElementsOf(expected.subList(0, limit));
        assertThat(batchPlaces(items)).containsExactlyElementsOf(places(limit));

        String created = createEventType("Batch Review");
        assertThat(consumer.poll()).isEqualTo(2);
        assertThat(consumer.poll()).isZero();

        List<String> all = new ArrayList<>(expected);
        all.add(created);
        assertThat(receivedUris(items)).containsExactlyElementsOf(all);
        assertThat(batchPlaces(items).subList(limit, limit + 2)).containsExactly("0 of 2", "1 of 2, complete");
    }

    @Test
    void aFailedItemInALimitedBatchIsRetriedFirstByTheNextPoll() throws Exception {
        List<String> expected = byChange(listNow(LIST));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        String failing = expected.get(1);
        List<String> attempts = new CopyOnWriteArrayList<>();
        AtomicBoolean failed = new AtomicBoolean();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(LIST + "&maxMessagesPerPoll=2&startScheduler=false").routeId(ROUTE)
                        .process(e -> {
                            String uri = (String) e.getMessage().getBody(Map.class).get("uri");
                            attempts.add(uri);
                            if (uri.equals(failing) && failed.compareAndSet(false, true)) {
                                throw new IllegalStateException("downstream system unavailable");
                            }
                        })
                        .to(ITEMS);
            }
        });
        CalendlyPollingConsumer consumer = consumerOf(context);

        assertThatThrownBy(consumer::poll).hasMessageContaining(failing);
        assertThat(consumer.poll()).isEqualTo(2);

        assertThat(attempts.subList(0, 4)).containsExactly(expected.get(0), failing, failing, expected.get(2));
        assertThat(receivedUris(getMockEndpoint(ITEMS))).containsExactlyElementsOf(expected.subList(0, 3));
    }

    @Test
    void anAggregatorCompletesOnceForEachPollWithCompletionFromBatchConsumer() throws Exception {
        List<String> expected = byChange(listNow(LIST));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(LIST + "&maxMessagesPerPoll=2&startScheduler=false").routeId(ROUTE)
                        .transform(simple("${body[uri]}"))
                        .aggregate(constant(true), AggregationStrategies.groupedBody()).completionFromBatchConsumer()
                        .to("mock:polls");
            }
        });
        CalendlyPollingConsumer consumer = consumerOf(context);
        MockEndpoint polls = getMockEndpoint("mock:polls");
        polls.expectedMessageCount(2);

        consumer.poll();
        consumer.poll();

        polls.assertIsSatisfied();
        assertThat(polls.getReceivedExchanges()).map(e -> List.copyOf(e.getMessage().getBody(List.class)))
                .containsExactly(expected.subList(0, 2), expected.subList(2, Math.min(4, expected.size())));
    }

    @Test
    void aNegativeMaxMessagesPerPollIsRefusedWhenTheRouteIsBuilt() {
        assertThatThrownBy(() -> pollingRoute(LIST + "&maxMessagesPerPoll=-1"))
                .rootCause().isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("maxMessagesPerPoll").hasMessageContaining("-1");
    }

    private String createEventType(String name) {
        Exchange created = template.request("calendly:eventTypes?op=create", e -> e.getMessage().setBody(Map.of(
                "owner", sandbox.seeded().owner(), "name", name, "duration", 30)));
        assertThat(created.getException()).isNull();
        return (String) created.getMessage().getBody(Map.class).get("uri");
    }

    /** Where each received exchange stood in its batch: "index of size", with ", complete" on the last one. */
    private static List<String> batchPlaces(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getProperty(Exchange.BATCH_INDEX) + " of " + e.getProperty(Exchange.BATCH_SIZE)
                          + (Boolean.TRUE.equals(e.getProperty(Exchange.BATCH_COMPLETE)) ? ", complete" : ""))
                .toList();
    }

    /** The places of a whole batch of {@code size} exchanges. */
    private static List<String> places(int size) {
        List<String> places = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            places.add(index + " of " + size + (index == size - 1 ? ", complete" : ""));
        }
        return places;
    }
}
