package io.github.camelcalendly.client;

import java.io.IOException;

/**
 * One step a call passes on its way to Calendly: retrying, waiting for the rate limit, adding the token, recording
 * the connection's status, sending. A step does its part and hands the call on with {@link CallChain#proceed}; the
 * last step sends it.
 */
@FunctionalInterface
public interface CallStep {

    /** Handles {@code call}, usually by passing it on to {@code next}, and returns Calendly's answer. */
    CalendlyResponse handle(HttpCall call, CallChain next) throws IOException;
}
