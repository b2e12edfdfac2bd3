package io.github.camelcalendly.oauth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a shared store keys and seals a request: the row key is a fixed one-way function of the state (and the key),
 * and a sealed verifier opens only with its own state, redirect URI and key.
 */
class PendingAuthorizationCipherTest {

    private static final String STATE = "Vq3tY0cW9hB2mX7kP1zR8sL4nD6fG5jH0aQ2eU9iO3w";
    private static final String VERIFIER = "k8Jd2LmQ9xZr4TbN7vWc1YpF6hGs3AeK0uRo5IjE8lMn2BqC9tXy4DwV7zPa1SfH";
    private static final String CALLBACK = "https://app.example.com/oauth/callback";
    private static final String KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho=";

    private final PendingAuthorizationCipher cipher = PendingAuthorizationCipher.withoutKey();

    @Test
    void theRowKeyIsTheSameForAStateAndDiffersByStateAndByKey() {
        assertThat(cipher.keyOf(STATE)).isEqualTo(PendingAuthorizationCipher.withoutKey().keyOf(STATE))
                .matches("[A-Za-z0-9_-]{43}").doesNotContain(STATE)
                .isNotEqualTo(cipher.keyOf(STATE + "x"))
                .isNotEqualTo(PendingAuthorizationCipher.withBase64Key(KEY).keyOf(STATE));
    }

    @Test
    void aSealedVerifierOpensWithItsStateAndRedirectUri() {
        String sealed = cipher.seal(STATE, VERIFIER, CALLBACK);

        assertThat(sealed).doesNotContain(VERIFIER, STATE);
        assertThat(cipher.open(STATE, sealed, CALLBACK)).isEqualTo(VERIFIER);
    }

    @Test
    void sealingTheSameVerifierTwiceGivesDifferentTexts() {
        assertThat(cipher.seal(STATE, VERIFIER, CALLBACK)).isNotEqualTo(cipher.seal(STATE, VERIFIER, CALLBACK));
    }

    @Test
    void aSealedVerifierDoesNotOpenWithAnotherStateRedirectUriOrKey() {
        String sealed = cipher.seal(STATE, VERIFIER, CALLBACK);

        assertThatThrownBy(() -> cipher.open(STATE + "x", sealed, CALLBACK))
                .isInstanceOf(PendingAuthorizationStoreException.class).hasMessageNotContaining(STATE);
        assertThatThrownBy(() -> cipher.open(STATE, sealed, CALLBACK + "/other"))
                .isInstanceOf(PendingAuthorizationStoreException.class);
        assertThatThrownBy(() -> PendingAuthorizationCipher.withBase64Key(KEY).open(STATE, sealed, CALLBACK))
                .isInstanceOf(PendingAuthorizationStoreException.class).hasMessageContaining("another key");
    }

    @Test
    void aDamagedTextDoesNotOpen() {
        assertThatThrownBy(() -> cipher.open(STATE, "not*base64", CALLBACK))
                .isInstanceOf(PendingAuthorizationStoreException.class);
        assertThatThrownBy(() -> cipher.open(STATE, "c2hvcnQ", CALLBACK))
                .isInstanceOf(PendingAuthorizationStoreException.class);
    }

    @Test
    void itsDescriptionShowsNoKey() {
        assertThat(PendingAuthorizationCipher.withBase64Key(KEY).toString()).doesNotContain(KEY)
                .isEqualTo("PendingAuthorizationCipher[AES-256-GCM, keyed]");
    }
}
