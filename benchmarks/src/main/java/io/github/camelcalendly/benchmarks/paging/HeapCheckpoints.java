package io.github.camelcalendly.benchmarks.paging;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The step each listed item goes through: it counts the items and, every {@code every} items, collects the garbage
 * and reads the heap in use, keeping the highest figure. What is left after a full collection is what the route
 * holds at that moment (the page being read, the iterator, the exchange), not garbage awaiting collection. Used by
 * one route at a time, on the route's thread.
 */
final class HeapCheckpoints implements Processor {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long every;
    private long items;
    private long checkpoints;
    private long peakBytes;

    HeapCheckpoints(long every) {
        if (every < 1) {
            throw new IllegalArgumentException("Checkpoints must be at least 1 item apart, got " + every);
        }
        this.every = every;
    }

    @Override
    public void process(Exchange exchange) {
        items++;
        if (items % every == 0) {
            peakBytes = Math.max(peakBytes, usedAfterGc());
            checkpoints++;
        }
    }

    /** The heap in use right after a full collection, in bytes. */
    long usedAfterGc() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    long items() {
        return items;
    }

    long checkpoints() {
        return checkpoints;
    }

    long peakBytes() {
        return peakBytes;
    }
}
