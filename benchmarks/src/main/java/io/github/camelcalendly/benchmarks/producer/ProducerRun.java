package io.github.camelcalendly.benchmarks.producer;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One JMH run of {@link ProducerBenchmark} for one side, call and number of callers, in this JVM (no fork), against
 * the running {@link ProducerFixture}:
 * <ul>
 * <li>a latency run (sample-time mode, every call timed) gives the median and p99 latency and, from JMH's GC profiler,
 * the bytes allocated per call (the whole JVM's allocation, the responder's share included);</li>
 * <li>a throughput run gives calls per second and the process CPU time per call (the responder's share included),
 * the CPU time over the run divided by every call completed in it, warm-up included.</li>
 * </ul>
 */
final class ProducerRun {

    static {
        // JMH guards a machine-wide lock file against two benchmark processes at once; these runs stay in this JVM
        // one after the other, and the figures are side-by-side ratios from the same process, so the lock is skipped
        System.setProperty("jmh.ignoreLock", "true");
    }

    /** What a run measures. */
    enum Kind {
        LATENCY,
        THROUGHPUT
    }

    /** How long a run warms up and measures. */
    record Timing(long warmupMillis, long measureMillis) {
    }

    /**
     * The figures of one run; those the run's kind does not measure are NaN.
     *
     * @param medianMicros     median latency of a call, microseconds
     * @param p99Micros        99th percentile latency of a call, microseconds
     * @param allocatedBytes   bytes allocated per call, whole JVM
     * @param callsPerSecond   calls completed per second, all callers together
     * @param cpuMicrosPerCall process CPU time per call, microseconds
     */
    record Figures(double medianMicros, double p99Micros, double allocatedBytes, double callsPerSecond,
                   double cpuMicrosPerCall) {
    }

    private static final String GC_ALLOCATION = "gc.alloc.rate.norm";

    private ProducerRun() {
    }

    static Figures measure(Side side, Call call, int callers, Kind kind, Timing timing) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(ProducerBenchmark.class.getName() + ".call") + "$")
                .param("endpoint", call.endpoint(side))
                .forks(0)
                .threads(callers)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(timing.warmupMillis()))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(timing.measureMillis()))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        if (kind == Kind.LATENCY) {
            options.mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)
                    .addProfiler(GCProfiler.class);
            RunResult result = only(new Runner(options.build()).run());
            Result<?> latency = result.getPrimaryResult();
            Result<?> allocation = result.getSecondaryResults().get(GC_ALLOCATION);
            return new Figures(latency.getStatistics().getPercentile(50), latency.getStatistics().getPercentile(99),
                    allocation == null ? Double.NaN : allocation.getScore(), Double.NaN, Double.NaN);
        }
        options.mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ProducerBenchmark.resetCalls();
        long cpuBefore = os.getProcessCpuTime();
        RunResult result = only(new Runner(options.build()).run());
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long calls = ProducerBenchmark.calls();
        return new Figures(Double.NaN, Double.NaN, Double.NaN, result.getPrimaryResult().getScore(),
                calls == 0 ? Double.NaN : cpu / 1_000.0 / calls);
    }

    private static RunResult only(Collection<RunResult> results) {
        if (results.size() != 1) {
            throw new IllegalStateException("Expected one JMH result of ProducerBenchmark.call, got " + results.size()
                    + ": is the benchmark list generated (JMH's annotation processor)?");
        }
        return results.iterator().next();
    }
}
