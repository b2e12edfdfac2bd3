package io.github.camelcalendly.sandbox.cli;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * The standalone sandbox's command line: the table of {@link OptionDefinition}s, reading arguments with it, and the
 * help it prints. Options are written {@code --name value} or {@code --name=value}; each may be given once.
 */
public final class SandboxCommandLine {

    /** The options, in the order the help lists them. */
    private static final List<OptionDefinition> OPTIONS = List.of(
            option("--port", "N", String.valueOf(LaunchSettings.DEFAULT_PORT),
                    "port of the API server; 0 picks a free port", "18089",
                    (s, o, v) -> s.port = OptionValues.port(o, v)),
            option("--auth-port", "N", "the API port + 1; a free port with --port 0",
                    "port of the OAuth server; 0 picks a free port", "18090",
                    (s, o, v) -> s.authPort = OptionValues.port(o, v)),
            option("--plan", "free|standard|enterprise", "standard",
                    "the seeded organization's Calendly plan: free has no webhooks and no Scheduling API,"
                            + " enterprise adds the activity log, outgoing communications and data compliance",
                    "enterprise", (s, o, v) -> s.options = s.options.withPlan(plan(o, v))),
            option("--rate-limit", "N", "500", "requests each token may make per rate-limit window", "7",
                    (s, o, v) -> s.options = s.options.withRateLimit(OptionValues.atLeast(o, v, 1),
                            s.options.rateLimitWindow())),
            option("--rate-limit-window", "DURATION", "PT1M",
                    "the rate-limit window", "PT10S",
                    (s, o, v) -> s.options = s.options.withRateLimit(s.options.requestsPerWindow(),
                            OptionValues.duration(o, v))),
            option("--token-requests-per-minute", "N", "8",
                    "requests to the OAuth token endpoint each user may make in any 60 seconds; 0 is unlimited",
                    "0", (s, o, v) -> s.options = s.options.withTokenRequestsPerMinute(
                            OptionValues.atLeast(o, v, 0))),
            option("--seed", "N", "20260501",
                    "seed of the generated ids: the same seed gives the same ids (organization, users, events)",
                    "42", (s, o, v) -> s.options = s.options.withIdSeed(OptionValues.longNumber(o, v))),
            option("--clock", "INSTANT", "the system clock",
                    "the sandbox's now at start, ISO-8601 like 2026-03-01T09:00:00Z; it runs on in real time",
                    "2026-03-01T09:00:00Z", (s, o, v) -> s.clockStart = OptionValues.instant(o, v)),
            flag("--clock-fixed", "off",
                    "freeze the sandbox's now at --clock (or at the start time): tokens and codes never expire,"
                            + " rate-limit windows never end, failed deliveries are retried without end",
                    (s, o, v) -> s.clockFixed = true),
            option("--access-token-lifetime", "DURATION", "PT2H",
                    "how long an OAuth access token lives", "PT5M",
                    (s, o, v) -> s.options = s.options.withAccessTokenLifetime(OptionValues.duration(o, v))),
            option("--webhook-signing-key", "KEY", "sandbox-webhook-signing-key",
                    "signs deliveries of subscriptions created without a signing_key; the banner shows \"set\" for a"
                            + " key given here",
                    "another-signing-key",
                    (s, o, v) -> s.options = s.options.withWebhookSigningKey(OptionValues.nonEmpty(o, v))),
            flag("--https-callbacks-only", "off",
                    "refuse http webhook URLs even on localhost (by default http is accepted for localhost and"
                            + " 127.0.0.1)",
                    (s, o, v) -> s.options = s.options.withHttpsCallbacksOnly(true)),
            option("--oauth-client-id", "ID", "sandbox-client-id", "the registered OAuth application's client id",
                    "my-app", (s, o, v) -> s.clientId = OptionValues.nonEmpty(o, v)),
            option("--oauth-client-secret", "SECRET", "sandbox-client-secret",
                    "its client secret; the banner shows \"set\" for a secret given here", "my-secret",
                    (s, o, v) -> {
                        s.clientSecret = OptionValues.nonEmpty(o, v);
                        s.secretGiven = true;
                    }),
            flag("--oauth-public-client", "off",
                    "register the application without a secret (a public client, which must use PKCE)",
                    (s, o, v) -> s.publicClient = true),
            option("--oauth-redirect-uri", "URI", "http://localhost:8080/callback",
                    "the one redirect URI the application registered", "http://localhost:3000/oauth/callback",
                    (s, o, v) -> s.redirectUri = OptionValues.httpUri(o, v)),
            option("--delivery-first-retry", "DURATION", "PT5S",
                    "wait before retrying a failed webhook delivery; doubles after each attempt", "PT1S",
                    (s, o, v) -> s.options = s.options.withDeliveryRetries(OptionValues.duration(o, v),
                            s.options.deliveryMaxBackoff(), s.options.deliveryRetryWindow())),
            option("--delivery-max-backoff", "DURATION", "PT10M", "the longest wait between two delivery attempts",
                    "PT1M", (s, o, v) -> s.options = s.options.withDeliveryRetries(s.options.deliveryFirstRetry(),
                            OptionValues.duration(o, v), s.options.deliveryRetryWindow())),
            option("--delivery-retry-window", "DURATION", "PT24H",
                    "how long failed deliveries are retried before the subscription turns disabled", "PT1H",
                    (s, o, v) -> s.options = s.options.withDeliveryRetries(s.options.deliveryFirstRetry(),
                            s.options.deliveryMaxBackoff(), OptionValues.duration(o, v))),
            option("--delivery-timeout", "DURATION", "PT10S", "how long one delivery attempt waits for the receiver",
                    "PT2S", (s, o, v) -> s.options = s.options.withDeliveryTimeout(OptionValues.duration(o, v))));

    private static final String USAGE = renderUsage();

    private SandboxCommandLine() {
    }

    /** The option definitions, in help order. */
    static List<OptionDefinition> options() {
        return OPTIONS;
    }

    /** The text {@code --help} prints: every option with its default. */
    public static String usage() {
        return USAGE;
    }

    /**
     * Reads {@code args} with the system clock as the clock {@code --clock} moves.
     *
     * @throws UsageException for {@code --help} (exit code 0) or a bad argument (exit code 2, the message names it)
     */
    public static ParsedCommandLine parse(String[] args) {
        return parse(args, Clock.systemUTC());
    }

    /** Reads {@code args}; {@code systemClock} is the clock {@code --clock} moves and {@code --clock-fixed} reads. */
    static ParsedCommandLine parse(String[] args, Clock systemClock) {
        Map<String, OptionDefinition> byName = new LinkedHashMap<>();
        OPTIONS.forEach(option -> byName.put(option.name(), option));
        LaunchSettings settings = new LaunchSettings();
        Set<String> given = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if ("--help".equals(argument) || "-h".equals(argument)) {
                throw new UsageException(0, USAGE);
            }
            int equals = argument.indexOf('=');
            String name = argument.startsWith("--") && equals > 0 ? argument.substring(0, equals) : argument;
            OptionDefinition option = byName.get(name);
            if (option == null) {
                throw UsageException.bad("unknown argument '" + name + "'");
            }
            if (!given.add(name)) {
                throw UsageException.bad(name + " is given more than once");
            }
            String value;
            if (option.isFlag()) {
                if (equals > 0) {
                    throw UsageException.bad(name + " takes no value");
                }
                value = null;
            } else if (equals > 0) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw UsageException.bad(name + " needs a value");
            }
            option.effect().apply(settings, name, value);
        }
        return new ParsedCommandLine(settings.toOptions(systemClock), given);
    }

    private static String renderUsage() {
        String newline = System.lineSeparator();
        StringBuilder usage = new StringBuilder()
                .append("Usage: java -jar calendly-sandbox-<version>-standalone.jar [options]").append(newline)
                .append("Options are written --name value or --name=value; durations as ISO-8601 (PT30S) or seconds.")
                .append(newline);
        for (OptionDefinition option : OPTIONS) {
            usage.append("  ").append(option.synopsis()).append(newline)
                    .append("      ").append(option.description()).append(" (default: ")
                    .append(option.defaultText()).append(')').append(newline);
        }
        return usage.append("  --help").append(newline).append("      print this help").toString();
    }

    private static SandboxOptions.Plan plan(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "free" -> SandboxOptions.Plan.FREE;
            case "standard" -> SandboxOptions.Plan.STANDARD;
            case "enterprise" -> SandboxOptions.Plan.ENTERPRISE;
            default -> throw UsageException.bad(option + " must be free, standard or enterprise, was '" + value + "'");
        };
    }

    private static OptionDefinition option(String name, String valueName, String defaultText, String description,
            String example, OptionDefinition.Effect effect) {
        return new OptionDefinition(name, valueName, defaultText, description, example, effect);
    }

    private static OptionDefinition flag(String name, String defaultText, String description,
            OptionDefinition.Effect effect) {
        return new OptionDefinition(name, null, defaultText, description, null, effect);
    }
}
