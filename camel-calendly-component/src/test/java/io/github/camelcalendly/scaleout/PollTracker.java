package io.github.camelcalendly.scaleout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

import static org.awaitility.Awaitility.await;

/**
 * Watches the polls of several instances of one polling route, through each instance's {@code pollStrategy}: which
 * instance began each poll, in order, and the most polls that ran at the same moment. It can also hold every
 * instance's polls back for a while (Camel skips a poll whose strategy does not begin it).
 */
final class PollTracker {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<String> pollers = new ArrayList<>();
    private volatile boolean held;

    /** The poll strategy of one instance. */
    PollingConsumerPollStrategy strategyOf(String instance) {
        return new PollingConsumerPollStrategy() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
                if (held) {
                    return false;
                }
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                synchronized (pollers) {
                    pollers.add(instance);
                }
                return true;
            }

            @Override
            public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
                running.decrementAndGet();
            }

            @Override
            public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
                running.decrementAndGet();
                return false;
            }
        };
    }

    /** Lets no poll begin until {@link #release()}, and waits for the polls running now to end. */
    void holdAndAwaitIdle() {
        held = true;
        await().atMost(Duration.ofSeconds(60)).until(() -> running.get() == 0);
    }

    /** Lets polls begin again. */
    void release() {
        held = false;
    }

    /** The most polls that ran at one moment, over all instances. */
    int mostAtOnce() {
        return mostAtOnce.get();
    }

    /** The instances in the order they polled, each run of polls by one instance given once. */
    List<String> pollerSequence() {
        List<String> runs = new ArrayList<>();
        synchronized (pollers) {
            for (String instance : pollers) {
                if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(instance)) {
                    runs.add(instance);
                }
            }
        }
        return runs;
    }
}
