package io.github.camelcalendly.examples.app;

import java.util.List;

import io.github.camelcalendly.examples.scenario.StartupClock;

/**
 * Runs the scenario with the Java DSL routes on Camel Main. Without {@code CALENDLY_ACCESS_TOKEN} it plays against
 * the embedded sandbox; see the module README for the variables of a run against Calendly.
 */
public final class JavaDslScenarioApp {

    private JavaDslScenarioApp() {
    }

    public static void main(String[] args) {
        StartupClock clock = StartupClock.ofThisJvm();
        System.exit(ScenarioApplication.launch(RoutesVariant.JAVA_DSL, List.of(args), System.getenv(), System.out,
                clock).exitCode());
    }
}
