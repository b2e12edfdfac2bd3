package io.github.camelcalendly.oauth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a shared {@link PendingAuthorizationStore} keeps a request so that whoever reads its table cannot use it. The
 * row is found by a one-way key of the state ({@link #keyOf}), and the code verifier is sealed with AES-256-GCM under
 * a key derived from the state itself ({@link #seal}), bound to the request's redirect URI. The state travels only in
 * the authorization URL and the callback, next to the authorization code: anyone able to open a sealed verifier
 * already holds the callback, so the table alone gives away nothing. A secret key (optional) is mixed into both
 * derivations, so that even a reader who guesses or sees a state cannot find or open its row without the key.
 */
public final class PendingAuthorizationCipher {

    private static final byte[] NO_KEY = "camel-calendly pending authorizations".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROW_KEY_LABEL = "row key\0".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SEALING_KEY_LABEL = "sealing key\0".getBytes(StandardCharsets.UTF_8);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_KEY_BYTES = 16;
    private static final Base64.Encoder TEXT = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec derivationKey;
    private final boolean keyed;
    private final SecureRandom random = new SecureRandom();

    private PendingAuthorizationCipher(byte[] key, boolean keyed) {
        this.derivationKey = new SecretKeySpec(key, "HmacSHA256");
        this.keyed = keyed;
    }

    /** Derivations from the state alone: a table reader needs the callback's state to find or open a row. */
    public static PendingAuthorizationCipher withoutKey() {
        return new PendingAuthorizationCipher(NO_KEY, false);
    }

    /**
     * Derivations from the state and a secret key, which every instance sharing the store must be given.
     *
     * @param base64Key at least 16 random bytes as Base64 text (such as the output of {@code openssl rand -base64 32})
     * @throws IllegalArgumentException when the text is not Base64 or too short; the message never quotes it
     */
    public static PendingAuthorizationCipher withBase64Key(String base64Key) {
        Objects.requireNonNull(base64Key, "base64Key");
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            // not chained: the decoder's message quotes the offending character of the key
            throw new IllegalArgumentException("The pending authorization key is not Base64 text (standard alphabet,"
                                               + " such as the output of 'openssl rand -base64 32')");
        }
        try {
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("The pending authorization key must be at least " + MIN_KEY_BYTES
                                                   + " bytes; the key given has " + key.length);
            }
            return new PendingAuthorizationCipher(key, true);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The key a request is stored under: a one-way function of {@code state}, 43 URL-safe characters. */
    public String keyOf(String state) {
        return TEXT.encodeToString(derive(ROW_KEY_LABEL, state));
    }

    /** {@code codeVerifier} sealed under a key derived from {@code state}, bound to {@code redirectUri}; as text. */
    public String seal(String state, String codeVerifier, String redirectUri) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, state, iv);
            cipher.updateAAD(redirectUri.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(codeVerifier.getBytes(StandardCharsets.UTF_8));
            return TEXT.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot encrypt with " + TRANSFORMATION, e);
        }
    }

    /**
     * The code verifier {@link #seal} sealed for the same state and redirect URI.
     *
     * @throws PendingAuthorizationStoreException when the text was changed, or sealed for another redirect URI or
     *                                            under another key
     */
    public String open(String state, String sealedText, String redirectUri) {
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(sealedText);
        } catch (IllegalArgumentException e) {
            throw notOpened();
        }
        if (sealed.length <= IV_BYTES) {
            throw notOpened();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, state, Arrays.copyOf(sealed, IV_BYTES));
            cipher.updateAAD(redirectUri.getBytes(StandardCharsets.UTF_8));
            byte[] verifier = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            return new String(verifier, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw notOpened();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot decrypt with " + TRANSFORMATION, e);
        }
    }

    private Cipher cipher(int mode, String state, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, new SecretKeySpec(derive(SEALING_KEY_LABEL, state), "AES"),
                new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }

    private byte[] derive(byte[] label, String state) {
        Objects.requireNonNull(state, "state");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(derivationKey);
            mac.update(label);
            return mac.doFinal(state.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HmacSHA256", e);
        }
    }

    private PendingAuthorizationStoreException notOpened() {
        return new PendingAuthorizationStoreException("A pending authorization could not be opened: it was changed"
                + " in the database, or sealed under another key" + (keyed ? "" : " (this store has none)")
                + "; give every instance sharing the store the same key");
    }

    @Override
    public String toString() {
        return "PendingAuthorizationCipher[AES-256-GCM, " + (keyed ? "keyed" : "state-derived") + "]";
    }
}
