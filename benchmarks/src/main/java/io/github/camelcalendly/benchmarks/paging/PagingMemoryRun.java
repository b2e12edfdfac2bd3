package io.github.camelcalendly.benchmarks.paging;

import java.util.concurrent.atomic.AtomicReference;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.benchmarks.responder.PrecomputedResponder;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The child JVM of the paging suite: serves a collection of scheduled events from precomputed pages in this JVM,
 * reads it through one {@link Lister}'s route, and prints one line for the parent ({@link PagingResult#LINE_PREFIX}
 * followed by {@code key=value} pairs). A run that ran out of heap reports {@code outcome=oom} and how many pages were
 * served before; any other failure ends the JVM with a non-zero status.
 * <p>
 * Arguments: the lister ({@code calendly-streaming}, {@code plain-page-loop} or {@code calendly-list}), the item
 * count (a multiple of 100), and how many items apart the heap checkpoints are.
 */
public final class PagingMemoryRun {

    private static final long SHUTDOWN_TIMEOUT_SECONDS = 2;

    private PagingMemoryRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("Expected 3 arguments: lister, item count, checkpoint interval;"
                    + " got " + args.length);
        }
        Lister lister = Lister.of(args[0]);
        int items = Integer.parseInt(args[1]);
        long every = Long.parseLong(args[2]);
        System.out.println(run(lister, items, every).line());
        System.out.flush();
        // the responder's and Camel's threads are closed; exit even should a stray non-daemon thread remain
        System.exit(0);
    }

    static PagingResult run(Lister lister, int items, long every) throws Exception {
        AtomicReference<ScheduledEventPages> pages = new AtomicReference<>();
        try (PrecomputedResponder responder = PrecomputedResponder.start(request -> pages.get().answer(request))) {
            pages.set(ScheduledEventPages.build(responder.baseUrl(), items));
            HeapCheckpoints checkpoints = new HeapCheckpoints(every);
            try (DefaultCamelContext context = new DefaultCamelContext()) {
                CalendlyComponent calendly = context.getComponent("calendly", CalendlyComponent.class);
                calendly.setAccessToken(PagingRoutes.TOKEN);
                calendly.setBaseUrl(responder.baseUrl());
                context.addRoutes(new PagingRoutes(responder.baseUrl(), checkpoints));
                // an exchange that ran out of heap is never completed: do not wait the default 45 s for it at close
                context.getShutdownStrategy().setTimeout(SHUTDOWN_TIMEOUT_SECONDS);
                context.start();
                long baseline = checkpoints.usedAfterGc();
                String outcome = read(context.createProducerTemplate(), lister);
                return new PagingResult(lister.id(), items, outcome, checkpoints.items(), checkpoints.checkpoints(),
                        checkpoints.peakBytes(), baseline, responder.served(200));
            }
        }
    }

    /** Runs the lister's route; "ok", or "oom" when the heap ran out. */
    private static String read(ProducerTemplate template, Lister lister) {
        Exchange exchange;
        try {
            exchange = template.send("direct:" + lister.id(), e -> e.getMessage().setBody(null));
        } catch (RuntimeException | OutOfMemoryError e) {
            if (causedByOutOfMemory(e)) {
                return PagingResult.OUT_OF_MEMORY;
            }
            throw e;
        }
        Exception failure = exchange.getException();
        if (failure == null) {
            return PagingResult.OK;
        }
        if (causedByOutOfMemory(failure)) {
            return PagingResult.OUT_OF_MEMORY;
        }
        throw new IllegalStateException("The " + lister.id() + " route failed", failure);
    }

    private static boolean causedByOutOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
