package io.github.camelcalendly.jdbc;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.github.camelcalendly.auth.StoredTokens;

/**
 * Tokens and keys the JDBC token store tests save and look for: each token is distinctive text, so that a row or a
 * message that holds it is found.
 */
final class TokenSamples {

    static final String USER = "https://api.calendly.com/users/AAAAAAAAAAAAAAAA";
    static final String OTHER_USER = "https://api.calendly.com/users/BBBBBBBBBBBBBBBB";

    static final String ACCESS_TOKEN = "at-5f2c91e7-access-secret";
    static final String REFRESH_TOKEN = "rt-8d04e7aa-refresh-secret";
    static final String NEXT_ACCESS_TOKEN = "at-77b1c2d3-next-access-secret";
    static final String NEXT_REFRESH_TOKEN = "rt-19e0f4b6-next-refresh-secret";

    static final String KEY = Base64.getEncoder().encodeToString(sequence(1, 32));
    static final String OTHER_KEY = Base64.getEncoder().encodeToString(sequence(101, 32));

    private TokenSamples() {
    }

    /** The first tokens of {@link #USER}, with every component set. */
    static StoredTokens first() {
        return new StoredTokens(ACCESS_TOKEN, REFRESH_TOKEN, Instant.parse("2026-03-01T10:00:00Z"),
                List.of("default", "scheduled_events:read"), USER, "https://api.calendly.com/organizations/ORG1");
    }

    /** The tokens a refresh of {@link #first()} returns: both tokens rotated, a later expiry. */
    static StoredTokens rotated() {
        return new StoredTokens(NEXT_ACCESS_TOKEN, NEXT_REFRESH_TOKEN, Instant.parse("2026-03-01T12:00:00.123Z"),
                List.of("default"), USER, "https://api.calendly.com/organizations/ORG1");
    }

    private static byte[] sequence(int first, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (first + i);
        }
        return bytes;
    }
}
