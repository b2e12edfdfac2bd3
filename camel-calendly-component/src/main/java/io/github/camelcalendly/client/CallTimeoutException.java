package io.github.camelcalendly.client;

import java.io.InterruptedIOException;

/**
 * A call did not finish within its callTimeout: the attempt running was aborted, or a wait (rate limit, retry) would
 * have outlasted the deadline.
 */
public final class CallTimeoutException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    public CallTimeoutException(String message) {
        super(message);
    }
}
