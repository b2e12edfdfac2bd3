package io.github.camelcalendly.client;

/**
 * Waits. Retries and the rate limiter wait through this, so tests can see the waits without spending them.
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = Thread::sleep;

    void sleep(long millis) throws InterruptedException;
}
