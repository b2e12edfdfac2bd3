package io.github.camelcalendly.client;

/**
 * How a connection retries a failed call.
 *
 * @param maxRetries            how many times to retry after the first attempt; 0 never retries
 * @param retryDelayMillis      the wait before the first retry
 * @param exponentialBackoff    whether the wait doubles with each retry (with jitter)
 * @param maxRetryDelayMillis   the longest wait; a 429 whose reset lies further away fails at once
 * @param retryOnAllErrors      whether POST and PATCH are also retried after a 5xx or an I/O error that may have
 *                              reached Calendly (off by default: a retried booking must never book twice)
 */
public record RetryOptions(
        int maxRetries, long retryDelayMillis, boolean exponentialBackoff, long maxRetryDelayMillis,
        boolean retryOnAllErrors) {

    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final long DEFAULT_RETRY_DELAY = 1000;
    public static final long DEFAULT_MAX_RETRY_DELAY = 60000;

    public static final RetryOptions DEFAULTS = new RetryOptions(
            DEFAULT_MAX_RETRIES, DEFAULT_RETRY_DELAY, true, DEFAULT_MAX_RETRY_DELAY, false);

    /** Never retries: for calls whose repetition could do harm (a refresh token is single-use). */
    public static final RetryOptions NONE = new RetryOptions(0, 0, false, 0, false);

    public RetryOptions {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
        }
        if (retryDelayMillis < 0 || maxRetryDelayMillis < 0) {
            throw new IllegalArgumentException("retryDelay and maxRetryDelay must be 0 or more");
        }
    }
}
