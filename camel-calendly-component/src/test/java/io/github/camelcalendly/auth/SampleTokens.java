package io.github.camelcalendly.auth;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Tokens and keys the token store tests (file and JDBC) save and look for: each token is distinctive text, so that a
 * file, a row or a message that holds it is found.
 */
public final class SampleTokens {

    public static final String USER = "https://api.calendly.com/users/AAAAAAAAAAAAAAAA";
    public static final String OTHER_USER = "https://api.calendly.com/users/BBBBBBBBBBBBBBBB";

    public static final String ACCESS_TOKEN = "at-5f2c91e7-access-secret";
    public static final String REFRESH_TOKEN = "rt-8d04e7aa-refresh-secret";
    public static final String NEXT_ACCESS_TOKEN = "at-77b1c2d3-next-access-secret";
    public static final String NEXT_REFRESH_TOKEN = "rt-19e0f4b6-next-refresh-secret";

    /** A 256-bit key (32 bytes of 0x01 .. 0x20). */
    public static final byte[] KEY = sequence(1, 32);
    /** Another 256-bit key. */
    public static final byte[] OTHER_KEY = sequence(101, 32);
    /** {@link #KEY} as Base64 text, the way stores take a key from configuration. */
    public static final String KEY_BASE64 = base64(KEY);
    /** {@link #OTHER_KEY} as Base64 text. */
    public static final String OTHER_KEY_BASE64 = base64(OTHER_KEY);

    private SampleTokens() {
    }

    /** The first tokens of {@link #USER}, with every component set. */
    public static StoredTokens first() {
        return new StoredTokens(ACCESS_TOKEN, REFRESH_TOKEN, Instant.parse("2026-03-01T10:00:00Z"),
                List.of("default", "scheduled_events:read"), USER, "https://api.calendly.com/organizations/ORG1");
    }

    /** The tokens a refresh of {@link #first()} returns: both tokens rotated, a later expiry. */
    public static StoredTokens rotated() {
        return new StoredTokens(NEXT_ACCESS_TOKEN, NEXT_REFRESH_TOKEN, Instant.parse("2026-03-01T12:00:00.123Z"),
                List.of("default"), USER, "https://api.calendly.com/organizations/ORG1");
    }

    public static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    public static byte[] sequence(int first, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (first + i);
        }
        return bytes;
    }
}
