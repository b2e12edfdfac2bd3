package io.github.camelcalendly.examples.app;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcalendly.examples.routes.ScenarioEndpoints;
import io.github.camelcalendly.examples.settings.ExampleSettings;

/**
 * The Camel Main properties of a run: the HTTP server the webhook trigger is served on and the placeholders the
 * routes read. The same properties serve the Java DSL on Camel Main and the YAML on KameletMain. The token is not
 * among them: {@link ConnectionWiring} hands it to the component directly.
 */
final class MainProperties {

    private MainProperties() {
    }

    static Map<String, String> of(ExampleSettings settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.main.name", "calendly-examples");
        // nothing here is managed over JMX; leaving it out saves start-up time
        properties.put("camel.main.jmxEnabled", "false");
        // a run that failed midway does not wait Camel's default 45 s for a delivery in flight
        properties.put("camel.main.shutdownTimeout", "10");
        // Camel would let an environment variable override a placeholder of the same name (CALENDLY_WEBHOOK_URL for
        // calendly.webhook.url); here the values below, worked out from those variables, come first
        properties.put("camel.component.properties.environmentVariableMode", "1");
        if (settings.webhook()) {
            properties.put("camel.server.enabled", "true");
            properties.put("camel.server.port", String.valueOf(settings.serverPort()));
            if (settings.sandbox()) {
                properties.put("camel.server.host", "localhost");
            }
            properties.put(ScenarioEndpoints.WEBHOOK_URL_PROPERTY, settings.webhookUrl());
            properties.put(ScenarioEndpoints.WEBHOOK_PATH_PROPERTY, settings.webhookPath());
            properties.put(ScenarioEndpoints.SIGNING_KEY_PROPERTY, settings.signingKey());
        } else {
            properties.put(ScenarioEndpoints.POLL_DELAY_PROPERTY, String.valueOf(settings.pollDelay().toMillis()));
        }
        return properties;
    }
}
