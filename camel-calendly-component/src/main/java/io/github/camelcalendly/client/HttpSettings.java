package io.github.camelcalendly.client;

import javax.net.ssl.SSLContext;

/**
 * How the component's own HTTP client is built.
 *
 * @param connectTimeoutMillis  how long to wait for a connection
 * @param responseTimeoutMillis how long to wait for each read of a response
 * @param maxConnections        the pool size
 * @param sslContext            the TLS context, or null for the JVM default
 * @param userAgent             the User-Agent to send
 */
public record HttpSettings(
        long connectTimeoutMillis, long responseTimeoutMillis, int maxConnections, SSLContext sslContext,
        String userAgent) {

    public HttpSettings {
        if (connectTimeoutMillis <= 0 || responseTimeoutMillis <= 0) {
            throw new IllegalArgumentException("connectTimeout and responseTimeout must be more than 0 ms");
        }
        if (maxConnections <= 0) {
            throw new IllegalArgumentException("maxConnections must be 1 or more, got " + maxConnections);
        }
    }
}
