package io.github.camelcalendly.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for {@link SandboxOptions#withClock} that a test moves by hand: token expiry, code lifetime, rate-limit
 * windows, meetings that have been held. {@link #frozenAt(Instant)} stands still until {@link #advance(Duration)}
 * moves it; {@link #running()} follows the system clock, shifted by whatever {@link #advance(Duration)} added (so
 * a client that reads the real time still agrees with the sandbox until the test moves it). Always UTC.
 */
public final class SandboxClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    private SandboxClock(Clock base) {
        this.base = base;
    }

    /** A clock that reads {@code start} until the test moves it. */
    public static SandboxClock frozenAt(Instant start) {
        return new SandboxClock(Clock.fixed(Objects.requireNonNull(start, "start"), ZoneOffset.UTC));
    }

    /** A clock that runs with the system clock until the test moves it. */
    public static SandboxClock running() {
        return new SandboxClock(Clock.systemUTC());
    }

    /** Moves the clock by {@code by} (negative moves it back). */
    public void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        shift.updateAndGet(current -> current.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock: the sandbox works in UTC whatever zone is asked for. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(shift.get());
    }
}
