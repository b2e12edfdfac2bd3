package io.github.camelcalendly.auth;

import java.util.Base64;
import java.util.Objects;

import javax.crypto.AEADBadTagException;

/**
 * The encryption of tokens at rest that {@link FileTokenStore} uses, for token stores kept elsewhere (such as
 * {@code io.github.camelcalendly.jdbc.JdbcTokenStore}): AES-GCM under a 128-, 192- or 256-bit key, a fresh random
 * 12-byte IV per message, a 128-bit tag, and associated data the store chooses (so that a message only opens where it
 * was written, for example for one connection id). The key is given as bytes or as Base64 text with the same rules as
 * {@link FileTokenStore}'s: any other length is refused with a message that gives the length, never the key.
 *
 * <p>A sealed message is text: the Base64 IV, a dot, and the Base64 ciphertext with its tag. {@link #keyId()} is a
 * short one-way fingerprint of the key, so that a message sealed under another key is reported as such rather than as
 * damaged. {@link #toString()} shows the key size and key id, never the key.
 */
public final class TokenEncryption {

    private final TokenCipher cipher;

    private TokenEncryption(TokenCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Encryption under {@code key}: 16, 24 or 32 bytes, copied (the caller may wipe the array afterwards).
     *
     * @throws IllegalArgumentException for any other length; the message gives the length, never the key
     */
    public static TokenEncryption withKey(byte[] key) {
        return new TokenEncryption(TokenCipher.withKey(key));
    }

    /**
     * Encryption under the key written as standard Base64 text (surrounding blanks ignored), such as the output of
     * {@code openssl rand -base64 32}.
     *
     * @throws IllegalArgumentException when the text is not Base64 or the key has another length; the message never
     *                                  quotes the text
     */
    public static TokenEncryption withBase64Key(String base64Key) {
        return new TokenEncryption(TokenCipher.withBase64Key(base64Key));
    }

    /** A short, one-way name of the key: equal for the same key, different for another. */
    public String keyId() {
        return cipher.keyId();
    }

    /** Encrypts {@code plaintext} bound to {@code associatedData}, under a fresh IV; the sealed text. */
    public String seal(byte[] plaintext, byte[] associatedData) {
        TokenCipher.Sealed sealed = cipher.seal(plaintext, associatedData);
        Base64.Encoder base64 = Base64.getEncoder();
        return base64.encodeToString(sealed.iv()) + "." + base64.encodeToString(sealed.ciphertext());
    }

    /**
     * Decrypts what {@link #seal} produced with the same associated data.
     *
     * @throws IllegalArgumentException when {@code sealed} is not sealed text (the message does not quote it)
     * @throws AEADBadTagException      when it was altered, sealed with other associated data, or under another key
     */
    public byte[] open(String sealed, byte[] associatedData) throws AEADBadTagException {
        Objects.requireNonNull(sealed, "sealed");
        int dot = sealed.indexOf('.');
        byte[] iv;
        byte[] ciphertext;
        try {
            iv = Base64.getDecoder().decode(dot < 0 ? "" : sealed.substring(0, dot));
            ciphertext = Base64.getDecoder().decode(sealed.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the text.
            throw new IllegalArgumentException("The sealed tokens are not Base64 IV and ciphertext");
        }
        if (iv.length != TokenCipher.IV_BYTES) {
            throw new IllegalArgumentException("The sealed tokens have an IV of " + iv.length + " bytes instead of "
                                               + TokenCipher.IV_BYTES);
        }
        return cipher.open(new TokenCipher.Sealed(iv, ciphertext), associatedData);
    }

    @Override
    public String toString() {
        return "TokenEncryption[" + cipher + "]";
    }
}
