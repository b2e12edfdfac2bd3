package io.github.camelcalendly.examples.scenario;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints the scenario as it happens: a heading per step ({@code [3/8] Book through the Scheduling API}) and
 * indented lines under it.
 */
public final class ScenarioConsole {

    static final int STEPS = 8;
    private static final String INDENT = "      ";

    private final PrintStream out;

    public ScenarioConsole(PrintStream out) {
        this.out = out;
    }

    public void step(int number, String title) {
        out.println("[" + number + "/" + STEPS + "] " + title);
        out.flush();
    }

    public void line(String text) {
        out.println(INDENT + text);
        out.flush();
    }

    public void plain(String text) {
        out.println(text);
        out.flush();
    }

    /** {@code 1.82 s}. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }
}
