package io.github.camelcalendly.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;

import io.github.camelcalendly.sandbox.cli.ParsedCommandLine;
import io.github.camelcalendly.sandbox.cli.SandboxBanner;
import io.github.camelcalendly.sandbox.cli.SandboxCommandLine;
import io.github.camelcalendly.sandbox.cli.UsageException;

/**
 * Runs a sandbox on its own: {@code java -jar calendly-sandbox-<version>-standalone.jar --port 8089}. It prints
 * what a client needs (the URLs, a ready token, the seeded URIs and the OAuth client) and serves until the process
 * is stopped. {@code --help} lists every option ({@link SandboxCommandLine}); a bad argument exits with code 2 and a
 * message naming it, a failed start (a port in use) with code 1.
 */
public final class SandboxMain {

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
        ParsedCommandLine commandLine = SandboxCommandLine.parse(args);
        requireFree(commandLine.options().port());
        requireFree(commandLine.options().authPort());
        CalendlySandbox sandbox = CalendlySandbox.start(commandLine.options());
        try {
            SandboxBanner.print(sandbox, commandLine, out);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
        return sandbox;
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
}
