package io.github.camelcalendly.sandbox.http;

/**
 * A group of endpoints (one Calendly resource family) that registers its routes.
 */
public interface ApiModule {

    void register(Router router);
}
