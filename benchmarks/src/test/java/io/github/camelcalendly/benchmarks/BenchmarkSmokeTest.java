package io.github.camelcalendly.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command runs every suite, and its table says for each row whether the goal was met. Each suite's own smoke
 * test (ProducerSuiteSmokeTest, WebhookIngestSuiteSmokeTest, ...) runs it briefly and checks that both sides really
 * did the work; none asserts timing: the machine that runs the build is shared and noisy.
 */
class BenchmarkSmokeTest {

    @Test
    void allRunsEverySuiteInOrder() {
        assertThat(BenchmarkMain.selected(List.of())).extracting(Suite::name)
                .containsExactly("producer", "webhook", "paging", "ratelimit", "startup");
        assertThat(BenchmarkMain.selected(List.of("all"))).hasSize(5);
        assertThat(BenchmarkMain.selected(List.of("ratelimit", "producer"))).extracting(Suite::name)
                .containsExactly("ratelimit", "producer");
    }

    @Test
    void anUnknownSuiteIsRefusedNamingTheSuites() {
        assertThatThrownBy(() -> BenchmarkMain.selected(List.of("speed")))
                .hasMessageContaining("speed").hasMessageContaining("producer");
    }

    @Test
    void theTableGivesTheRatioAndWhetherEachGoalIsMet() {
        List<Comparison> rows = List.of(
                new Comparison("producer", "median latency (us)", 110, 100, Goal.ratioAtMost(1.10)),
                new Comparison("webhook", "throughput (req/s)", 80, 100, Goal.ratioAtLeast(0.85)),
                new Comparison("ratelimit", "429s at the server", 0, 12, Goal.atMost(0, "429s")),
                new Comparison("paging", "not streamed, 100,000 items", Double.NaN, 3, Goal.none()));

        String table = ResultTable.render(rows);

        assertThat(table).startsWith("| metric | calendly | plain | ratio | goal | met? |")
                .contains("| producer: median latency (us) | 110 | 100 | 1.10 | ratio <= 1.1 | yes |")
                .contains("| webhook: throughput (req/s) | 80 | 100 | 0.80 | ratio >= 0.85 | **no** |")
                .contains("| ratelimit: 429s at the server | 0 | 12 | 0.00 | <= 0 429s | yes |")
                .contains("| paging: not streamed, 100,000 items | - | 3 | - | - | yes |");
    }
}
