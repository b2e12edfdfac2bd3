package io.github.camelcalendly.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness works: a smoke run of every suite reports its rows, each with figures on the sides it measures. It
 * asserts no timing: the machine that runs the build is shared and noisy.
 */
class BenchmarkSmokeTest {

    @Test
    void everySuiteReportsItsRowsInASmokeRun() throws Exception {
        List<Suite> suites = BenchmarkMain.selected(List.of());
        assertThat(suites).extracting(Suite::name).containsExactly("producer", "webhook", "paging", "ratelimit", "startup");

        List<Comparison> rows = BenchmarkMain.run(suites, RunSettings.smokeRun());

        assertThat(rows).extracting(Comparison::suite).containsAll(List.of("producer", "webhook", "paging", "ratelimit",
                "startup"));
        assertThat(rows).allSatisfy(row -> assertThat(Double.isNaN(row.calendly()) && Double.isNaN(row.plain()))
                .as("%s has a figure", row.metric()).isFalse());
        assertThat(ResultTable.render(rows)).startsWith("| metric | calendly | plain | ratio | goal | met? |");
    }

    @Test
    void anUnknownSuiteIsRefusedNamingTheSuites() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchmarkMain.selected(List.of("speed")))
                .hasMessageContaining("speed").hasMessageContaining("producer");
    }
}
