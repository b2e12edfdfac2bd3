package io.github.camelcalendly.polling;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A polling consumer stopped while the route processes an item of its batch, as camel-master stops it when the
 * instance loses the leadership: the item is processed to its end, not interrupted, and recorded, so the next leader
 * neither repeats it nor skips the items after it.
 */
class PollingStopDuringPollTest extends PollingTestSupport {

    private final MemoryStateRepository shared = new MemoryStateRepository();
    private final CountDownLatch firstItemInRoute = new CountDownLatch(1);
    private final CountDownLatch finishFirstItem = new CountDownLatch(1);
    private final AtomicBoolean interrupted = new AtomicBoolean();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("pollState", shared);
    }

    @Test
    void stoppingMidBatchLetsTheItemInProgressFinishAndRecordsIt() throws Exception {
        String uri = "calendly:scheduledEvents?op=list&stateRepository=#pollState&minStartTime="
                     + Instant.now().minus(ScheduledEventsWindow.LOOKBACK);
        List<String> listed = byChange(listNow(uri));
        assertThat(listed).as("seeded meetings in the window").hasSizeGreaterThan(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "&initialDelay=0&delay=600000").routeId(ROUTE)
                        .process(exchange -> holdTheFirstItem())
                        .to(ITEMS);
            }
        });
        CalendlyPollingConsumer consumer = consumerOf(context);
        assertThat(firstItemInRoute.await(30, TimeUnit.SECONDS)).as("the first item reached the route").isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> ServiceHelper.stopAndShutdownService(consumer));
        await().until(() -> consumer.isStopping() || stopped.isDone());
        assertThat(stopped).as("the stop waits for the item in progress").isNotDone();
        finishFirstItem.countDown();
        stopped.get(30, TimeUnit.SECONDS);

        assertThat(interrupted).as("the route's thread was interrupted").isFalse();
        assertThat(receivedUris(getMockEndpoint(ITEMS))).containsExactly(listed.get(0));
        Watermark saved = consumer.store().load();
        Map<String, Object> first = listNow(uri).stream().filter(i -> i.get("uri").equals(listed.get(0)))
                .findFirst().orElseThrow();
        assertThat(saved).isEqualTo(Watermark.START.after(ItemOrder.keyOf(first)));
    }

    private void holdTheFirstItem() {
        if (firstItemInRoute.getCount() == 0) {
            return;
        }
        firstItemInRoute.countDown();
        try {
            finishFirstItem.await();
        } catch (InterruptedException e) {
            interrupted.set(true);
            Thread.currentThread().interrupt();
        }
    }
}
