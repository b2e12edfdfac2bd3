package io.github.camelcalendly.benchmarks;

/**
 * How long the suites measure.
 *
 * @param smoke  a short run that checks the harness works (what {@code mvn verify} runs); its figures mean nothing
 * @param rounds how many alternating rounds of A and B a comparison runs
 */
public record RunSettings(boolean smoke, int rounds) {

    public static RunSettings full() {
        return new RunSettings(false, 8);
    }

    public static RunSettings smokeRun() {
        return new RunSettings(true, 2);
    }
}
