package io.github.camelcalendly.examples.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link ExampleSettings} from environment variables and command-line arguments. Without
 * {@value #ACCESS_TOKEN} the run uses the embedded sandbox; with it, the run talks to Calendly (or to
 * {@value #BASE_URL}) and only reads unless {@value #ALLOW_WRITES_FLAG} or {@value #ALLOW_WRITES}{@code =true} is
 * given. A bad value fails with a message naming the variable or argument.
 */
public final class SettingsReader {

    public static final String ACCESS_TOKEN = "CALENDLY_ACCESS_TOKEN";
    public static final String BASE_URL = "CALENDLY_BASE_URL";
    public static final String ALLOW_WRITES = "CALENDLY_ALLOW_WRITES";
    public static final String WEBHOOK_URL = "CALENDLY_WEBHOOK_URL";
    public static final String WEBHOOK_SIGNING_KEY = "CALENDLY_WEBHOOK_SIGNING_KEY";
    public static final String SERVER_PORT = "CALENDLY_SERVER_PORT";
    public static final String EVENT_TYPE = "CALENDLY_EVENT_TYPE";
    public static final String INVITEE_NAME = "CALENDLY_INVITEE_NAME";
    public static final String INVITEE_EMAIL = "CALENDLY_INVITEE_EMAIL";
    public static final String EVENT_WAIT_SECONDS = "CALENDLY_EVENT_WAIT_SECONDS";
    public static final String POLL_DELAY_MS = "CALENDLY_POLL_DELAY_MS";

    public static final String ALLOW_WRITES_FLAG = "--allow-writes";

    /** Calendly's API host. */
    public static final String CALENDLY_API = "https://api.calendly.com";

    private static final int DEFAULT_ACCOUNT_PORT = 8080;
    private static final Duration DEFAULT_EVENT_WAIT = Duration.ofSeconds(30);
    private static final Duration DEFAULT_POLL_DELAY = Duration.ofSeconds(5);

    private final Map<String, String> env;

    private SettingsReader(Map<String, String> env) {
        this.env = env;
    }

    /**
     * The settings the variables in {@code env} and the arguments ask for.
     *
     * @throws IllegalArgumentException naming the variable or argument that is wrong
     */
    public static ExampleSettings read(Map<String, String> env, List<String> args) {
        return new SettingsReader(env).read(args);
    }

    private ExampleSettings read(List<String> args) {
        boolean writesFlag = false;
        for (String arg : args) {
            if (ALLOW_WRITES_FLAG.equals(arg)) {
                writesFlag = true;
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "': the only argument is "
                        + ALLOW_WRITES_FLAG + " (the rest is set with CALENDLY_* environment variables)");
            }
        }
        String token = text(ACCESS_TOKEN);
        String baseUrl = text(BASE_URL);
        if (token == null && baseUrl != null) {
            throw new IllegalArgumentException(BASE_URL + " is set but " + ACCESS_TOKEN
                    + " is not: give the token for that API, or unset " + BASE_URL + " to use the embedded sandbox");
        }
        String webhookUrl = text(WEBHOOK_URL);
        if (webhookUrl != null) {
            requireHttpUrl(WEBHOOK_URL, webhookUrl);
            if (token == null) {
                throw new IllegalArgumentException(WEBHOOK_URL + " is set but " + ACCESS_TOKEN + " is not: the"
                        + " embedded sandbox delivers to a local URL of its own");
            }
        }
        if (baseUrl != null) {
            requireHttpUrl(BASE_URL, baseUrl);
        }
        String key = text(WEBHOOK_SIGNING_KEY);
        return new ExampleSettings(token, token == null ? null : stripSlash(baseUrl == null ? CALENDLY_API : baseUrl),
                writesFlag || bool(ALLOW_WRITES), webhookUrl,
                whole(SERVER_PORT, token == null ? 0 : DEFAULT_ACCOUNT_PORT, 0, 65535),
                key == null ? randomKey() : key, text(EVENT_TYPE),
                orElse(INVITEE_NAME, "Mary Somerville"), orElse(INVITEE_EMAIL, "mary.somerville@example.com"),
                Duration.ofSeconds(whole(EVENT_WAIT_SECONDS, (int) DEFAULT_EVENT_WAIT.toSeconds(), 1, 3600)),
                Duration.ofMillis(whole(POLL_DELAY_MS, (int) DEFAULT_POLL_DELAY.toMillis(), 100, 3_600_000)));
    }

    private String text(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private String orElse(String name, String fallback) {
        String value = text(name);
        return value == null ? fallback : value;
    }

    private boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
        };
    }

    private int whole(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException(name + " must lie between " + min + " and " + max + ", got "
                        + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
        }
    }

    private static void requireHttpUrl(String name, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
                // the value is not repeated: a webhook URL may carry a secret in its query
                throw new IllegalArgumentException(name + " must be an http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL: " + e.getReason(), e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A fresh key for this run's subscription, so that only deliveries meant for this run verify. */
    private static String randomKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
