package io.github.camelcalendly.examples.app;

import io.github.camelcalendly.examples.scenario.ScenarioReport;

/**
 * How a run ended: its exit code (0 when every step passed), what it did as far as it got, and the reason it
 * stopped early (null when it did not).
 *
 * @param exitCode 0, {@link #STEP_FAILED} or {@link #BAD_SETTINGS}
 * @param report   the scenario's report; null when the routes never ran
 * @param failure  the reason, for a failed run
 */
public record ScenarioOutcome(int exitCode, ScenarioReport report, String failure) {

    /** A step failed, or the routes did not start. */
    public static final int STEP_FAILED = 1;
    /** The settings were wrong; nothing ran. */
    public static final int BAD_SETTINGS = 2;

    public boolean succeeded() {
        return exitCode == 0;
    }
}
