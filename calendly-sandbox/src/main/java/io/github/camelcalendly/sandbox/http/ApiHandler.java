package io.github.camelcalendly.sandbox.http;

/**
 * Answers one modelled Calendly endpoint. Runs while the sandbox's state lock is held.
 */
@FunctionalInterface
public interface ApiHandler {

    ApiResponse handle(ApiRequest request);
}
