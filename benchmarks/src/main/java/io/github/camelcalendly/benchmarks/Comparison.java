package io.github.camelcalendly.benchmarks;

import java.util.Objects;

/**
 * One row of the results: a metric measured for the component (A) and for the plainest hand-written route (B), their
 * ratio A / B, and the goal it is held to.
 *
 * @param suite    the suite that measured it
 * @param metric   what was measured, with its unit, e.g. "users/me, 1 caller: median latency (us)"
 * @param calendly the component's figure; NaN when only the plain side applies
 * @param plain    the plain route's figure; NaN when only the component applies
 * @param goal     what the figure is held to
 */
public record Comparison(String suite, String metric, double calendly, double plain, Goal goal) {

    public Comparison {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(goal, "goal");
    }

    /** A / B, or NaN when either side is missing or B is zero. */
    public double ratio() {
        return Double.isNaN(calendly) || Double.isNaN(plain) || plain == 0 ? Double.NaN : calendly / plain;
    }

    /** Whether the goal is met; true when the row has no goal. */
    public boolean met() {
        return goal.isMetBy(this);
    }
}
