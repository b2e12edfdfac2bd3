package io.github.camelcalendly.validation;

import java.util.List;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyEndpointUriFactory;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spellings of secret options that Camel masks in every URI it prints, once the component is loaded.
 */
class SecretOptionNamesTest {

    private static final String VALUE = "whsec-unit-1f8e22";

    @BeforeAll
    static void loadTheComponent() {
        // its static initializer hands the spellings to Camel's sanitizer
        assertThat(new CalendlyComponent()).isNotNull();
    }

    @Test
    void eachSecretOptionIsSpelledInCamelSnakeAndKebabCase() {
        assertThat(SecretOptionNames.spellings(List.of("accessToken", "clientSecret"))).containsExactly(
                "accessToken", "access_token", "access-token", "clientSecret", "client_secret", "client-secret");
    }

    @Test
    void theSpellingsGoToCamelAsOneCommaSeparatedList() {
        assertThat(SecretOptionNames.sanitizeKeywords(List.of("signingKey")))
                .isEqualTo("signingKey,signing_key,signing-key");
    }

    @Test
    void theComponentsSecretOptionsAreTheGeneratedOnes() {
        assertThat(new CalendlyEndpointUriFactory().secretPropertyNames()).containsExactlyInAnyOrder("accessToken",
                "clientSecret", "refreshToken", "signingKey", "codeVerifier", "token");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"accessToken", "access_token", "ACCESS_TOKEN", "access-token", "signingKey", "signing_key",
            "Signing_Key", "signing-key", "webhook_signing_key", "clientSecret", "client_secret", "refreshToken",
            "refresh_token", "codeVerifier", "code_verifier", "token"})
    void camelMasksEverySpellingInAUri(String name) {
        String uri = "calendly:users?op=me&" + name + "=RAW(" + VALUE + ")&count=5";

        String sanitized = URISupport.sanitizeUri(uri);

        assertThat(sanitized).isEqualTo("calendly:users?op=me&" + name + "=xxxxxx&count=5");
    }

    @Test
    void anApplicationsKeywordsComeFirstAndEachKeywordOnce() {
        assertThat(SecretOptionNames.merged(" partnerKey,signing_key ", "signingKey,signing_key"))
                .isEqualTo("partnerKey,signing_key,signingKey");
    }

    @Test
    void withoutAnApplicationsKeywordsOursStandAlone() {
        assertThat(SecretOptionNames.merged(null, "signingKey,signing_key")).isEqualTo("signingKey,signing_key");
        assertThat(SecretOptionNames.merged("", "signingKey")).isEqualTo("signingKey");
    }
}
