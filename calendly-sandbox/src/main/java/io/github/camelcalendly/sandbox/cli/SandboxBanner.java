package io.github.camelcalendly.sandbox.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * What the standalone sandbox prints once it runs: the URLs, a ready token, the seeded URIs, the OAuth client and
 * the settings a client may need. A secret or signing key the command line gave is shown as {@code set}, never
 * echoed.
 */
public final class SandboxBanner {

    private SandboxBanner() {
    }

    /** Prints the banner of {@code sandbox}, started from {@code commandLine}, to {@code out}. */
    public static void print(CalendlySandbox sandbox, ParsedCommandLine commandLine, PrintStream out) {
        SandboxOptions options = sandbox.options();
        SandboxOptions.OAuthClient client = options.oauthClient();
        out.println("Calendly sandbox is running (" + options.plan().name().toLowerCase(Locale.ROOT) + " plan, "
                + options.requestsPerWindow() + " requests " + window(options.rateLimitWindow()) + " per token).");
        line(out, "API base URL", sandbox.baseUrl());
        line(out, "OAuth URL", sandbox.authUrl());
        line(out, "Access token", sandbox.issueToken());
        line(out, "Organization", sandbox.seeded().organization());
        line(out, "Owner", sandbox.seeded().owner());
        line(out, "OAuth client id", client.clientId());
        line(out, "OAuth client secret", client.clientSecret() == null ? "(none: public client)"
                : commandLine.gave("--oauth-client-secret") ? "set" : client.clientSecret());
        line(out, "OAuth redirect URI", client.redirectUri());
        line(out, "Webhook signing key", commandLine.gave("--webhook-signing-key") ? "set"
                : options.webhookSigningKey());
        line(out, "Clock", clock(commandLine, options));
        line(out, "Id seed", String.valueOf(options.idSeed()));
        out.println("The access token acts as the owner with every scope. Stop with Ctrl+C.");
        out.flush();
    }

    private static String window(Duration window) {
        return window.equals(Duration.ofMinutes(1)) ? "a minute" : "per " + window;
    }

    private static String clock(ParsedCommandLine commandLine, SandboxOptions options) {
        if (commandLine.gave("--clock-fixed")) {
            return "fixed at " + options.clock().instant();
        }
        if (commandLine.gave("--clock")) {
            return "set by --clock, now " + options.clock().instant();
        }
        return "the system clock";
    }

    private static void line(PrintStream out, String label, String value) {
        out.printf("  %-21s %s%n", label + ":", value);
    }
}
