package io.github.camelcalendly.benchmarks.producer;

import java.io.PrintStream;
import java.time.Duration;

import io.github.camelcalendly.benchmarks.profile.ProfileSummary;

/**
 * Profiles the producer suite's calls (users/me, and the list of 10 pages of 100 events) on each side: after an
 * untimed warm-up, the calling thread makes the call over and over while JFR samples it, and the summary of each
 * side is printed: the top self frames and the top frames of our own code.
 */
public final class ProducerProfile {

    private static final Duration SAMPLING_PERIOD = Duration.ofMillis(10);
    private static final int TOP = 15;
    private static final String OWN_CODE = "io.github.camelcalendly.";

    private ProducerProfile() {
    }

    /**
     * Runs the profile and prints it to {@code out}.
     *
     * @param smoke a short run (1 s per side instead of 15 s) that only shows the profile works
     */
    public static void print(PrintStream out, boolean smoke) throws Exception {
        long warmUpMillis = smoke ? 500 : 5_000;
        long recordMillis = smoke ? 1_000 : 15_000;
        try (ProducerFixture fixture = ProducerFixture.start()) {
            for (Call call : Call.values()) {
                for (Side side : Side.values()) {
                    callFor(fixture, call, side, warmUpMillis);
                }
                for (Side side : Side.values()) {
                    ProfileSummary summary = ProfileSummary.record(() -> callFor(fixture, call, side, recordMillis),
                            SAMPLING_PERIOD, TOP, OWN_CODE);
                    out.println(summary.render(side.label() + " " + call.title() + ", profiled for " + recordMillis
                                               + " ms, sampled every " + SAMPLING_PERIOD.toMillis() + " ms"));
                }
            }
        }
    }

    private static void callFor(ProducerFixture fixture, Call call, Side side, long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) {
            fixture.call(call, side);
        }
    }
}
