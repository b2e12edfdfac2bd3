package io.github.camelcalendly.client;

/**
 * Calendly's rate-limit window of one token kept where several instances of an application see it, so that together
 * they stay within the budget Calendly gives that token. Each call claims a permit before it leaves and reports the
 * {@code X-RateLimit-*} headers of its answer. A window is named by a key derived from the connection (the
 * connection's id, itself a short hash that leads back to nothing), never by the token.
 * <p>
 * Implementations apply the rules of {@link RateWindowState} atomically per key:
 * {@link InMemoryRateWindow} for the Camel contexts of one JVM, {@code io.github.camelcalendly.jdbc.JdbcRateWindow}
 * for instances sharing a database.
 */
public interface SharedRateWindow {

    /**
     * Claims one permit in the current window of {@code key}: granted, or refused with how long to wait before asking
     * again.
     *
     * @throws RateWindowException when the store cannot be reached
     */
    RateClaim claim(String key);

    /**
     * What Calendly answered to a call that left with a permit of window {@code window} (from its {@link RateClaim}).
     *
     * @throws RateWindowException when the store cannot be reached
     */
    void answered(String key, long window, RateAnswer answer);
}
