package io.github.camelcalendly.polling;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a polling consumer stops between two items rather than in the middle of one: a poll runs holding a lock, and
 * quiescing lets no new poll or item start, then waits (at most the CamelContext's shutdown timeout) for the poll in
 * progress to process and record its current item and end.
 */
final class PollQuiescence {

    private static final Logger LOG = LoggerFactory.getLogger(PollQuiescence.class);

    private final CamelContext camelContext;
    private final String operationId;
    private final ReentrantLock polling = new ReentrantLock();
    private volatile boolean quiescing;

    PollQuiescence(CamelContext camelContext, String operationId) {
        this.camelContext = camelContext;
        this.operationId = operationId;
    }

    /**
     * Runs {@code poll} unless quiescing began or {@code allowed} says no (both asked once the lock is held, so a
     * stop that began before this poll lists nothing).
     *
     * @return what the poll returned, or 0 when it did not run
     */
    int poll(BooleanSupplier allowed, Callable<Integer> poll) throws Exception {
        polling.lock();
        try {
            return allowed.getAsBoolean() && !quiescing ? poll.call() : 0;
        } finally {
            polling.unlock();
        }
    }

    /** Whether no new item may start. */
    boolean quiescing() {
        return quiescing;
    }

    /** Polls may run again (the consumer starts). */
    void resume() {
        quiescing = false;
    }

    /** Lets no new poll or item start, and waits for the item in progress to be processed and recorded. */
    void quiesce() {
        quiescing = true;
        long timeout = camelContext.getShutdownStrategy().getTimeout();
        TimeUnit unit = camelContext.getShutdownStrategy().getTimeUnit();
        boolean ended;
        try {
            ended = polling.tryLock(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        if (ended) {
            polling.unlock();
        } else {
            LOG.warn("Calendly {} polling still ran the route for an item when the wait for it ended (the shutdown"
                     + " timeout, {} {}, passed or the wait was interrupted); stopping it now, the next poll emits"
                     + " that item again", operationId, timeout, unit.name().toLowerCase(Locale.ROOT));
        }
    }
}
