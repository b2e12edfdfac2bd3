package io.github.camelcalendly.benchmarks.ratelimit;

import java.util.ArrayList;
import java.util.List;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.Goal;
import io.github.camelcalendly.benchmarks.RunSettings;
import io.github.camelcalendly.benchmarks.Suite;
import io.github.camelcalendly.benchmarks.ratelimit.LoadRun.Side;

/**
 * Rate limiting: routes on one token against a server granting a fixed number of requests per window (429 beyond),
 * the component's routes beside plain camel-http ones: 8 routes in one Camel context, 3 contexts of 3 routes (each
 * with its own limiter, then sharing the window in PostgreSQL through rateLimitStore), and 8 routes with
 * requestsPerMinute set to the server's rate. Reports the 429s the server answered, the exchanges that failed at the
 * routes and the fraction of the server's allowance used.
 */
public final class RateLimitSuite implements Suite {

    static final String NAME = "ratelimit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Comparison> run(RunSettings settings) throws Exception {
        // full: 60 a 10 s window, 3 windows a run; smoke: 20 a 2 s window, 2 windows a run
        int limit = settings.smoke() ? 20 : 60;
        long windowMillis = settings.smoke() ? 2_000 : 10_000;
        int windows = settings.smoke() ? 2 : 3;
        int requestsPerMinute = (int) (limit * 60_000L / windowMillis);
        List<Comparison> rows = new ArrayList<>();
        try (FixedWindowServer server = new FixedWindowServer(limit, windowMillis)) {
            LoadRun run = new LoadRun(server, windowMillis, windows);
            String window = limit + " per " + windowMillis / 1000 + " s";

            String oneContext = "8 routes, 1 context, " + window;
            Load calendly = report(oneContext, run.run(Side.CALENDLY, 1, 8, 0));
            Load plain = report(oneContext + " (plain)", run.run(Side.PLAIN, 1, 8, 0));
            rows.add(row(oneContext + ": 429s at the server", calendly.refused(), plain.refused(),
                    Goal.atMost(0, "429s")));
            rows.add(row(oneContext + ": exchanges failed", calendly.failedExchanges(), plain.failedExchanges(),
                    Goal.atMost(0, "failed")));
            rows.add(row(oneContext + ": allowance used", calendly.allowanceUsed(), plain.allowanceUsed(),
                    Goal.atLeast(0.9, "of allowance")));

            String threeContexts = "3 contexts x 3 routes, " + window;
            calendly = report(threeContexts, run.run(Side.CALENDLY, 3, 3, 0));
            plain = report(threeContexts + " (plain)", run.run(Side.PLAIN, 3, 3, 0));
            rows.add(row(threeContexts + ": 429s at the server", calendly.refused(), plain.refused(), Goal.none()));
            rows.add(row(threeContexts + ": exchanges failed", calendly.failedExchanges(), plain.failedExchanges(),
                    Goal.atMost(0, "failed")));
            rows.add(row(threeContexts + ": allowance used", calendly.allowanceUsed(), plain.allowanceUsed(),
                    Goal.none()));

            // the same three contexts sharing the window in PostgreSQL (rateLimitStore), beside separate limiters
            Load separate = calendly;
            try (SharedWindowDatabase database = new SharedWindowDatabase()) {
                String table = database.nextTable();
                Load shared = report(threeContexts + " (shared window)",
                        run.run(Side.CALENDLY, 3, 3, 0, () -> database.store(table)));
                String sharedContexts = threeContexts + ", shared JDBC window";
                rows.add(row(sharedContexts + ": 429s at the server (A) vs separate limiters (B)", shared.refused(),
                        separate.refused(), Goal.atMost(0, "429s")));
                rows.add(row(sharedContexts + ": exchanges failed", shared.failedExchanges(),
                        plain.failedExchanges(), Goal.atMost(0, "failed")));
                rows.add(row(sharedContexts + ": allowance used", shared.allowanceUsed(), plain.allowanceUsed(),
                        Goal.none()));
            }

            String ceiling = "8 routes, requestsPerMinute=" + requestsPerMinute + ", " + window;
            calendly = report(ceiling, run.run(Side.CALENDLY, 1, 8, requestsPerMinute));
            plain = report(ceiling + " (plain)", run.run(Side.PLAIN, 1, 8, 0));
            rows.add(row(ceiling + ": 429s at the server", calendly.refused(), plain.refused(),
                    Goal.atMost(0, "429s")));
            rows.add(row(ceiling + ": exchanges failed", calendly.failedExchanges(), plain.failedExchanges(),
                    Goal.atMost(0, "failed")));
            rows.add(row(ceiling + ": allowance used", calendly.allowanceUsed(), plain.allowanceUsed(),
                    Goal.none()));
        }
        return rows;
    }

    private static Load report(String what, Load load) {
        System.out.println(what + ": " + load.refused() + " x 429, " + load.failedExchanges()
                + " failed exchanges, granted per window " + load.grantedPerWindow());
        return load;
    }

    private static Comparison row(String metric, double calendly, double plain, Goal goal) {
        return new Comparison(NAME, metric, calendly, plain, goal);
    }
}
