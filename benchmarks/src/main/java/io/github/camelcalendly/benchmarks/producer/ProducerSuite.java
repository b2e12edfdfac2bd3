package io.github.camelcalendly.benchmarks.producer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.Goal;
import io.github.camelcalendly.benchmarks.RunSettings;
import io.github.camelcalendly.benchmarks.Suite;
import io.github.camelcalendly.benchmarks.producer.ProducerRun.Figures;
import io.github.camelcalendly.benchmarks.producer.ProducerRun.Kind;
import io.github.camelcalendly.benchmarks.producer.ProducerRun.Timing;

/**
 * Producer overhead: {@code calendly:users?op=me} and {@code calendly:scheduledEvents?op=list} (10 pages of 100
 * events) beside the plainest camel-http routes doing the same ({@link ProducerRoutes}), against one responder of
 * precomputed answers ({@link CalendlyAnswers}), with 1 and 8 concurrent callers.
 * <p>
 * Every measurement is a JMH run in this JVM ({@link ProducerRun}); the sides alternate A B, B A, A B... over
 * {@link RunSettings#rounds()} rounds, and each side's figure is the median over the rounds. Latency (median, p99) is
 * held to a ratio of at most 1.10, throughput to at least 0.91; allocation and CPU per call are reported.
 */
public final class ProducerSuite implements Suite {

    private static final int[] CALLERS = {1, 8};
    private static final Timing FULL = new Timing(250, 900);
    private static final Timing SMOKE = new Timing(100, 200);
    /** Untimed calls of each side before the first round of a full run, so the first round is not the JIT's. */
    private static final long WARM_UP_MILLIS_PER_CALL = 1_500;

    private volatile Map<Side, Long> lastServed = Map.of();

    @Override
    public String name() {
        return "producer";
    }

    @Override
    public List<Comparison> run(RunSettings settings) throws Exception {
        Timing timing = settings.smoke() ? SMOKE : FULL;
        RoundFigures figures = new RoundFigures();
        try (ProducerFixture fixture = ProducerFixture.start()) {
            if (!settings.smoke()) {
                warmUp(fixture);
            }
            for (int round = 0; round < settings.rounds(); round++) {
                long started = System.nanoTime();
                List<Side> order = round % 2 == 0 ? List.of(Side.CALENDLY, Side.PLAIN)
                        : List.of(Side.PLAIN, Side.CALENDLY);
                for (Call call : Call.values()) {
                    for (int callers : CALLERS) {
                        for (Kind kind : Kind.values()) {
                            for (Side side : order) {
                                record(figures, call, callers, side, ProducerRun.measure(side, call, callers, kind, timing));
                            }
                        }
                    }
                }
                System.out.printf("producer: round %d of %d done in %.1f s%n", round + 1, settings.rounds(),
                        (System.nanoTime() - started) / 1e9);
            }
            Map<Side, Long> served = new EnumMap<>(Side.class);
            for (Side side : Side.values()) {
                served.put(side, fixture.served(side));
            }
            lastServed = Map.copyOf(served);
        }
        return figures.rows(name());
    }

    /** How many requests each side sent to the responder during the last run. */
    public Map<Side, Long> lastServed() {
        return lastServed;
    }

    private static void record(RoundFigures figures, Call call, int callers, Side side, Figures f) {
        String prefix = call.title() + ", " + callers + (callers == 1 ? " caller: " : " callers: ");
        if (!Double.isNaN(f.medianMicros())) {
            figures.add(prefix + "median latency (us)", Goal.ratioAtMost(1.10), side, f.medianMicros());
            figures.add(prefix + "p99 latency (us)", Goal.ratioAtMost(1.10), side, f.p99Micros());
            if (callers == 1) {
                figures.add(prefix + "allocation per call (KB, whole JVM)", Goal.none(), side,
                        f.allocatedBytes() / 1024);
            }
        } else {
            figures.add(prefix + "throughput (calls/s)", Goal.ratioAtLeast(0.91), side, f.callsPerSecond());
            figures.add(prefix + "CPU per call (us, whole process)", Goal.none(), side, f.cpuMicrosPerCall());
        }
    }

    private static void warmUp(ProducerFixture fixture) {
        for (Call call : Call.values()) {
            for (Side side : Side.values()) {
                long until = System.nanoTime() + WARM_UP_MILLIS_PER_CALL * 1_000_000;
                while (System.nanoTime() < until) {
                    fixture.call(call, side);
                }
            }
        }
    }
}
