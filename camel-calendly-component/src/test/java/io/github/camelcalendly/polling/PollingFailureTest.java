package io.github.camelcalendly.polling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelExchangeException;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A route that fails an item: the poll stops at that item, fails so that Camel sees it, and the next poll retries
 * the item and goes on.
 */
class PollingFailureTest extends PollingTestSupport {

    private static final String LIST = "calendly:eventTypes?op=list";

    private final List<Throwable> rollbacks = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("recordingStrategy", new PollingConsumerPollStrategy() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
                return true;
            }

            @Override
            public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            }

            @Override
            public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
                rollbacks.add(cause);
                return false;
            }
        });
    }

    @Test
    void failedItemStopsThePollAndIsRetriedByTheNext() throws Exception {
        List<String> expected = byChange(listNow(LIST));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        String failing = expected.get(1);
        routeFailingOnce(LIST + "&startScheduler=false", failing);
        CalendlyPollingConsumer consumer = consumerOf(context);
        MockEndpoint items = getMockEndpoint(ITEMS);

        assertThatThrownBy(consumer::poll).isInstanceOf(CamelExchangeException.class)
                .hasMessageContaining(failing).hasRootCauseMessage("downstream system unavailable");
        assertThat(receivedUris(items)).containsExactly(expected.get(0));

        assertThat(consumer.poll()).isEqualTo(expected.size() - 1);
        assertThat(receivedUris(items)).containsExactlyElementsOf(expected);
        assertThat(attempts).containsExactlyElementsOf(
                concat(expected.subList(0, 2), expected.subList(1, expected.size())));
    }

    @Test
    void scheduledPollFailureReachesThePollStrategyAndIsRetried() throws Exception {
        List<String> expected = byChange(listNow(LIST));
        String failing = expected.get(0);
        routeFailingOnce(LIST + "&initialDelay=0&delay=50&pollStrategy=#recordingStrategy", failing);
        MockEndpoint items = getMockEndpoint(ITEMS);

        await().atMost(Duration.ofSeconds(20)).until(() -> items.getReceivedCounter() == expected.size());

        assertThat(receivedUris(items)).containsExactlyElementsOf(expected);
        assertThat(rollbacks).hasSize(1);
        assertThat(rollbacks.get(0)).isInstanceOf(CamelExchangeException.class).hasMessageContaining(failing);
    }

    /** from(uri) -> records the item -> fails {@code failing} the first time -> mock:items. */
    private void routeFailingOnce(String uri, String failing) throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE)
                        .process(e -> {
                            String item = (String) e.getMessage().getBody(Map.class).get("uri");
                            attempts.add(item);
                            if (item.equals(failing) && failed.compareAndSet(false, true)) {
                                throw new IllegalStateException("downstream system unavailable");
                            }
                        })
                        .to(ITEMS);
            }
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
