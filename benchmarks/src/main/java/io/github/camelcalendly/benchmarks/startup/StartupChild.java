package io.github.camelcalendly.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts {@link StartupApp} in a child JVM (this JVM's java and class path) and times it from just before the
 * process starts to the moment its {@value StartupApp#FIRST_CALL_DONE} line arrives.
 */
final class StartupChild {

    private static final long TIMEOUT_SECONDS = 120;
    private static final int OUTPUT_TAIL_LINES = 30;
    private static final Pattern DONE = Pattern.compile(Pattern.quote(StartupApp.FIRST_CALL_DONE)
            + " uptimeMs=(\\d+) user=(\\S+)");

    private StartupChild() {
    }

    /**
     * Runs one child.
     *
     * @throws IllegalStateException when it failed, timed out or never reported its first call, with the end of its
     *                               output
     */
    static StartupResult run(String side, String baseUrl) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StartupApp.class.getName(), side, baseUrl);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        Output output = new Output();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> output.readAll(process));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The " + side + " start-up child did not end within " + TIMEOUT_SECONDS
                    + " s; its last output:\n" + output.tail());
        }
        reading.join();
        if (process.exitValue() != 0 || output.done == null) {
            throw new IllegalStateException("The " + side + " start-up child exited with " + process.exitValue()
                    + (output.done == null ? " without completing its first call" : "") + "; its last output:\n"
                    + output.tail());
        }
        return new StartupResult(side, (output.doneAt - start) / 1e6, Long.parseLong(output.done.group(1)),
                output.done.group(2), process.exitValue());
    }

    /** The child's first-call line, when it arrived, and the last lines of everything it printed. */
    private static final class Output {

        private final Deque<String> tail = new ArrayDeque<>();
        private volatile Matcher done;
        private volatile long doneAt;

        void readAll(Process process) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    long now = System.nanoTime();
                    Matcher matcher = DONE.matcher(line);
                    if (done == null && matcher.matches()) {
                        doneAt = now;
                        done = matcher;
                    }
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > OUTPUT_TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the start-up child's output", e);
            }
        }

        String tail() {
            synchronized (tail) {
                return String.join("\n", tail);
            }
        }
    }
}
