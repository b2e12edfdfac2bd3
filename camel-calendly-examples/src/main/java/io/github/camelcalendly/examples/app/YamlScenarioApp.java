package io.github.camelcalendly.examples.app;

import java.util.List;

import io.github.camelcalendly.examples.scenario.StartupClock;

/**
 * Runs the scenario with the YAML routes under {@code routes/} on KameletMain, the engine behind Camel JBang.
 * Without {@code CALENDLY_ACCESS_TOKEN} it plays against the embedded sandbox.
 */
public final class YamlScenarioApp {

    private YamlScenarioApp() {
    }

    public static void main(String[] args) {
        StartupClock clock = StartupClock.ofThisJvm();
        System.exit(ScenarioApplication.launch(RoutesVariant.YAML, List.of(args), System.getenv(), System.out,
                clock).exitCode());
    }
}
