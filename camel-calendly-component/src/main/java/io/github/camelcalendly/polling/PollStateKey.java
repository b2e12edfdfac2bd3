package io.github.camelcalendly.polling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.github.camelcalendly.operation.ConnectionDefault;
import io.github.camelcalendly.operation.ConnectionIdentity;
import io.github.camelcalendly.operation.Operation;

/**
 * The state repository key of a polling endpoint: {@code calendly:<resource>/list:<digest>}, where the digest (128
 * bits of SHA-256, in hex) covers what is listed: the base URL and every filter the route set (sorted, so the order
 * of URI options does not matter), plus the connection's own user or organization where the list defaults to it, so
 * that two routes polling "my events" for different users do not share a watermark. The digest keeps the key free
 * of characters some repositories refuse (FileStateRepository refuses {@code =} and line breaks). The token itself is left out: a rotated token continues the same watermark.
 * Page size and paging options ({@code count}, {@code pageToken}) do not change what is listed and are left out too.
 */
public final class PollStateKey {

    private static final Set<String> PAGING = Set.of("count", "pageToken");

    private PollStateKey() {
    }

    /**
     * @param op       the list operation
     * @param baseUrl  the API base URL
     * @param filters  the request options the route set, by option name
     * @param identity the connection's identity, asked only when a connection default applies
     */
    public static String of(Operation op, String baseUrl, Map<String, Object> filters,
            Supplier<ConnectionIdentity> identity) {
        Map<String, String> parts = new TreeMap<>();
        filters.forEach((name, value) -> {
            if (!PAGING.contains(name) && value != null) {
                parts.put(name, String.valueOf(value));
            }
        });
        for (ConnectionDefault rule : op.connectionDefaults()) {
            if (rule.appliesTo(filters) && !parts.containsKey(rule.parameter())) {
                parts.put(rule.parameter(), identity.get().uriOf(rule.parameter()));
            }
        }
        StringBuilder listed = new StringBuilder(baseUrl);
        for (Map.Entry<String, String> e : parts.entrySet()) {
            listed.append('\n').append(e.getKey()).append('\n').append(e.getValue());
        }
        return "calendly:" + op.id() + ":" + digest(listed.toString());
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
