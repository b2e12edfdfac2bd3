package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SandboxClockTest {

    private static final Instant START = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aFrozenClockStandsStillUntilMoved() {
        SandboxClock clock = SandboxClock.frozenAt(START);

        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofMinutes(90));
        clock.advance(Duration.ofMinutes(-30));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void aRunningClockFollowsTheSystemClockShiftedByWhatWasAdded() {
        SandboxClock clock = SandboxClock.running();
        clock.advance(Duration.ofDays(3));

        Instant before = Instant.now().plus(Duration.ofDays(3));
        Instant read = clock.instant();
        Instant after = Instant.now().plus(Duration.ofDays(3));

        assertThat(read).isBetween(before, after);
    }

    @Test
    void itStaysInUtcWhateverZoneIsAskedFor() {
        SandboxClock clock = SandboxClock.frozenAt(START);

        assertThat(clock.withZone(ZoneId.of("Asia/Tokyo"))).isSameAs(clock);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Z"));
    }
}
