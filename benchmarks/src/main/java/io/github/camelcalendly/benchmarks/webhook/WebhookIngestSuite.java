package io.github.camelcalendly.benchmarks.webhook;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.Goal;
import io.github.camelcalendly.benchmarks.RunSettings;
import io.github.camelcalendly.benchmarks.Suite;

/**
 * Webhook ingest: {@code calendly:webhook} (signature verification and deduplication, no registration) beside a plain
 * platform-http route that only unmarshals the JSON, both on one Vert.x platform-http server in one Camel context.
 * The JDK HTTP client keeps 1, 8 and 32 signed deliveries in flight on loopback, every one a new event; the two sides
 * take turns in alternating rounds (A B, B A, ...), each round with requests signed just before it. Per number in
 * flight it reports the median throughput of the rounds, the 99th percentile latency over all of them, and the
 * errors: answers that were not 2xx, failed requests, and deliveries whose route did not run.
 */
public final class WebhookIngestSuite implements Suite {

    /** The signing key of the benchmark's deliveries; it protects nothing but this local run. */
    static final String SIGNING_KEY = "benchmark-signing-key-7c41e9";

    static final int[] IN_FLIGHT = {1, 8, 32};

    private volatile DeliveryTally lastTally;

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public List<Comparison> run(RunSettings settings) throws Exception {
        Plan plan = settings.smoke() ? Plan.SMOKE : Plan.FULL;
        List<Comparison> rows = new ArrayList<>();
        SignedDeliveries deliveries = new SignedDeliveries(SIGNING_KEY);
        InFlightLoad load = new InFlightLoad();
        try (IngestServer server = IngestServer.start(SIGNING_KEY)) {
            Side calendly = new Side(server.calendlyUri(), deliveries, load);
            Side plain = new Side(server.plainUri(), deliveries, load);
            calendly.burst(plan.warmup, 8);
            plain.burst(plan.warmup, 8);
            for (int inFlight : IN_FLIGHT) {
                int requests = plan.requests(inFlight);
                calendly.burst(requests / 2, inFlight);
                plain.burst(requests / 2, inFlight);
                long calendlyRunBefore = server.calendlyDeliveries();
                long plainRunBefore = server.plainDeliveries();
                List<LoadResult> calendlyRounds = new ArrayList<>();
                List<LoadResult> plainRounds = new ArrayList<>();
                for (int round = 0; round < settings.rounds(); round++) {
                    if (round % 2 == 0) {
                        calendlyRounds.add(calendly.burst(requests, inFlight));
                        plainRounds.add(plain.burst(requests, inFlight));
                    } else {
                        plainRounds.add(plain.burst(requests, inFlight));
                        calendlyRounds.add(calendly.burst(requests, inFlight));
                    }
                }
                long sentPerSide = (long) requests * settings.rounds();
                long calendlyNotRun = sentPerSide - (server.calendlyDeliveries() - calendlyRunBefore);
                long plainNotRun = sentPerSide - (server.plainDeliveries() - plainRunBefore);
                String prefix = inFlight + " in flight: ";
                rows.add(new Comparison(name(), prefix + "throughput (req/s)", medianThroughput(calendlyRounds),
                        medianThroughput(plainRounds), Goal.ratioAtLeast(0.85)));
                rows.add(new Comparison(name(), prefix + "p99 latency (ms)",
                        LoadResult.quantileMillis(calendlyRounds, 0.99), LoadResult.quantileMillis(plainRounds, 0.99),
                        Goal.none()));
                rows.add(new Comparison(name(), prefix + "errors (non-2xx, failed, route not run)",
                        errors(calendlyRounds) + calendlyNotRun, errors(plainRounds) + plainNotRun,
                        Goal.atMost(0, "errors")));
            }
            lastTally = new DeliveryTally(calendly.sent(), server.calendlyDeliveries(), plain.sent(),
                    server.plainDeliveries());
        }
        return rows;
    }

    /** How many deliveries the last run sent to each route and how many each route ran for; null before a run. */
    DeliveryTally lastTally() {
        return lastTally;
    }

    private static double medianThroughput(List<LoadResult> rounds) {
        double[] values = rounds.stream().mapToDouble(LoadResult::throughput).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static long errors(List<LoadResult> rounds) {
        return rounds.stream().mapToLong(LoadResult::errors).sum();
    }

    /** How many requests a round sends per number in flight, and how many warm each side up first. */
    private record Plan(int warmup, int oneInFlight, int eightInFlight, int manyInFlight) {

        static final Plan FULL = new Plan(4000, 600, 1500, 2500);
        static final Plan SMOKE = new Plan(200, 60, 120, 160);

        int requests(int inFlight) {
            return inFlight == 1 ? oneInFlight : inFlight <= 8 ? eightInFlight : manyInFlight;
        }
    }

    /** One route under load: new signed deliveries to its URI for every burst, counted. */
    private static final class Side {

        private final URI target;
        private final SignedDeliveries deliveries;
        private final InFlightLoad load;
        private long sent;

        Side(URI target, SignedDeliveries deliveries, InFlightLoad load) {
            this.target = target;
            this.deliveries = deliveries;
            this.load = load;
        }

        LoadResult burst(int requests, int inFlight) throws InterruptedException {
            LoadResult result = load.send(deliveries.next(target, requests), inFlight);
            sent += requests;
            return result;
        }

        long sent() {
            return sent;
        }
    }

    /**
     * What a whole run (warm-up included) sent to each route and how many deliveries each route ran for.
     */
    record DeliveryTally(long calendlySent, long calendlyRun, long plainSent, long plainRun) {
    }
}
