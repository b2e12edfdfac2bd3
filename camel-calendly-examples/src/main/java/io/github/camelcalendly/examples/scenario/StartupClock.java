package io.github.camelcalendly.examples.scenario;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * Measures how long after the JVM started the run completed its first Calendly action. The start is the process's
 * start as the operating system recorded it, so the JVM's own start-up counts too.
 */
public final class StartupClock {

    private final Instant jvmStart;
    private Duration firstAction;

    public StartupClock(Instant jvmStart) {
        this.jvmStart = jvmStart;
    }

    /** The clock of this JVM. */
    public static StartupClock ofThisJvm() {
        return new StartupClock(ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())));
    }

    /** Notes that a Calendly action completed; only the first one counts. */
    public synchronized void actionCompleted() {
        if (firstAction == null) {
            firstAction = Duration.between(jvmStart, Instant.now());
        }
    }

    /** How long after the JVM's start the first action completed; null before it did. */
    public synchronized Duration firstAction() {
        return firstAction;
    }
}
