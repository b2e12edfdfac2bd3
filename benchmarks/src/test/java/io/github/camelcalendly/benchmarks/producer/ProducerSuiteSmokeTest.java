package io.github.camelcalendly.benchmarks.producer;

import java.util.List;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.RunSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of the producer suite reports every row with figures on both sides, and both sides really called the
 * responder. It asserts no timing: the machine that runs the build is shared and noisy.
 */
class ProducerSuiteSmokeTest {

    @Test
    void bothSidesCallTheResponderAndEveryRowHasBothFigures() throws Exception {
        ProducerSuite suite = new ProducerSuite();

        List<Comparison> rows = suite.run(RunSettings.smokeRun());

        assertThat(rows).extracting(Comparison::metric).contains(
                "users/me, 1 caller: median latency (us)",
                "users/me, 8 callers: throughput (calls/s)",
                "list 10 x 100, 1 caller: p99 latency (us)",
                "list 10 x 100, 1 caller: allocation per call (KB, whole JVM)",
                "list 10 x 100, 8 callers: CPU per call (us, whole process)");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.suite()).isEqualTo("producer");
            assertThat(row.calendly()).as("calendly: %s", row.metric()).isPositive();
            assertThat(row.plain()).as("plain: %s", row.metric()).isPositive();
        });
        // a list is 10 requests: at least the check and one measured list on each side, plus users/me
        assertThat(suite.lastServed().get(Side.CALENDLY)).isGreaterThan(2L * CalendlyAnswers.PAGES);
        assertThat(suite.lastServed().get(Side.PLAIN)).isGreaterThan(2L * CalendlyAnswers.PAGES);
    }
}
