package io.github.camelcalendly.benchmarks.paging;

import java.util.List;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.RunSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of the paging suite: each listing ran in its own child JVM, which read every item of every page and
 * reported its heap checkpoints, and the suite turned them into rows. No timing or memory bound is asserted.
 */
class PagingMemorySuiteSmokeTest {

    @Test
    void everyListingRunsInAChildJvmThatReadsEveryItem() throws Exception {
        PagingMemorySuite suite = new PagingMemorySuite();

        List<Comparison> rows = suite.run(RunSettings.smokeRun());

        assertThat(suite.lastResults()).extracting(PagingResult::lister, PagingResult::items).containsExactly(
                org.assertj.core.groups.Tuple.tuple("calendly-streaming", 1_000),
                org.assertj.core.groups.Tuple.tuple("plain-page-loop", 1_000),
                org.assertj.core.groups.Tuple.tuple("calendly-streaming", 2_000),
                org.assertj.core.groups.Tuple.tuple("plain-page-loop", 2_000),
                org.assertj.core.groups.Tuple.tuple("calendly-list", 2_000));
        assertThat(suite.lastResults()).allSatisfy(result -> {
            assertThat(result.outOfMemory()).as(result.line()).isFalse();
            assertThat(result.itemsSeen()).as(result.line()).isEqualTo(result.items());
            assertThat(result.pagesServed()).as(result.line()).isEqualTo(result.items() / ScheduledEventPages.PAGE_SIZE);
            assertThat(result.checkpoints()).as(result.line()).isEqualTo(PagingMemorySuite.CHECKPOINTS_PER_RUN);
            assertThat(result.peakHeapBytes()).as(result.line()).isPositive();
            assertThat(result.baselineBytes()).as(result.line()).isPositive();
        });

        assertThat(rows).extracting(Comparison::metric).containsExactly(
                "streaming 1,000 items at -Xmx64m: peak heap after GC (MB)",
                "streaming 1,000 items: held by the listing, peak minus heap before it (MB)",
                "streaming 2,000 items at -Xmx64m: peak heap after GC (MB)",
                "streaming 2,000 items: held by the listing, peak minus heap before it (MB)",
                "streaming: peak heap at 2,000 / at 1,000 items (x)",
                "not streamed (default list), 2,000 items at -Xmx64m: peak heap after GC (MB)");
        assertThat(rows.subList(0, 5)).allSatisfy(row -> {
            assertThat(row.calendly()).as(row.metric()).isNotNaN();
            assertThat(row.plain()).as(row.metric()).isNotNaN();
        });
        assertThat(rows.get(5).calendly()).as(rows.get(5).metric()).isPositive();
    }
}
