package io.github.camelcalendly.benchmarks.profile;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The profile finds where a workload spends its time: a workload that only spins in one method of ours shows that
 * method as its top own frame. No timing is asserted.
 */
class ProfileSummaryTest {

    private static final String HOT_METHOD = ProfileSummaryTest.class.getName() + ".spinOnHashes";

    /** Kept so the JIT cannot drop the loop. */
    private static volatile long sink;

    @Test
    void theHotMethodIsTheTopOwnFrameOfTheWorkloadsSamples() throws Exception {
        ProfileSummary summary = ProfileSummary.record(() -> {
            long until = System.nanoTime() + Duration.ofMillis(600).toNanos();
            while (System.nanoTime() < until) {
                sink = spinOnHashes(sink);
            }
        }, Duration.ofMillis(10), 5, "io.github.camelcalendly.");

        assertThat(summary.samples()).isPositive();
        assertThat(summary.ownFrames()).isNotEmpty();
        assertThat(summary.ownFrames().get(0).frame()).isEqualTo(HOT_METHOD);
        assertThat(summary.ownFrames().get(0).percent()).isGreaterThan(50.0);
        assertThat(summary.selfFrames()).extracting(ProfileSummary.FrameShare::frame).contains(HOT_METHOD);
        assertThat(summary.render("spin")).contains("spin: " + summary.samples() + " samples").contains(HOT_METHOD);
    }

    @Test
    void aPeriodOfZeroIsRefusedNamingIt() {
        assertThatThrownBy(() -> ProfileSummary.record(() -> { }, Duration.ZERO, 5, "io.github.camelcalendly."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
    }

    private static long spinOnHashes(long seed) {
        long h = seed;
        for (int i = 0; i < 200_000; i++) {
            h = h * 0x9E3779B97F4A7C15L + i;
            h ^= h >>> 29;
        }
        return h;
    }
}
