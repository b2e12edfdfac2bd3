package io.github.camelcalendly.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A component's connections, one per base URL and token, shared by every endpoint that uses the same ones. The token
 * is kept only inside the connection's token provider: connections are found by a fingerprint of it, and named by a
 * shorter one that leads back to nothing.
 */
public final class ConnectionRegistry {

    /** Builds a new connection. */
    @FunctionalInterface
    public interface Factory {

        /**
         * @param id      the connection's name for logs and health checks
         * @param baseUrl the API base URL
         * @param token   the bearer token
         */
        CalendlyConnection create(String id, String baseUrl, String token);
    }

    private final Map<String, CalendlyConnection> connections = new ConcurrentHashMap<>();
    private final Consumer<CalendlyConnection> onCreated;

    /** @param onCreated told once about each new connection (the component adds its health check) */
    public ConnectionRegistry(Consumer<CalendlyConnection> onCreated) {
        this.onCreated = onCreated;
    }

    /** The connection of {@code baseUrl} and {@code token}, made by {@code factory} when there is none yet. */
    public CalendlyConnection connection(String baseUrl, String token, Factory factory) {
        String key = baseUrl + "|" + fingerprint(token, 12);
        return connections.computeIfAbsent(key, k -> {
            CalendlyConnection created = factory.create(fingerprint(k, 5), baseUrl, token);
            onCreated.accept(created);
            return created;
        });
    }

    /**
     * The name under which the instances of an application share a connection's rate-limit window
     * ({@link SharedRateWindow}): the same for the same base URL and identity in every JVM, and a hash that leads back
     * to nothing.
     *
     * @param baseUrl  the API base URL
     * @param identity who the connection calls Calendly as: its token, or its OAuth client and connection id
     */
    public static String sharedWindowKey(String baseUrl, String identity) {
        return fingerprint(baseUrl + "|" + fingerprint(identity, 12), 8);
    }

    /** How many connections there are. */
    public int size() {
        return connections.size();
    }

    /** Forgets every connection (the component stopped). */
    public void clear() {
        connections.clear();
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text}, in hex. */
    private static String fingerprint(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
