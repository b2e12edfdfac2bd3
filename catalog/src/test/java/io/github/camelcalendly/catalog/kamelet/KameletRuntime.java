package io.github.camelcalendly.catalog.kamelet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;

/**
 * A Camel Main application running YAML DSL routes from a file, as Camel Main and JBang load them. The routes use the
 * Kamelets through the kamelet component, which finds them on the classpath in {@code kamelets/}.
 */
public final class KameletRuntime implements AutoCloseable {

    private final Main main;

    private KameletRuntime(Main main) {
        this.main = main;
    }

    /**
     * Writes {@code routes} to {@code folder} and starts Camel Main on them with {@code properties} (placeholders the
     * routes read, and Camel Main settings such as the HTTP server's).
     */
    public static KameletRuntime start(Path folder, String routes, Map<String, String> properties) throws IOException {
        Path file = folder.resolve("routes.camel.yaml");
        Files.writeString(file, routes, StandardCharsets.UTF_8);
        Main main = new Main();
        main.addInitialProperty("camel.main.name", "kamelet-run-test");
        main.addInitialProperty("camel.main.jmxEnabled", "false");
        main.addInitialProperty("camel.main.shutdownTimeout", "5");
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + file.toAbsolutePath());
        properties.forEach(main::addInitialProperty);
        main.start();
        return new KameletRuntime(main);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    MockEndpoint mock(String name) {
        return context().getEndpoint("mock:" + name, MockEndpoint.class);
    }

    ProducerTemplate template() {
        return context().createProducerTemplate();
    }

    @Override
    public void close() {
        main.stop();
    }
}
