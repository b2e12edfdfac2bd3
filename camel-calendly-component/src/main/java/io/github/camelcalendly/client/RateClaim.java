package io.github.camelcalendly.client;

/**
 * The outcome of claiming a permit in a {@link SharedRateWindow}.
 *
 * @param granted    whether the call may leave now
 * @param window     the window the permit was granted in, to report its answer with; 0 when refused
 * @param waitMillis how long to wait before claiming again when refused; 0 when granted
 */
public record RateClaim(boolean granted, long window, long waitMillis) {

    /** A permit of {@code window}. */
    public static RateClaim granted(long window) {
        return new RateClaim(true, window, 0);
    }

    /** No permit: ask again after {@code waitMillis} (at least 1). */
    public static RateClaim refused(long waitMillis) {
        return new RateClaim(false, 0, Math.max(1, waitMillis));
    }
}
