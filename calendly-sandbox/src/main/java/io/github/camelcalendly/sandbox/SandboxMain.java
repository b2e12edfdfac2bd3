package io.github.camelcalendly.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox on its own: {@code java -jar calendly-sandbox.jar --port 8089}. It prints what a client needs (the
 * URLs, a ready token, the seeded URIs and the OAuth client) and serves until the process is stopped.
 */
public final class SandboxMain {

    /** The command-line help. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar calendly-sandbox.jar [--port N] [--auth-port N] [--rate-limit N] [--plan free|standard|enterprise]"
                    + " [--help]",
            "  --port N          port of the API server (default 8089; 0 picks a free port)",
            "  --auth-port N     port of the OAuth server (default: the API port + 1; 0 picks a free port)",
            "  --rate-limit N    requests per minute each token may make (default 500, as Calendly)",
            "  --plan P          free, standard or enterprise: the seeded organization's plan (default standard)",
            "  --help            print this help");

    private static final int DEFAULT_PORT = 8089;

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CalendlySandbox sandbox;
        try {
            sandbox = launch(args, System.out);
        } catch (UsageException e) {
            (e.exitCode() == 0 ? System.out : System.err).println(e.getMessage());
            System.exit(e.exitCode());
            return;
        } catch (Exception e) { // WireMock may rethrow a checked exception from a failed start
            System.err.println("The sandbox could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "calendly-sandbox-shutdown"));
        new CountDownLatch(1).await();
    }

    /**
     * Starts a sandbox as the command line says and prints how to reach it to {@code out}. The caller closes it.
     *
     * @throws UsageException for {@code --help} (exit code 0) or bad arguments (exit code 2); its message is the
     *                        text to print
     */
    public static CalendlySandbox launch(String[] args, PrintStream out) {
        SandboxOptions options = parse(args);
        requireFree(options.port());
        requireFree(options.authPort());
        CalendlySandbox sandbox = CalendlySandbox.start(options);
        try {
            printBanner(sandbox, out);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
        return sandbox;
    }

    /** The options the arguments ask for. */
    static SandboxOptions parse(String[] args) {
        SandboxOptions options = SandboxOptions.defaults();
        Integer port = null;
        Integer authPort = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if ("--help".equals(name) || "-h".equals(name)) {
                throw new UsageException(0, USAGE);
            }
            if (!List.of("--port", "--auth-port", "--rate-limit", "--plan").contains(name)) {
                throw UsageException.bad("unknown argument '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw UsageException.bad(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--port" -> port = portNumber(name, value);
                case "--auth-port" -> authPort = portNumber(name, value);
                case "--rate-limit" -> options = options.withRateLimit(positive(name, value), Duration.ofMinutes(1));
                default -> options = options.withPlan(plan(value));
            }
        }
        int apiPort = port == null ? DEFAULT_PORT : port;
        int oauthPort = authPort != null ? authPort : apiPort == 0 || apiPort == 65535 ? 0 : apiPort + 1;
        if (apiPort != 0 && apiPort == oauthPort) {
            throw UsageException.bad("--port and --auth-port must differ");
        }
        return options.withPort(apiPort).withAuthPort(oauthPort);
    }

    /** Says which port is taken, which a failed WireMock start does not report clearly. */
    private static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is already in use", e);
        }
    }

    private static void printBanner(CalendlySandbox sandbox, PrintStream out) {
        SandboxOptions.OAuthClient client = sandbox.options().oauthClient();
        out.println("Calendly sandbox is running (" + sandbox.options().plan().name().toLowerCase(Locale.ROOT)
                + " plan, " + sandbox.options().requestsPerWindow() + " requests/minute per token).");
        line(out, "API base URL", sandbox.baseUrl());
        line(out, "OAuth URL", sandbox.authUrl());
        line(out, "Access token", sandbox.issueToken());
        line(out, "Organization", sandbox.seeded().organization());
        line(out, "Owner", sandbox.seeded().owner());
        line(out, "OAuth client id", client.clientId());
        line(out, "OAuth client secret", client.clientSecret() == null ? "(none: public client)"
                : client.clientSecret());
        line(out, "OAuth redirect URI", client.redirectUri());
        out.println("The access token acts as the owner with every scope. Stop with Ctrl+C.");
        out.flush();
    }

    private static void line(PrintStream out, String label, String value) {
        out.printf("  %-21s %s%n", label + ":", value);
    }

    private static int portNumber(String name, String value) {
        int port = integer(name, value);
        if (port < 0 || port > 65535) {
            throw UsageException.bad(name + " must be between 0 and 65535, was " + value);
        }
        return port;
    }

    private static int positive(String name, String value) {
        int number = integer(name, value);
        if (number < 1) {
            throw UsageException.bad(name + " must be at least 1, was " + value);
        }
        return number;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw UsageException.bad(name + " needs a number, was '" + value + "'");
        }
    }

    private static SandboxOptions.Plan plan(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "free" -> SandboxOptions.Plan.FREE;
            case "standard" -> SandboxOptions.Plan.STANDARD;
            case "enterprise" -> SandboxOptions.Plan.ENTERPRISE;
            default -> throw UsageException.bad("--plan must be free, standard or enterprise, was '" + value + "'");
        };
    }

    /** The command line asked for help or was wrong; the message is what to print, with the exit code to use. */
    public static final class UsageException extends RuntimeException {

        private final int exitCode;

        UsageException(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        static UsageException bad(String problem) {
            return new UsageException(2, "Error: " + problem + System.lineSeparator() + USAGE);
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
