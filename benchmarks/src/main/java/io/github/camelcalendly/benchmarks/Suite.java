package io.github.camelcalendly.benchmarks;

import java.util.List;

/**
 * One group of measurements (producer overhead, webhook ingest, paging memory, rate limiting, start-up). A suite
 * runs the component and the plain route interleaved, in alternating rounds, and reports its rows.
 */
public interface Suite {

    /** The name {@link BenchmarkMain} selects it by, e.g. {@code producer}. */
    String name();

    /**
     * Runs the suite. In a smoke run ({@link RunSettings#smoke()}) it runs each measurement briefly, to show the
     * harness works; the figures then mean nothing.
     */
    List<Comparison> run(RunSettings settings) throws Exception;
}
