package io.github.camelcalendly.scaleout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * Watches the polls of several instances of one polling route, through each instance's {@code pollStrategy}: which
 * instance began each poll, in order, and the most polls that ran at the same moment.
 */
final class PollTracker {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<String> pollers = new ArrayList<>();

    /** The poll strategy of one instance. */
    PollingConsumerPollStrategy strategyOf(String instance) {
        return new PollingConsumerPollStrategy() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
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
