package io.github.camelcalendly.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spellings of one option name.
 */
class OptionNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"accessToken, access_token, access-token", "signingKey, signing_key, signing-key",
            "op, op, op", "minStartTime, min_start_time, min-start-time"})
    void camelCaseIsWrittenWithSeparatorsAndBack(String camelCase, String snake, String kebab) {
        assertThat(OptionNames.separated(camelCase, '_')).isEqualTo(snake);
        assertThat(OptionNames.separated(camelCase, '-')).isEqualTo(kebab);
        assertThat(OptionNames.camelCase(snake)).isEqualTo(camelCase);
        assertThat(OptionNames.camelCase(kebab)).isEqualTo(camelCase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"_access_token, accessToken", "client__secret, clientSecret", "refresh_token_, refreshToken"})
    void strayLeadingDoubledOrTrailingSeparatorsAreDropped(String separated, String camelCase) {
        assertThat(OptionNames.camelCase(separated)).isEqualTo(camelCase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"accessToken", "access_token", "ACCESS_TOKEN", "access-token", "Access.Token", "accesstoken"})
    void everySpellingFoldsToTheSameName(String spelling) {
        assertThat(OptionNames.folded(spelling)).isEqualTo("accesstoken");
    }
}
