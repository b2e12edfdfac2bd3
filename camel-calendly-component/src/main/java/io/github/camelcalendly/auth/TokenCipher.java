package io.github.camelcalendly.auth;

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
 * AES-GCM under one key, as {@link FileTokenStore} uses it: a fresh random 12-byte IV per message, a 128-bit tag, and
 * associated data that the caller chooses (the connection id), so a message only opens for the data it was sealed
 * with. Also names its key by a short {@linkplain #keyId() key id}, so that a file sealed under another key can be
 * told apart from a damaged one. Holds the key; shows it nowhere.
 */
final class TokenCipher {

    /** The IV length GCM is designed for. */
    static final int IV_BYTES = 12;

    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final byte[] KEY_ID_LABEL = "camel-calendly token store key id".getBytes(StandardCharsets.UTF_8);
    private static final int KEY_ID_BYTES = 8;

    private final SecretKeySpec key;
    private final int keyBits;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.keyBits = key.length * 8;
        this.keyId = keyIdOf(key);
    }

    /**
     * A cipher under {@code key}, which must be 16, 24 or 32 bytes (AES-128, -192 or -256).
     *
     * @throws IllegalArgumentException for any other length; the message gives the length, never the key
     */
    static TokenCipher withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("A token store key must be 16, 24 or 32 bytes (AES-128, AES-192 or"
                                               + " AES-256); the key given has " + key.length
                                               + (key.length == 1 ? " byte" : " bytes"));
        }
        return new TokenCipher(key); // SecretKeySpec keeps a copy: the caller's array may change or be wiped
    }

    /**
     * A cipher under the key written as Base64 text (standard alphabet, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException when the text is not Base64 or the key has the wrong length; the message never
     *                                  quotes the text
     */
    static TokenCipher withBase64Key(String base64Key) {
        Objects.requireNonNull(base64Key, "base64Key");
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            // Not chained: the decoder's message quotes the offending character of the key.
            throw new IllegalArgumentException("The token store key is not Base64 text (standard alphabet, such as"
                                               + " the output of 'openssl rand -base64 32')");
        }
        try {
            return withKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A short, one-way name of the key: equal for the same key, different (with overwhelming odds) for another. */
    String keyId() {
        return keyId;
    }

    /** Encrypts {@code plaintext} bound to {@code associatedData} under a fresh IV. */
    Sealed seal(byte[] plaintext, byte[] associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            return new Sealed(iv, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot encrypt with " + TRANSFORMATION, e);
        }
    }

    /**
     * Decrypts what {@link #seal} produced with the same associated data.
     *
     * @throws AEADBadTagException when the ciphertext, the IV or the associated data differ from what was sealed, or
     *                             the key is not the one it was sealed under
     */
    byte[] open(Sealed sealed, byte[] associatedData) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot decrypt with " + TRANSFORMATION, e);
        }
    }

    /** HMAC-SHA256 of a fixed label under the key, cut to a few bytes: identifies the key, reveals nothing of it. */
    private static String keyIdOf(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(KEY_ID_LABEL);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KEY_ID_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-" + keyBits + "-GCM, keyId=" + keyId + "]";
    }

    /**
     * An encrypted message: the IV it was sealed with and the ciphertext followed by the tag.
     *
     * @param iv         the 12-byte IV
     * @param ciphertext the encrypted bytes and the 16-byte tag
     */
    record Sealed(byte[] iv, byte[] ciphertext) {
    }
}
