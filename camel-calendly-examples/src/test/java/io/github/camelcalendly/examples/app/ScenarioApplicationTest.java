package io.github.camelcalendly.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.camelcalendly.examples.CapturedConsole;
import io.github.camelcalendly.examples.scenario.StartupClock;
import io.github.camelcalendly.examples.settings.SettingsReader;

/** How the application reports a Calendly that never came up. */
class ScenarioApplicationTest {

    @Test
    void aSandboxThatCannotStartFailsTheRunWithItsOwnReason() {
        CapturedConsole console = new CapturedConsole();

        ScenarioOutcome outcome = ScenarioApplication.run(SettingsReader.read(Map.of(), List.of()),
                RoutesVariant.JAVA_DSL, () -> {
                    throw new IllegalStateException("port 8089 is already in use");
                }, console.out(), StartupClock.ofThisJvm());

        assertThat(outcome.exitCode()).isEqualTo(ScenarioOutcome.STEP_FAILED);
        assertThat(outcome.failure()).isEqualTo("Calendly could not be started: port 8089 is already in use");
        assertThat(outcome.report()).isNull();
        assertThat(console.text()).contains("FAILED: Calendly could not be started").doesNotContain("[1/8]");
    }
}
