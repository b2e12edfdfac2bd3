package io.github.camelcalendly.oauth;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PKCE S256: the challenge of a verifier, and fresh random verifiers and states. */
class PkceTest {

    @Test
    void theChallengeOfRfc7636sExampleVerifierIsTheRfcsChallenge() {
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void aVerifierIs64UrlSafeCharactersAndNeverTheSameTwice() {
        Set<String> verifiers = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            verifiers.add(Pkce.newVerifier());
        }

        assertThat(verifiers).hasSize(20).allSatisfy(v -> assertThat(v).matches("[A-Za-z0-9_-]{64}"));
    }

    @Test
    void aStateIs43UrlSafeCharactersAndNeverTheSameTwice() {
        String first = Pkce.newState();
        String second = Pkce.newState();

        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(second).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first);
    }
}
