package io.github.camelcalendly.benchmarks.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a workload spends its time, from JFR execution samples recorded in this JVM while it runs: the top frames by
 * self time (the frame each sample was executing) and the top frames of our own code (of each sample, the innermost
 * frame whose class starts with the given prefix, so that library work is charged to our code that called it), each
 * with its share of the samples.
 * <p>
 * Only samples of the thread that runs the workload count, so a server answering it in the same JVM does not dilute
 * the figures. JFR records at most 64 frames of a stack by default; a sample whose own frame lies deeper counts as
 * having none.
 */
public final class ProfileSummary {

    /** A workload to profile, run on the calling thread. */
    @FunctionalInterface
    public interface Workload {
        void run() throws Exception;
    }

    /**
     * A frame and the samples it accounts for.
     *
     * @param frame   the class and method, e.g. {@code java.lang.String.hashCode}
     * @param samples how many samples it accounts for
     * @param percent its share of all samples, 0 to 100
     */
    public record FrameShare(String frame, long samples, double percent) {
    }

    /** What a sample without a frame of our code is counted as in {@link #ownFrames()}. */
    public static final String NO_OWN_FRAME = "(no own frame)";

    private static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";

    private final long samples;
    private final String ownPrefix;
    private final List<FrameShare> selfFrames;
    private final List<FrameShare> ownFrames;

    private ProfileSummary(long samples, String ownPrefix, List<FrameShare> selfFrames, List<FrameShare> ownFrames) {
        this.samples = samples;
        this.ownPrefix = ownPrefix;
        this.selfFrames = List.copyOf(selfFrames);
        this.ownFrames = List.copyOf(ownFrames);
    }

    /**
     * Runs {@code workload} on this thread while JFR samples it every {@code period}, and summarises the samples.
     *
     * @param top       how many frames each list keeps
     * @param ownPrefix the start of our own classes' names, e.g. {@code io.github.camelcalendly.}
     */
    public static ProfileSummary record(Workload workload, Duration period, int top, String ownPrefix)
            throws Exception {
        Objects.requireNonNull(workload, "workload");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("The sampling period must be positive, got " + period);
        }
        long thread = Thread.currentThread().getId();
        Path file = Files.createTempFile("profile-summary-", ".jfr");
        try {
            try (Recording recording = new Recording()) {
                recording.setName("profile-summary");
                recording.enable(EXECUTION_SAMPLE).withPeriod(period).withStackTrace();
                recording.start();
                try {
                    workload.run();
                } finally {
                    recording.stop();
                }
                recording.dump(file);
            }
            return read(file, thread, top, ownPrefix);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Summarises the execution samples of the thread {@code threadId} in the recording {@code file}.
     *
     * @param top       how many frames each list keeps
     * @param ownPrefix the start of our own classes' names
     */
    public static ProfileSummary read(Path file, long threadId, int top, String ownPrefix) throws IOException {
        if (top <= 0) {
            throw new IllegalArgumentException("top must be 1 or more, got " + top);
        }
        Objects.requireNonNull(ownPrefix, "ownPrefix");
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> own = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!EXECUTION_SAMPLE.equals(event.getEventType().getName()) || !sampled(event, threadId)) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1L, Long::sum);
            own.merge(frames.stream().map(ProfileSummary::name).filter(n -> n.startsWith(ownPrefix)).findFirst()
                    .orElse(NO_OWN_FRAME), 1L, Long::sum);
        }
        return new ProfileSummary(samples, ownPrefix, topOf(self, samples, top), topOf(own, samples, top));
    }

    /** How many samples of the workload's thread were recorded. */
    public long samples() {
        return samples;
    }

    /** The frames most samples were executing, most first. */
    public List<FrameShare> selfFrames() {
        return selfFrames;
    }

    /** The innermost frames of our own code, most samples first ({@link #NO_OWN_FRAME} for samples without one). */
    public List<FrameShare> ownFrames() {
        return ownFrames;
    }

    /** The summary as text, under {@code title}. */
    public String render(String title) {
        StringBuilder out = new StringBuilder();
        out.append(title).append(": ").append(samples).append(" samples of the calling thread\n");
        out.append("  top self frames:\n");
        selfFrames.forEach(f -> line(out, f));
        out.append("  top ").append(ownPrefix).append("* frames (the innermost of each sample):\n");
        ownFrames.forEach(f -> line(out, f));
        return out.toString();
    }

    private static void line(StringBuilder out, FrameShare share) {
        out.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n", share.percent(), share.frame()));
    }

    private static boolean sampled(RecordedEvent event, long threadId) {
        RecordedThread thread = event.getThread("sampledThread");
        return thread != null && thread.getJavaThreadId() == threadId;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<FrameShare> topOf(Map<String, Long> counts, long samples, int top) {
        List<FrameShare> shares = new ArrayList<>();
        counts.forEach((frame, count) -> shares.add(new FrameShare(frame, count, 100.0 * count / samples)));
        shares.sort(Comparator.comparingLong(FrameShare::samples).reversed().thenComparing(FrameShare::frame));
        return shares.size() > top ? shares.subList(0, top) : shares;
    }
}
