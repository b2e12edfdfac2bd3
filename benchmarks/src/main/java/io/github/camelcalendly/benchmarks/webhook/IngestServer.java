package io.github.camelcalendly.benchmarks.webhook;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One Camel context serving two webhook routes on the same Vert.x platform-http server, on loopback:
 * <ul>
 * <li>A, {@link #CALENDLY_PATH}: {@code calendly:webhook} with signature verification and deduplication (no
 * registration with Calendly);</li>
 * <li>B, {@link #PLAIN_PATH}: the plainest hand-written receiver, a platform-http route that only unmarshals the
 * JSON.</li>
 * </ul>
 * Both answer a short text and count the deliveries their route ran for.
 */
final class IngestServer implements AutoCloseable {

    static final String CALENDLY_PATH = "/calendly/webhook";
    static final String PLAIN_PATH = "/plain/webhook";

    private final CamelContext context;
    private final int port;
    private final LongAdder calendlyDeliveries = new LongAdder();
    private final LongAdder plainDeliveries = new LongAdder();

    private IngestServer(String signingKey) throws Exception {
        this.port = freePort();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context = new DefaultCamelContext();
        context.addService(new VertxPlatformHttpServer(server));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("calendly:webhook?events=invitee.created&webhookAutoRegister=false&webhookPath=" + CALENDLY_PATH
                        + "&signingKey=RAW(" + signingKey + ")")
                        .routeId("calendly-webhook")
                        .process(exchange -> calendlyDeliveries.increment());
                from("platform-http:" + PLAIN_PATH + "?httpMethodRestrict=POST")
                        .routeId("plain-webhook")
                        .unmarshal().json()
                        .process(exchange -> plainDeliveries.increment())
                        .setBody(constant("OK"));
            }
        });
    }

    /** Starts both routes on a free loopback port. */
    static IngestServer start(String signingKey) throws Exception {
        IngestServer ingest = new IngestServer(signingKey);
        ingest.context.start();
        return ingest;
    }

    URI calendlyUri() {
        return URI.create("http://127.0.0.1:" + port + CALENDLY_PATH);
    }

    URI plainUri() {
        return URI.create("http://127.0.0.1:" + port + PLAIN_PATH);
    }

    /** How many deliveries the calendly:webhook route ran for. */
    long calendlyDeliveries() {
        return calendlyDeliveries.sum();
    }

    /** How many deliveries the plain route ran for. */
    long plainDeliveries() {
        return plainDeliveries.sum();
    }

    @Override
    public void close() throws Exception {
        context.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
