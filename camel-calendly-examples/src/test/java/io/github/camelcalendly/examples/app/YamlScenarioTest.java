package io.github.camelcalendly.examples.app;

/** The default scenario with the YAML routes on KameletMain. */
class YamlScenarioTest extends SandboxScenarioTestSupport {

    @Override
    RoutesVariant variant() {
        return RoutesVariant.YAML;
    }
}
