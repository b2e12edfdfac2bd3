package io.github.camelcalendly.benchmarks.paging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link PagingMemoryRun} in a child JVM with the heap limit under test, this JVM's java and class path, and
 * reads back its result line.
 */
final class PagingChild {

    static final String MAX_HEAP = "-Xmx64m";

    /**
     * For smoke runs: compiling with C1 only starts the child about twice as fast; the heap left after a full
     * collection does not depend on it (compiled code lives outside the heap).
     */
    static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    private static final long TIMEOUT_SECONDS = 300;
    private static final int OUTPUT_TAIL_LINES = 30;

    private PagingChild() {
    }

    /**
     * Runs one listing in a fresh JVM, with C1 only when {@code quickStart}.
     *
     * @throws IllegalStateException when the child failed, timed out or printed no result line, with the end of its
     *                               output
     */
    static PagingResult run(Lister lister, int items, long checkpointEvery, boolean quickStart)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), MAX_HEAP));
        if (quickStart) {
            command.add(QUICK_START);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PagingMemoryRun.class.getName(),
                lister.id(), String.valueOf(items), String.valueOf(checkpointEvery)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Output output = new Output();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> output.readAll(process));
        String what = lister.id() + " of " + items + " items";
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The child JVM for " + what + " did not finish within " + TIMEOUT_SECONDS
                    + " s; its last output:\n" + output.tail());
        }
        reading.join();
        if (process.exitValue() != 0) {
            throw new IllegalStateException("The child JVM for " + what + " exited with " + process.exitValue()
                    + "; its last output:\n" + output.tail());
        }
        if (output.resultLine == null) {
            throw new IllegalStateException("The child JVM for " + what + " printed no result line; its last"
                    + " output:\n" + output.tail());
        }
        return PagingResult.parse(output.resultLine);
    }

    /** The child's result line and the last lines of everything else it printed. */
    private static final class Output {

        private final Deque<String> tail = new ArrayDeque<>();
        private volatile String resultLine;

        void readAll(Process process) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith(PagingResult.LINE_PREFIX + " ")) {
                        resultLine = line;
                    }
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > OUTPUT_TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the child JVM's output", e);
            }
        }

        String tail() {
            synchronized (tail) {
                return String.join("\n", tail);
            }
        }
    }
}
