package io.github.camelcalendly.benchmarks.startup;

import java.util.ArrayList;
import java.util.List;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.Goal;
import io.github.camelcalendly.benchmarks.RunSettings;
import io.github.camelcalendly.benchmarks.Suite;
import io.github.camelcalendly.benchmarks.responder.PrecomputedResponder;
import io.github.camelcalendly.benchmarks.responder.PrecomputedResponder.Answer;

/**
 * Start-up: the time from starting a JVM to its first completed action, a users/me call, for a minimal Camel Main
 * application ({@link StartupApp}) using {@code calendly:users?op=me} and for the same application using plain
 * camel-http. The answer comes from a {@link PrecomputedResponder} in this JVM. Five child JVMs a side (one in a
 * smoke run), the sides alternating; the figure is the median.
 */
public final class StartupSuite implements Suite {

    static final String USER_URI = "https://api.calendly.com/users/BENCHUSER0000000";

    private static final String USERS_ME = "/users/me";
    private static final Answer ME = Answer.json(200, "{\"resource\":{\"uri\":\"" + USER_URI + "\","
            + "\"name\":\"Benchmark Owner\",\"slug\":\"benchmark-owner\",\"email\":\"owner@example.com\","
            + "\"scheduling_url\":\"https://calendly.com/benchmark-owner\",\"timezone\":\"Europe/Berlin\","
            + "\"avatar_url\":null,\"created_at\":\"2026-01-01T00:00:00.000000Z\","
            + "\"updated_at\":\"2026-01-01T00:00:00.000000Z\","
            + "\"current_organization\":\"https://api.calendly.com/organizations/BENCHORG0000000\","
            + "\"resource_type\":\"User\",\"locale\":\"en\"}}");
    private static final Answer NOT_FOUND = Answer.json(404, "{\"title\":\"Resource Not Found\","
            + "\"message\":\"The benchmark serves " + USERS_ME + " only\"}");

    private volatile StartupRun lastRun;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<Comparison> run(RunSettings settings) throws Exception {
        int jvms = settings.smoke() ? 1 : 5;
        List<StartupResult> results = new ArrayList<>();
        List<Double> calendly = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        try (PrecomputedResponder responder = PrecomputedResponder.start(
                request -> USERS_ME.equals(request.path()) ? ME : NOT_FOUND)) {
            for (int i = 0; i < jvms; i++) {
                List<String> order = i % 2 == 0 ? List.of("calendly", "plain") : List.of("plain", "calendly");
                for (String side : order) {
                    StartupResult result = StartupChild.run(side, responder.baseUrl());
                    if (!USER_URI.equals(result.user())) {
                        throw new IllegalStateException("The " + side + " start-up child got user " + result.user()
                                + " from users/me, not " + USER_URI);
                    }
                    System.out.printf("   %s: first call done %.0f ms after the process started (JVM uptime %d ms)%n",
                            side, result.millisToFirst(), result.uptimeMillis());
                    results.add(result);
                    (side.equals("calendly") ? calendly : plain).add(result.millisToFirst());
                }
            }
            lastRun = new StartupRun(List.copyOf(results), responder.served(200), responder.served(404));
        }
        String metric = "start to first completed users/me call, median of " + jvms + " JVM" + (jvms == 1 ? "" : "s")
                + " (ms)";
        double calendlyMedian = median(calendly);
        double plainMedian = median(plain);
        return List.of(
                new Comparison(name(), metric, calendlyMedian, plainMedian, Goal.atMost(3000, "ms")),
                new Comparison(name(), metric + ", calendly / plain", calendlyMedian, plainMedian,
                        Goal.ratioAtMost(1.2)));
    }

    /** The child JVMs of the last run and what the responder answered them; null before a run. */
    StartupRun lastRun() {
        return lastRun;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * One run of the suite.
     *
     * @param results    every child JVM, in the order they ran
     * @param usersMe    how many users/me calls the responder answered
     * @param notFound   how many requests for anything else it answered with 404
     */
    record StartupRun(List<StartupResult> results, long usersMe, long notFound) {
    }
}
