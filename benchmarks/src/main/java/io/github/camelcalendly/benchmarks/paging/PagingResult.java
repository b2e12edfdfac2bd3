package io.github.camelcalendly.benchmarks.paging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one child JVM of the paging suite measured, and the one line it prints it as: {@value #LINE_PREFIX} followed
 * by {@code key=value} pairs separated by spaces.
 *
 * @param lister        the lister's id
 * @param items         the collection's size
 * @param outcome       {@value #OK}, or {@value #OUT_OF_MEMORY} when the heap ran out
 * @param itemsSeen     how many items reached the route's step after the listing
 * @param checkpoints   how many heap checkpoints were taken
 * @param peakHeapBytes the most heap in use after a full collection at any checkpoint
 * @param baselineBytes the heap in use after a full collection once the routes had started, before the listing
 * @param pagesServed   how many pages the responder answered
 */
record PagingResult(String lister, int items, String outcome, long itemsSeen, long checkpoints, long peakHeapBytes,
        long baselineBytes, long pagesServed) {

    static final String LINE_PREFIX = "paging-result";
    static final String OK = "ok";
    static final String OUT_OF_MEMORY = "oom";

    boolean outOfMemory() {
        return OUT_OF_MEMORY.equals(outcome);
    }

    double peakHeapMb() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }

    /** The heap the listing held at its peak: the peak less the heap in use before it started, in MB. */
    double heldMb() {
        return (peakHeapBytes - baselineBytes) / (1024.0 * 1024.0);
    }

    String line() {
        return LINE_PREFIX + " lister=" + lister + " items=" + items + " outcome=" + outcome + " itemsSeen=" + itemsSeen
                + " checkpoints=" + checkpoints + " peakHeapBytes=" + peakHeapBytes + " baselineBytes=" + baselineBytes
                + " pagesServed=" + pagesServed;
    }

    /**
     * Reads a result line.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    static PagingResult parse(String line) {
        if (line == null || !line.startsWith(LINE_PREFIX + " ")) {
            throw new IllegalArgumentException("Not a paging result line: " + line);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.substring(LINE_PREFIX.length() + 1).trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Not key=value: '" + pair + "' in " + line);
            }
            fields.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new PagingResult(field(fields, "lister", line), (int) number(fields, "items", line),
                field(fields, "outcome", line), number(fields, "itemsSeen", line), number(fields, "checkpoints", line),
                number(fields, "peakHeapBytes", line), number(fields, "baselineBytes", line),
                number(fields, "pagesServed", line));
    }

    private static String field(Map<String, String> fields, String name, String line) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No " + name + " in the paging result line: " + line);
        }
        return value;
    }

    private static long number(Map<String, String> fields, String name, String line) {
        String value = field(fields, name, line);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number in the paging result line: " + line, e);
        }
    }
}
