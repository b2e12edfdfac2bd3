package io.github.camelcalendly.benchmarks.producer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.Goal;

/**
 * The figures of every round, by metric and side, and the rows they make: each side's figure is the median of its
 * rounds. Metrics keep the order they were first recorded in.
 */
final class RoundFigures {

    private record Metric(Goal goal, Map<Side, List<Double>> values) {
    }

    private final Map<String, Metric> metrics = new LinkedHashMap<>();

    /** Records one round's {@code value} of {@code metric} for {@code side}; NaN (not measured) is left out. */
    void add(String metric, Goal goal, Side side, double value) {
        Metric entry = metrics.computeIfAbsent(metric, m -> {
            Map<Side, List<Double>> values = new EnumMap<>(Side.class);
            for (Side s : Side.values()) {
                values.put(s, new ArrayList<>());
            }
            return new Metric(goal, values);
        });
        if (!Double.isNaN(value)) {
            entry.values().get(side).add(value);
        }
    }

    /** One row per metric, each side's figure the median over its rounds. */
    List<Comparison> rows(String suite) {
        List<Comparison> rows = new ArrayList<>();
        metrics.forEach((name, metric) -> rows.add(new Comparison(suite, name,
                median(metric.values().get(Side.CALENDLY)), median(metric.values().get(Side.PLAIN)), metric.goal())));
        return rows;
    }

    /** The median of {@code values}; NaN for none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
