package io.github.camelcalendly.benchmarks.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.Goal;
import io.github.camelcalendly.benchmarks.RunSettings;
import io.github.camelcalendly.benchmarks.Suite;

/**
 * Paging memory: how much heap reading a whole collection of scheduled events needs, in a child JVM limited to 64 MB
 * ({@link PagingChild#MAX_HEAP}) per listing. {@code calendly:scheduledEvents?op=list&streaming=true} with
 * {@code split(body()).streaming()} is compared with a hand-written camel-http loop that reads page by page, at two
 * sizes (10,000 and 100,000 items; 1,000 and 2,000 in a smoke run), two child JVMs a side and size (one in a smoke
 * run), the sides alternating. The figure is the highest heap in use after a full collection, taken every twentieth
 * of the items; the median of the child JVMs is reported. The component's default, non-streamed list is run at both
 * sizes too (the larger only in a smoke run), to show what streaming saves: at 100,000 items it is expected to run
 * out of heap, and the row then reports how many items had been fetched when it did.
 */
public final class PagingMemorySuite implements Suite {

    static final int CHECKPOINTS_PER_RUN = 20;
    private static final double HEAP_LIMIT_MB = 64;

    private volatile List<PagingResult> lastResults = List.of();

    @Override
    public String name() {
        return "paging";
    }

    @Override
    public List<Comparison> run(RunSettings settings) throws Exception {
        int small = settings.smoke() ? 1_000 : 10_000;
        int large = settings.smoke() ? 2_000 : 100_000;
        List<PagingResult> results = new ArrayList<>();
        List<Comparison> rows = new ArrayList<>();
        Streamed[] streamed = {streamed(small, settings, results), streamed(large, settings, results)};
        for (Streamed size : streamed) {
            rows.add(new Comparison(name(), "streaming " + count(size.items) + " items at -Xmx64m: peak heap after GC"
                    + " (MB)", size.calendly.peakMb, size.plain.peakMb, Goal.atMost(HEAP_LIMIT_MB, "MB")));
            rows.add(new Comparison(name(), "streaming " + count(size.items) + " items: held by the listing, peak"
                    + " minus heap before it (MB)", size.calendly.heldMb, size.plain.heldMb, Goal.none()));
        }
        rows.add(new Comparison(name(), "streaming: peak heap at " + count(large) + " / at " + count(small)
                + " items (x)", streamed[1].calendly.peakMb / streamed[0].calendly.peakMb,
                streamed[1].plain.peakMb / streamed[0].plain.peakMb, Goal.atMost(1.5, "x")));

        // the smoke run lists without streaming at the larger size only
        for (int size : settings.smoke() ? List.of(large) : List.of(small, large)) {
            PagingResult listed = listing(Lister.CALENDLY_LIST, size, settings);
            results.add(listed);
            if (listed.outOfMemory()) {
                rows.add(new Comparison(name(), "not streamed (default list), " + count(size) + " items at -Xmx64m:"
                        + " OutOfMemoryError; items fetched before it", listed.pagesServed()
                        * ScheduledEventPages.PAGE_SIZE, Double.NaN, Goal.none()));
            } else {
                rows.add(new Comparison(name(), "not streamed (default list), " + count(size) + " items at -Xmx64m:"
                        + " peak heap after GC (MB)", listed.peakHeapMb(), Double.NaN, Goal.none()));
            }
        }
        lastResults = List.copyOf(results);
        return rows;
    }

    /**
     * Streams {@code items} with the component and with the plain loop, alternating which goes first, in child JVMs
     * (two a side, one in a smoke run), and adds their results to {@code results}.
     */
    private static Streamed streamed(int items, RunSettings settings, List<PagingResult> results) throws Exception {
        List<PagingResult> calendly = new ArrayList<>();
        List<PagingResult> plain = new ArrayList<>();
        int runs = settings.smoke() ? 1 : 2;
        for (int run = 0; run < runs; run++) {
            List<Lister> order = run % 2 == 0 ? List.of(Lister.CALENDLY_STREAMING, Lister.PLAIN_PAGE_LOOP)
                    : List.of(Lister.PLAIN_PAGE_LOOP, Lister.CALENDLY_STREAMING);
            for (Lister lister : order) {
                PagingResult result = completed(listing(lister, items, settings));
                results.add(result);
                (lister == Lister.CALENDLY_STREAMING ? calendly : plain).add(result);
            }
        }
        return new Streamed(items, Heap.medianOf(calendly), Heap.medianOf(plain));
    }

    /** One size, streamed by both sides. */
    private record Streamed(int items, Heap calendly, Heap plain) {
    }

    /** The median peak heap and heap held by the listing of one side's child JVMs, in MB. */
    private record Heap(double peakMb, double heldMb) {

        static Heap medianOf(List<PagingResult> results) {
            return new Heap(median(results.stream().map(PagingResult::peakHeapMb).toList()),
                    median(results.stream().map(PagingResult::heldMb).toList()));
        }
    }

    /** Every child JVM's result of the last run, in the order they ran. */
    List<PagingResult> lastResults() {
        return lastResults;
    }

    private static PagingResult listing(Lister lister, int items, RunSettings settings) throws Exception {
        PagingResult result = PagingChild.run(lister, items, items / CHECKPOINTS_PER_RUN, settings.smoke());
        System.out.println("   " + result.line());
        return result;
    }

    /** A streamed listing must read every item: one that ran out of heap is a failure, not a figure. */
    private static PagingResult completed(PagingResult result) {
        if (result.outOfMemory() || result.itemsSeen() != result.items()) {
            throw new IllegalStateException("The " + result.lister() + " listing of " + result.items() + " items did"
                    + " not complete: " + result.line());
        }
        return result;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String count(int items) {
        return String.format(Locale.ROOT, "%,d", items);
    }
}
