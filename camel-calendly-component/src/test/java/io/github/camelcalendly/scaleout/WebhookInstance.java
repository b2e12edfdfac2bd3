package io.github.camelcalendly.scaleout;

import java.util.Map;

import io.github.camelcalendly.CalendlyComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;

/**
 * One instance of a {@code calendly:webhook} route, as one pod behind the public URL: a CamelContext of its own,
 * serving HTTP with Vert.x platform-http on a port of its own, with the beans the endpoint refers to.
 */
final class WebhookInstance implements AutoCloseable {

    static final String PATH = "/calendly/webhook";

    private final String name;
    private final int port;
    private final CamelContext context;

    private WebhookInstance(String name, int port, CamelContext context) {
        this.name = name;
        this.port = port;
        this.context = context;
    }

    /** A free port for an instance. */
    static int freePort() {
        return AvailablePortFinder.getNextAvailable();
    }

    /**
     * A new instance serving on {@code port}, not started yet, whose route {@code name} runs {@code route} for every
     * event of {@code endpointUri}.
     */
    static WebhookInstance create(String name, int port, String accessToken, String baseUrl,
            Map<String, Object> beans, String endpointUri, Processor route) throws Exception {
        WebhookInstance instance = withoutRoutes(name, port, accessToken, baseUrl, beans);
        instance.context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpointUri).routeId(name).process(route);
            }
        });
        return instance;
    }

    /** A new instance serving on {@code port}, not started yet, with no routes: the test loads them. */
    static WebhookInstance withoutRoutes(String name, int port, String accessToken, String baseUrl,
            Map<String, Object> beans) {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        try {
            context.addService(new VertxPlatformHttpServer(server));
        } catch (Exception e) {
            throw new IllegalStateException("Could not add the HTTP server to " + name, e);
        }
        beans.forEach(context.getRegistry()::bind);
        CalendlyComponent component = new CalendlyComponent();
        component.setAccessToken(accessToken);
        component.setBaseUrl(baseUrl);
        context.addComponent("calendly", component);
        return new WebhookInstance(name, port, context);
    }

    String name() {
        return name;
    }

    CamelContext context() {
        return context;
    }

    /** Where this instance serves the webhook path. */
    String url() {
        return url(port);
    }

    /** Where an instance serving on {@code port} serves the webhook path. */
    static String url(int port) {
        return "http://localhost:" + port + PATH;
    }

    void start() {
        context.start();
    }

    @Override
    public void close() {
        context.stop();
    }

    @Override
    public String toString() {
        return name;
    }
}
