package io.github.camelcalendly.benchmarks.webhook;

import java.util.Arrays;

/**
 * What one burst of requests gave.
 *
 * @param requests       how many requests were sent
 * @param elapsedNanos   from the first send to the last answer
 * @param latenciesNanos each request's time from send to answer, in the order they were sent
 * @param errors         answers that were not 2xx, and requests that failed with an exception
 */
record LoadResult(int requests, long elapsedNanos, long[] latenciesNanos, int errors) {

    /** Requests per second over the whole burst. */
    double throughput() {
        return requests * 1e9 / elapsedNanos;
    }

    /** The {@code q} quantile (0..1) of the latencies of {@code results} taken together, in milliseconds. */
    static double quantileMillis(Iterable<LoadResult> results, double q) {
        long[] all = new long[0];
        for (LoadResult result : results) {
            long[] more = result.latenciesNanos();
            long[] joined = Arrays.copyOf(all, all.length + more.length);
            System.arraycopy(more, 0, joined, all.length, more.length);
            all = joined;
        }
        if (all.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(all);
        int index = (int) Math.min(all.length - 1, Math.ceil(q * all.length) - 1);
        return all[Math.max(0, index)] / 1e6;
    }
}
