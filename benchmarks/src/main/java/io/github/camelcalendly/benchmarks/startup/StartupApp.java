package io.github.camelcalendly.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The child JVM of the start-up suite: a minimal Camel Main application whose first action is one users/me call,
 * through {@code calendly:users?op=me} or through plain camel-http with an Authorization header and a JSON
 * unmarshal. Once the call completed it prints {@value #FIRST_CALL_DONE}, the JVM's uptime and the user URI it got,
 * and shuts down.
 * <p>
 * Arguments: the side ({@code calendly} or {@code plain}) and the base URL of the server answering users/me.
 */
public final class StartupApp {

    /** The start of the line printed once the first call completed. */
    static final String FIRST_CALL_DONE = "first call done";

    /** The token the responder is called with; it accepts any. */
    static final String TOKEN = "benchmark-token";

    private StartupApp() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("Expected 2 arguments: calendly or plain, and the base URL; got "
                    + args.length);
        }
        Main main = new Main();
        main.configure().addRoutesBuilder(route(args[0], args[1]));
        main.addInitialProperty("camel.component.calendly.accessToken", TOKEN);
        main.addInitialProperty("camel.component.calendly.baseUrl", args[1]);
        main.addMainListener(new FirstCall());
        main.run();
        System.exit(main.getExitCode());
    }

    private static RouteBuilder route(String side, String baseUrl) {
        return switch (side) {
            case "calendly" -> new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:first").to("calendly:users?op=me");
                }
            };
            case "plain" -> new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:first")
                            .setHeader("Authorization", constant("Bearer " + TOKEN))
                            .to(baseUrl + "/users/me")
                            .unmarshal().json()
                            .process(exchange -> exchange.getMessage().setBody(
                                    exchange.getMessage().getMandatoryBody(Map.class).get("resource")));
                }
            };
            default -> throw new IllegalArgumentException("No side " + side + "; the sides: calendly, plain");
        };
    }

    /** Makes the first call as soon as Camel started, prints the line, and lets Main end. */
    private static final class FirstCall extends MainListenerSupport {

        @Override
        public void afterStart(BaseMainSupport main) {
            try {
                Object user = main.getCamelContext().createProducerTemplate().requestBody("direct:first", (Object) null);
                long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                Object uri = user instanceof Map<?, ?> resource ? resource.get("uri") : null;
                System.out.println(FIRST_CALL_DONE + " uptimeMs=" + uptime + " user=" + uri);
                System.out.flush();
            } finally {
                ((Main) main).completed();
            }
        }
    }
}
