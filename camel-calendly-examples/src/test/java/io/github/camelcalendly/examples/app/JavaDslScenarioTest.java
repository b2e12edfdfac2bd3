package io.github.camelcalendly.examples.app;

/** The default scenario with the Java DSL routes on Camel Main. */
class JavaDslScenarioTest extends SandboxScenarioTestSupport {

    @Override
    RoutesVariant variant() {
        return RoutesVariant.JAVA_DSL;
    }
}
