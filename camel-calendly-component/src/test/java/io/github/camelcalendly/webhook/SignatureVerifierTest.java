package io.github.camelcalendly.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worked vector of NOTES.md ("Webhooks", "Signature") verifies; the body-only HMAC, the common bug, does not. */
class SignatureVerifierTest {

    private static final String KEY = "example-signing-key-123";
    private static final byte[] BODY = ("{\"event\":\"invitee.created\",\"created_at\":\"2023-11-14T22:13:20.000000Z\","
                                        + "\"payload\":{\"email\":\"jane@example.com\"}}")
            .getBytes(StandardCharsets.UTF_8);
    private static final Clock AT_SIGNING = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    private final SignatureVerifier verifier = new SignatureVerifier(KEY, AT_SIGNING, 180_000);

    @Test
    void theNotesVectorVerifies() {
        assertThat(BODY).hasSize(109);
        assertThatCode(() -> verifier.verify(SignatureHeader.parse(
                "t=1700000000,v1=af1982ea4bc1f32c1f4dc15a2804b96d13f5a1ba3acb49ef15bde920b80ba874"), BODY))
                .doesNotThrowAnyException();
    }

    @Test
    void theHmacOfTheBodyAloneIsRefused() {
        assertThatThrownBy(() -> verifier.verify(SignatureHeader.parse(
                "t=1700000000,v1=071e1ce00dcc92206e658a23aeac7f58fca70d7044d38404a8adf99955c0e9a7"), BODY))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.status()).isEqualTo(401));
    }

    @Test
    void theVectorIsStaleOnceTheToleranceHasPassed() {
        SignatureVerifier later = new SignatureVerifier(KEY,
                Clock.fixed(Instant.ofEpochSecond(1_700_000_181L), ZoneOffset.UTC), 180_000);

        assertThatThrownBy(() -> later.verify(SignatureHeader.parse(
                "t=1700000000,v1=af1982ea4bc1f32c1f4dc15a2804b96d13f5a1ba3acb49ef15bde920b80ba874"), BODY))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(401);
                    assertThat(r.reason()).contains("signatureTolerance");
                });
    }

    @Test
    void aSigningKeyNeverAppearsInTheVerifiersText() {
        assertThat(verifier.toString()).isEqualTo("SignatureVerifier[toleranceMillis=180000]").doesNotContain(KEY);
    }

    private static final String SIGNED = "t=1700000000,v1=af1982ea4bc1f32c1f4dc15a2804b96d13f5a1ba3acb49ef15bde920b80ba874";

    private static SignatureVerifier at(long epochMillis) {
        return new SignatureVerifier(KEY, Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC), 180_000);
    }

    @Test
    void aDeliveryExactlyAtTheToleranceInThePastVerifies() {
        assertThatCode(() -> at(1_700_000_000_000L + 180_000).verify(SignatureHeader.parse(SIGNED), BODY))
                .doesNotThrowAnyException();
    }

    @Test
    void aDeliveryExactlyAtTheToleranceInTheFutureVerifies() {
        assertThatCode(() -> at(1_700_000_000_000L - 180_000).verify(SignatureHeader.parse(SIGNED), BODY))
                .doesNotThrowAnyException();
    }

    @Test
    void aDeliveryOneMillisecondBeyondTheToleranceInTheFutureIsRefused() {
        assertThatThrownBy(() -> at(1_700_000_000_000L - 180_001).verify(SignatureHeader.parse(SIGNED), BODY))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(401);
                    assertThat(r.reason()).contains("signatureTolerance");
                });
    }

    @Test
    void aMatchingSignatureAmongOthersVerifiesWhereverItStands() {
        String wrong = "0".repeat(64);
        assertThatCode(() -> verifier.verify(SignatureHeader.parse(SIGNED + ",v1=" + wrong), BODY))
                .doesNotThrowAnyException();
        assertThatCode(() -> verifier.verify(SignatureHeader.parse("t=1700000000,v1=" + wrong + ","
                + SIGNED.substring(SIGNED.indexOf("v1="))), BODY)).doesNotThrowAnyException();
    }

    @Test
    void aToleranceOfZeroIsRefusedNamingIt() {
        assertThatThrownBy(() -> new SignatureVerifier(KEY, AT_SIGNING, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The signature tolerance must be positive, got 0");
    }

    @Test
    void anEmptySigningKeyIsRefused() {
        assertThatThrownBy(() -> new SignatureVerifier("", AT_SIGNING, 180_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The signing key must not be empty");
    }

    @Test
    void eachSignatureIsOfItsOwnTimestampAndBodyWhateverWasSignedBefore() {
        byte[] first = verifier.signature(1_700_000_000L, BODY);
        verifier.signature(1_700_000_001L, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(verifier.signature(1_700_000_000L, BODY)).isEqualTo(first)
                .isEqualTo(new SignatureVerifier(KEY, AT_SIGNING, 180_000).signature(1_700_000_000L, BODY));
    }

    @Test
    void threadsSigningAtOnceEachGetTheSignatureOfTheirOwnDelivery() throws Exception {
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long timestamp = 1_700_000_000L + t;
                byte[] expected = new SignatureVerifier(KEY, AT_SIGNING, 180_000).signature(timestamp, BODY);
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        if (!java.util.Arrays.equals(verifier.signature(timestamp, BODY), expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
