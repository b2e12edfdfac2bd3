package io.github.camelcalendly.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grammar of the Calendly-Webhook-Signature header beyond the plain {@code t=...,v1=...}. */
class SignatureHeaderTest {

    private static final String V1 = "af1982ea4bc1f32c1f4dc15a2804b96d13f5a1ba3acb49ef15bde920b80ba874";
    private static final String VALID = "t=1700000000,v1=" + V1;

    private static void assertMalformed(String value, String why) {
        assertThatThrownBy(() -> SignatureHeader.parse(value))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.reason()).isEqualTo("Malformed Calendly-Webhook-Signature header: " + why);
                });
    }

    @Test
    void partsOfOtherSchemesBesideAValidV1AreIgnored() throws Exception {
        SignatureHeader header = SignatureHeader.parse("v0=old,t=1700000000,v1=" + V1 + ",v2=future-scheme");

        assertThat(header.timestamp()).isEqualTo(1_700_000_000L);
        assertThat(header.signatures()).hasSize(1);
    }

    @Test
    void aSchemeNameOfEightCharactersIsAccepted() throws Exception {
        assertThat(SignatureHeader.parse(VALID + ",abcdefg8=x").signatures()).hasSize(1);
    }

    @Test
    void aSchemeNameLongerThanEightCharactersIsMalformed() {
        assertMalformed(VALID + ",abcdefgh9=x", "a part name must be lower-case letters and digits");
    }

    @Test
    void anUpperCaseSchemeNameIsMalformed() {
        assertMalformed(VALID + ",V2=x", "a part name must be lower-case letters and digits");
    }

    @Test
    void aPartWithAnEmptyNameIsMalformed() {
        assertMalformed(VALID + ",=x", "each part must be name=value");
    }

    @Test
    void aPartWithoutAnEqualsSignIsMalformed() {
        assertMalformed(VALID + ",v2", "each part must be name=value");
    }

    @Test
    void anEmptyPartIsMalformed() {
        assertMalformed(VALID + ",", "each part must be name=value");
    }

    @Test
    void spacesAroundPartsAreAllowed() throws Exception {
        assertThat(SignatureHeader.parse(" t=1700000000 , v1=" + V1 + " ").timestamp()).isEqualTo(1_700_000_000L);
    }

    @Test
    void aHeaderOfExactlyTheLengthLimitIsParsed() throws Exception {
        String value = padded(SignatureHeader.MAX_LENGTH);

        assertThat(SignatureHeader.parse(value).signatures()).hasSize(1);
    }

    @Test
    void aHeaderOneCharacterOverTheLengthLimitIsMalformed() {
        assertMalformed(padded(SignatureHeader.MAX_LENGTH + 1), "it is longer than 2048 characters");
    }

    /** A valid header followed by a v2 part whose value pads it to {@code length} characters. */
    private static String padded(int length) {
        String start = VALID + ",v2=";
        return start + "x".repeat(length - start.length());
    }

    @Test
    void aTwelveDigitTimestampIsAccepted() throws Exception {
        assertThat(SignatureHeader.parse("t=999999999999,v1=" + V1).timestamp()).isEqualTo(999_999_999_999L);
    }

    @Test
    void aThirteenDigitTimestampIsMalformed() {
        assertMalformed("t=1700000000000,v1=" + V1, "t must be a Unix time in seconds");
    }

    @Test
    void anEmptyTimestampIsMalformed() {
        assertMalformed("t=,v1=" + V1, "t must be a Unix time in seconds");
    }

    @Test
    void aNegativeTimestampIsMalformed() {
        assertMalformed("t=-1700000000,v1=" + V1, "t must be a Unix time in seconds");
    }

    @Test
    void aSecondTimestampIsMalformed() {
        assertMalformed(VALID + ",t=1700000001", "t appears more than once");
    }

    @Test
    void aMissingTimestampIsMalformed() {
        assertMalformed("v1=" + V1, "t (the signing time) is missing");
    }

    @Test
    void aHeaderWithOnlyOtherSchemesIsMissingV1() {
        assertMalformed("t=1700000000,v2=" + V1, "v1 (the signature) is missing");
    }

    @Test
    void aV1OneHexDigitShortIsMalformed() {
        assertMalformed("t=1700000000,v1=" + V1.substring(1), "v1 must be 64 hex digits");
    }

    @Test
    void aV1WithANonHexDigitIsMalformed() {
        assertMalformed("t=1700000000,v1=g" + V1.substring(1), "v1 must be 64 hex digits");
    }

    @Test
    void upperCaseHexDecodesToTheSameSignature() throws Exception {
        SignatureHeader lower = SignatureHeader.parse(VALID);
        SignatureHeader upper = SignatureHeader.parse("t=1700000000,v1=" + V1.toUpperCase(java.util.Locale.ROOT));

        assertThat(upper.signatures().get(0)).isEqualTo(lower.signatures().get(0));
    }

    @Test
    void everyV1IsKeptDuringAKeyRotation() throws Exception {
        String other = "0".repeat(64);

        SignatureHeader header = SignatureHeader.parse(VALID + ",v1=" + other);

        assertThat(header.signatures()).hasSize(2);
        assertThat(header.signatures().get(1)).isEqualTo(new byte[32]);
    }

    @Test
    void aBlankHeaderIsMalformed() {
        assertMalformed("  ", "it is empty");
    }

    @Test
    void theTextOfAHeaderShowsNoSignature() throws Exception {
        assertThat(SignatureHeader.parse(VALID).toString()).isEqualTo("SignatureHeader[t=1700000000, v1 count=1]");
    }
}
