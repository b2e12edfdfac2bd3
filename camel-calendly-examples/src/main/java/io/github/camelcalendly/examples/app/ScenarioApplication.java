package io.github.camelcalendly.examples.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainCommandLineSupport;
import org.apache.camel.main.MainListenerSupport;

import io.github.camelcalendly.examples.routes.ScenarioEndpoints;
import io.github.camelcalendly.examples.scenario.ScenarioConsole;
import io.github.camelcalendly.examples.scenario.ScenarioDriver;
import io.github.camelcalendly.examples.scenario.ScenarioReport;
import io.github.camelcalendly.examples.scenario.StartupClock;
import io.github.camelcalendly.examples.scenario.StepFailedException;
import io.github.camelcalendly.examples.scenario.TriggerInbox;
import io.github.camelcalendly.examples.scenario.TriggerObserver;
import io.github.camelcalendly.examples.settings.ExampleSettings;
import io.github.camelcalendly.examples.settings.SettingsReader;

/**
 * Runs the scenario once: starts the Calendly it talks to (the embedded sandbox unless a token is given) while
 * Camel starts the routes of one {@link RoutesVariant}, plays the {@link ScenarioDriver} through them, stops
 * everything and says how it went.
 */
public final class ScenarioApplication {

    /** How long the run waits, before Camel stops, for the trigger route's answers to reach the sandbox. */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);

    private ScenarioApplication() {
    }

    /**
     * Reads the settings from {@code env} and {@code args} and runs: against the embedded sandbox without
     * {@code CALENDLY_ACCESS_TOKEN}, against the account of the token otherwise. The outcome's exit code is 0 when
     * every step passed, {@link ScenarioOutcome#STEP_FAILED} when one failed and
     * {@link ScenarioOutcome#BAD_SETTINGS} when the settings were wrong.
     */
    public static ScenarioOutcome launch(RoutesVariant variant, List<String> args, Map<String, String> env,
            PrintStream out, StartupClock clock) {
        ExampleSettings settings;
        try {
            settings = SettingsReader.read(env, args);
        } catch (IllegalArgumentException e) {
            out.println("Cannot run: " + e.getMessage());
            return new ScenarioOutcome(ScenarioOutcome.BAD_SETTINGS, null, e.getMessage());
        }
        Supplier<CalendlyTarget> target = settings.sandbox() ? SandboxTarget::start
                : () -> new AccountTarget(settings.baseUrl(), settings.accessToken());
        return run(settings, variant, target, out, clock);
    }

    /**
     * Runs the scenario with these settings against the target the supplier gives (called once, on a thread of its
     * own so that it starts while Camel does).
     */
    public static ScenarioOutcome run(ExampleSettings requested, RoutesVariant variant,
            Supplier<CalendlyTarget> targets, PrintStream out, StartupClock clock) {
        ExampleSettings settings = requested.sandbox()
                ? requested.withLocalWebhook(requested.serverPort() == 0 ? freePort() : requested.serverPort())
                : requested;
        ScenarioConsole console = new ScenarioConsole(out);
        CompletableFuture<CalendlyTarget> starting = CompletableFuture.supplyAsync(targets,
                runnable -> new Thread(runnable, "calendly-target-start").start());
        TriggerInbox inbox = new TriggerInbox();
        MainCommandLineSupport main = variant.create(settings.webhook());
        MainProperties.of(settings).forEach(main::addInitialProperty);
        main.addMainListener(new Wiring(inbox, starting));
        ScenarioDriver driver = null;
        try {
            try {
                main.start();
            } catch (Exception e) {
                return failed(console, null, startFailure(starting, e));
            }
            // done: the routes started only once it was up
            CalendlyTarget target = starting.join();
            console.plain("camel-calendly example: " + variant.description() + ", against " + target.description());
            if (!settings.sandbox()) {
                console.plain(settings.writes() ? "Writes allowed: this run books, creates a link and cancels."
                        : "Read-only: no booking, link or cancellation (" + SettingsReader.ALLOW_WRITES_FLAG
                                + " or " + SettingsReader.ALLOW_WRITES + "=true allows them).");
            }
            driver = new ScenarioDriver(main.getCamelContext(), settings, inbox, console, clock);
            driver.run();
            target.awaitWebhooksAnswered(ANSWER_WAIT);
            console.plain("Scenario complete.");
            return new ScenarioOutcome(0, driver.report(), null);
        } catch (StepFailedException e) {
            return failed(console, driver.report(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(console, driver.report(), "interrupted while the trigger route's answers were on their way");
        } finally {
            stop(main, console);
            closeTarget(starting);
        }
    }

    /** Why Camel did not start: the target's own failure when it had one (the routes then had no Calendly). */
    private static String startFailure(CompletableFuture<CalendlyTarget> starting, Exception camelFailure) {
        if (starting.isCompletedExceptionally()) {
            try {
                starting.join();
            } catch (CompletionException e) {
                return "Calendly could not be started: " + reason(e.getCause());
            }
        }
        return "the routes did not start: " + reason(camelFailure);
    }

    private static ScenarioOutcome failed(ScenarioConsole console, ScenarioReport report, String reason) {
        console.plain("FAILED: " + reason);
        return new ScenarioOutcome(ScenarioOutcome.STEP_FAILED, report, reason);
    }

    private static void stop(MainCommandLineSupport main, ScenarioConsole console) {
        try {
            main.stop();
        } catch (RuntimeException e) {
            console.plain("Stopping Camel failed: " + reason(e));
        }
    }

    private static void closeTarget(CompletableFuture<CalendlyTarget> starting) {
        CalendlyTarget target;
        try {
            target = starting.join();
        } catch (CompletionException e) {
            // it never started, so there is nothing to close; the run already failed with this reason
            return;
        }
        target.close();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return root == e ? message : message + " (" + e.getClass().getSimpleName() + ")";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port for the webhook trigger", e);
        }
    }

    /**
     * Hooks the run into Camel: the trigger observer before the routes are built, and the service that wires the
     * connection in once the target is up, before the routes start.
     */
    private static final class Wiring extends MainListenerSupport {

        private final TriggerInbox inbox;
        private final CompletableFuture<CalendlyTarget> target;

        Wiring(TriggerInbox inbox, CompletableFuture<CalendlyTarget> target) {
            this.inbox = inbox;
            this.target = target;
        }

        @Override
        public void beforeConfigure(BaseMainSupport main) {
            main.getCamelContext().addRoutePolicyFactory(new TriggerObserver(ScenarioEndpoints.TRIGGER_ROUTE, inbox));
        }

        @Override
        public void afterConfigure(BaseMainSupport main) {
            CamelContext camel = main.getCamelContext();
            try {
                camel.addService(new ConnectionWiring(camel, target));
            } catch (Exception e) {
                throw new IllegalStateException("Could not add the connection wiring to Camel", e);
            }
        }
    }
}
