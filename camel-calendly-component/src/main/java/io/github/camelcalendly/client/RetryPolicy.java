package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.function.DoubleSupplier;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Decides whether a failed call is tried again, and after how long. A 429 is always safe to retry (Calendly did not
 * act on the request) and waits for the rate-limit reset; a 5xx or an I/O error is retried for GET, DELETE and
 * idempotent operations, and for POST/PATCH only when the connection never reached Calendly, unless the route opts
 * in with retryOnAllErrors.
 */
public final class RetryPolicy {

    /** Give up: no further attempt. */
    public static final long GIVE_UP = -1;

    private final RetryOptions options;
    private final DoubleSupplier random;

    public RetryPolicy(RetryOptions options, DoubleSupplier random) {
        this.options = options;
        this.random = random;
    }

    /** The wait before the next attempt after attempt {@code attempt} (1-based) answered an error, or GIVE_UP. */
    public long afterStatus(Operation op, String method, int attempt, CalendlyResponse response) {
        if (attempt > options.maxRetries()) {
            return GIVE_UP;
        }
        int status = response.statusCode();
        if (status == 429) {
            long reset = RateLimitHeaders.secondsUntilReset(response.headers());
            long wait = reset >= 0 ? reset * 1000 : backoff(attempt);
            return wait <= options.maxRetryDelayMillis() ? wait : GIVE_UP;
        }
        if (status >= 500 && (safe(op, method) || options.retryOnAllErrors())) {
            return backoff(attempt);
        }
        return GIVE_UP;
    }

    /** The wait before the next attempt after attempt {@code attempt} failed with an I/O error, or GIVE_UP. */
    public long afterIoError(Operation op, String method, int attempt, IOException error) {
        if (attempt > options.maxRetries()) {
            return GIVE_UP;
        }
        if (neverReachedCalendly(error) || safe(op, method) || options.retryOnAllErrors()) {
            return backoff(attempt);
        }
        return GIVE_UP;
    }

    /** GET and DELETE, and operations Calendly documents as idempotent, may be repeated without harm. */
    private static boolean safe(Operation op, String method) {
        if ("GET".equals(method) || "DELETE".equals(method)) {
            return true;
        }
        return op.kind() == OperationKind.HTTP && op.idempotent();
    }

    /** Errors raised before a request could be sent: nothing reached Calendly, so any method may be retried. */
    static boolean neverReachedCalendly(IOException error) {
        return error instanceof ConnectException || error instanceof ConnectTimeoutException
               || error instanceof NoRouteToHostException || error instanceof UnknownHostException;
    }

    private long backoff(int attempt) {
        long delay = options.retryDelayMillis();
        if (options.exponentialBackoff()) {
            delay = delay << Math.min(attempt - 1, 20);
            // equal jitter: half fixed, half random, so that clients that failed together retry apart
            delay = delay / 2 + (long) (random.getAsDouble() * (delay / 2.0));
        }
        return Math.min(delay, options.maxRetryDelayMillis());
    }
}
