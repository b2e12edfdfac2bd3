package io.github.camelcalendly.benchmarks.webhook;

import java.util.List;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.RunSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of the webhook suite: both routes ran once for every signed delivery sent to them, and every number in
 * flight has its throughput, latency and error rows. No timing is asserted: the build machine is shared and noisy.
 */
class WebhookIngestSuiteSmokeTest {

    @Test
    void bothRoutesRunForEveryDeliveryAndEachLoadHasItsRows() throws Exception {
        WebhookIngestSuite suite = new WebhookIngestSuite();

        List<Comparison> rows = suite.run(RunSettings.smokeRun());

        WebhookIngestSuite.DeliveryTally tally = suite.lastTally();
        assertThat(tally.calendlySent()).isPositive();
        assertThat(tally.calendlyRun()).as("deliveries the calendly:webhook route ran for")
                .isEqualTo(tally.calendlySent());
        assertThat(tally.plainRun()).as("deliveries the plain route ran for").isEqualTo(tally.plainSent());

        assertThat(rows).extracting(Comparison::metric).containsExactly(
                "1 in flight: throughput (req/s)", "1 in flight: p99 latency (ms)",
                "1 in flight: errors (non-2xx, failed, route not run)",
                "8 in flight: throughput (req/s)", "8 in flight: p99 latency (ms)",
                "8 in flight: errors (non-2xx, failed, route not run)",
                "32 in flight: throughput (req/s)", "32 in flight: p99 latency (ms)",
                "32 in flight: errors (non-2xx, failed, route not run)");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.suite()).isEqualTo("webhook");
            assertThat(row.calendly()).as("%s, calendly", row.metric()).isNotNaN();
            assertThat(row.plain()).as("%s, plain", row.metric()).isNotNaN();
        });
        assertThat(rows).filteredOn(row -> row.metric().contains("errors"))
                .allSatisfy(row -> assertThat(row.calendly() + row.plain()).as(row.metric()).isZero());
        assertThat(rows).filteredOn(row -> row.metric().contains("throughput"))
                .allSatisfy(row -> assertThat(row.calendly()).as(row.metric()).isPositive());
    }
}
