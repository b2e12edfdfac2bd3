package io.github.camelcalendly.client;

/** A {@link SharedRateWindow} could not be read or written; the call does not leave without its permit. */
public final class RateWindowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RateWindowException(String message, Throwable cause) {
        super(message, cause);
    }
}
