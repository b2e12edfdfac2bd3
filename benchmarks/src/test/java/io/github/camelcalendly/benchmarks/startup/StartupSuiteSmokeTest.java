package io.github.camelcalendly.benchmarks.startup;

import java.util.List;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.RunSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of the start-up suite: one child JVM a side started, made its users/me call against the responder,
 * got the user, reported it and exited cleanly; the suite turned the times into rows. No timing is asserted.
 */
class StartupSuiteSmokeTest {

    @Test
    void eachSideStartsAJvmWhoseFirstCallReachesTheResponder() throws Exception {
        StartupSuite suite = new StartupSuite();

        List<Comparison> rows = suite.run(RunSettings.smokeRun());

        StartupSuite.StartupRun run = suite.lastRun();
        assertThat(run.results()).extracting(StartupResult::side).containsExactly("calendly", "plain");
        assertThat(run.results()).allSatisfy(result -> {
            assertThat(result.exitCode()).as(result.side()).isZero();
            assertThat(result.user()).as(result.side()).isEqualTo(StartupSuite.USER_URI);
            assertThat(result.millisToFirst()).as(result.side()).isPositive();
            assertThat(result.uptimeMillis()).as(result.side()).isPositive();
        });
        assertThat(run.usersMe()).as("users/me calls answered").isEqualTo(2);
        assertThat(run.notFound()).as("requests for anything else").isZero();

        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.suite()).isEqualTo("startup");
            assertThat(row.calendly()).as(row.metric()).isEqualTo(run.results().get(0).millisToFirst());
            assertThat(row.plain()).as(row.metric()).isEqualTo(run.results().get(1).millisToFirst());
        });
        assertThat(rows.get(0).goal()).hasToString("<= 3000 ms");
        assertThat(rows.get(1).goal()).hasToString("ratio <= 1.2");
    }
}
