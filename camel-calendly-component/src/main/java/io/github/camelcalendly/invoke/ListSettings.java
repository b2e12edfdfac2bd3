package io.github.camelcalendly.invoke;

/**
 * How a list is read.
 *
 * @param paginate   fetch every page (true) or only the first (false)
 * @param maxResults stop after this many items; 0 for no limit
 * @param streaming  hand out a lazy iterator that fetches pages as it goes instead of a list
 */
public record ListSettings(boolean paginate, long maxResults, boolean streaming) {

    /** Every item of every page, as a list. */
    public static final ListSettings ALL = new ListSettings(true, 0, false);

    public ListSettings {
        if (maxResults < 0) {
            throw new IllegalArgumentException("maxResults must be 0 or more, got " + maxResults);
        }
    }
}
