package io.github.camelcalendly.benchmarks;

import java.util.function.Predicate;

/**
 * What a measured figure is held to: a bound on the ratio calendly / plain, a bound on the component's own figure,
 * or nothing (the figure is reported only).
 */
public final class Goal {

    private final String text;
    private final Predicate<Comparison> test;

    private Goal(String text, Predicate<Comparison> test) {
        this.text = text;
        this.test = test;
    }

    /** No goal: the figure is reported. */
    public static Goal none() {
        return new Goal("-", c -> true);
    }

    /** The ratio calendly / plain is at most {@code bound} (lower is better: latency, CPU, memory). */
    public static Goal ratioAtMost(double bound) {
        return new Goal("ratio <= " + bound, c -> c.ratio() <= bound);
    }

    /** The ratio calendly / plain is at least {@code bound} (higher is better: throughput). */
    public static Goal ratioAtLeast(double bound) {
        return new Goal("ratio >= " + bound, c -> c.ratio() >= bound);
    }

    /** The component's own figure is at most {@code bound}. */
    public static Goal atMost(double bound, String unit) {
        return new Goal("<= " + format(bound) + " " + unit, c -> c.calendly() <= bound);
    }

    /** The component's own figure is at least {@code bound}. */
    public static Goal atLeast(double bound, String unit) {
        return new Goal(">= " + format(bound) + " " + unit, c -> c.calendly() >= bound);
    }

    boolean isMetBy(Comparison comparison) {
        return test.test(comparison);
    }

    @Override
    public String toString() {
        return text;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
