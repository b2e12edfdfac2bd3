package io.github.camelcalendly.sandbox.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads one option's value, or fails with a {@link UsageException} naming the option and what was wrong. */
final class OptionValues {

    private OptionValues() {
    }

    /** A port: 0 (any free port) to 65535. */
    static int port(String option, String value) {
        int port = integer(option, value);
        if (port < 0 || port > 65535) {
            throw UsageException.bad(option + " must be between 0 and 65535, was " + value);
        }
        return port;
    }

    /** A whole number of at least {@code min}. */
    static int atLeast(String option, String value, int min) {
        int number = integer(option, value);
        if (number < min) {
            throw UsageException.bad(option + " must be at least " + min + ", was " + value);
        }
        return number;
    }

    static long longNumber(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw UsageException.bad(option + " needs a whole number, was '" + value + "'");
        }
    }

    /** A positive duration: ISO-8601 ({@code PT90S}, {@code PT2H}) or a whole number of seconds. */
    static Duration duration(String option, String value) {
        Duration duration;
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            duration = Duration.ofSeconds(longNumber(option, value));
        } else {
            try {
                duration = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw UsageException.bad(option + " needs an ISO-8601 duration like PT30S or a number of seconds, was '"
                        + value + "'");
            }
        }
        if (duration.isNegative() || duration.isZero()) {
            throw UsageException.bad(option + " must be longer than zero, was '" + value + "'");
        }
        return duration;
    }

    /** An ISO-8601 instant like {@code 2026-03-01T09:00:00Z}. */
    static Instant instant(String option, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw UsageException.bad(option + " needs an ISO-8601 instant like 2026-03-01T09:00:00Z, was '" + value
                    + "'");
        }
    }

    /** An absolute http or https URI. */
    static String httpUri(String option, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw UsageException.bad(option + " is not a URI (" + e.getReason() + "), was '" + value + "'");
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw UsageException.bad(option + " needs an absolute http or https URI, was '" + value + "'");
        }
        return value;
    }

    /** Any text but the empty string. The value is never repeated in the message: it may be a secret. */
    static String nonEmpty(String option, String value) {
        if (value.isEmpty()) {
            throw UsageException.bad(option + " must not be empty");
        }
        return value;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw UsageException.bad(option + " needs a whole number, was '" + value + "'");
        }
    }
}
