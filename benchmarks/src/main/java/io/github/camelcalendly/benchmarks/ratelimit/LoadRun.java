package io.github.camelcalendly.benchmarks.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.client.SharedRateWindow;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs routes against a {@link FixedWindowServer} for a number of its windows: each route is sent exchanges in a loop
 * by a thread of its own, in as many Camel contexts as asked, all on one token: each context with a limiter of its own,
 * or sharing Calendly's window through a store.
 */
final class LoadRun {

    private static final String TOKEN = "pat-ratelimit-benchmark";

    /** Which side's routes run. */
    enum Side {
        /** {@code calendly:users?op=me} */
        CALENDLY,
        /** {@code http:} with the bearer token set by the route */
        PLAIN
    }

    private final FixedWindowServer server;
    private final long windowMillis;
    private final int windows;

    LoadRun(FixedWindowServer server, long windowMillis, int windows) {
        this.server = server;
        this.windowMillis = windowMillis;
        this.windows = windows;
    }

    /**
     * Runs {@code routesPerContext} routes in each of {@code contexts} contexts for the measured windows.
     *
     * @param requestsPerMinute the calendly component's requestsPerMinute, 0 for none
     */
    Load run(Side side, int contexts, int routesPerContext, int requestsPerMinute) throws Exception {
        return run(side, contexts, routesPerContext, requestsPerMinute, () -> null);
    }

    /**
     * As above, each context's calendly component with a {@code rateLimitStore} from {@code stores} (null for none).
     */
    Load run(Side side, int contexts, int routesPerContext, int requestsPerMinute,
            Supplier<SharedRateWindow> stores) throws Exception {
        List<CamelContext> started = new ArrayList<>();
        List<Thread> loops = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        try {
            for (int c = 0; c < contexts; c++) {
                started.add(context(side, routesPerContext, requestsPerMinute, stores.get()));
            }
            server.restart();
            long endAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(windowMillis * windows);
            for (CamelContext context : started) {
                ProducerTemplate template = context.createProducerTemplate();
                for (int r = 0; r < routesPerContext; r++) {
                    String route = "direct:route" + r;
                    Thread loop = new Thread(() -> loop(template, route, endAt, failed::incrementAndGet),
                            "ratelimit-" + route.substring("direct:".length()));
                    loop.setDaemon(true);
                    loop.start();
                    loops.add(loop);
                }
            }
            for (Thread loop : loops) {
                loop.join();
            }
        } finally {
            for (CamelContext context : started) {
                context.stop();
            }
        }
        List<Long> granted = server.grantedPerWindow(windows);
        long total = granted.stream().mapToLong(Long::longValue).sum();
        return new Load(server.refusedIn(windows), failed.get(), granted,
                (double) total / ((long) server.limit() * windows));
    }

    private static void loop(ProducerTemplate template, String route, long endAt, Runnable onFailure) {
        while (System.nanoTime() < endAt) {
            Exchange exchange = template.send(route, e -> { });
            if (exchange.getException() != null) {
                onFailure.run();
            }
        }
    }

    private CamelContext context(Side side, int routes, int requestsPerMinute, SharedRateWindow store)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(5);
        if (side == Side.CALENDLY) {
            CalendlyComponent calendly = new CalendlyComponent();
            calendly.setRequestsPerMinute(requestsPerMinute);
            calendly.setRateLimitStore(store);
            context.addComponent("calendly", calendly);
        }
        String target = side == Side.CALENDLY
                ? "calendly:users?op=me&baseUrl=" + server.baseUrl() + "&accessToken=" + TOKEN
                : server.baseUrl() + "/users/me";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int r = 0; r < routes; r++) {
                    if (side == Side.CALENDLY) {
                        from("direct:route" + r).to(target);
                    } else {
                        from("direct:route" + r).setHeader("Authorization", constant("Bearer " + TOKEN)).to(target);
                    }
                }
            }
        });
        context.start();
        return context;
    }
}
