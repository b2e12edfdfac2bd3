package io.github.camelcalendly.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PKCE (RFC 7636) with the S256 method, which Calendly recommends for every app: a random code verifier stays with
 * the component, and only its SHA-256 challenge travels in the browser's authorization URL.
 */
final class Pkce {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private Pkce() {
    }

    /** A new code verifier: 64 characters from 48 random bytes, within RFC 7636's 43 to 128. */
    static String newVerifier() {
        return randomText(48);
    }

    /** A new random {@code state}: 32 random bytes, URL-safe. */
    static String newState() {
        return randomText(32);
    }

    /** The S256 challenge of {@code verifier}: the URL-safe Base64 of its SHA-256, without padding. */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL_SAFE.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return URL_SAFE.encodeToString(random);
    }
}
