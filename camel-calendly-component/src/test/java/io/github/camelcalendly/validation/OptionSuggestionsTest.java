package io.github.camelcalendly.validation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option a route meant by a name the component does not know.
 */
class OptionSuggestionsTest {

    private final OptionSuggestions suggestions = new OptionSuggestions(List.of("accessToken", "signingKey",
            "minStartTime", "maxStartTime", "color", "count", "a1", "a2", "uuid", "uri"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"access_token, accessToken", "ACCESS_TOKEN, accessToken", "Signing-Key, signingKey",
            "min_start_time, minStartTime"})
    void anotherSpellingOfAKnownOptionNamesIt(String given, String meant) {
        assertThat(suggestions.adviceFor(given)).hasValue("did you mean '" + meant + "'?");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"acessToken, accessToken", "minStartTme, minStartTime", "min_strat_time, minStartTime",
            "colour, color", "a3, a1", "uuids, uuid", "signinKey, signingKey"})
    void closeMisspellingNamesTheNearestKnownOption(String given, String meant) {
        assertThat(suggestions.adviceFor(given)).hasValue("did you mean '" + meant + "'?");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"token", "api_key", "apiToken", "bearer_token", "personal_access_token", "auth-token"})
    void nameOtherToolsGiveTheBearerTokenNamesAccessToken(String given) {
        assertThat(suggestions.adviceFor(given)).hasValue("did you mean 'accessToken'?");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"client_secret, clientSecret", "refresh_token, refreshToken", "client_id, clientId"})
    void calendlysSpellingOfAnOAuthCredentialNamesTheOption(String given, String meant) {
        OptionSuggestions withOAuth = new OptionSuggestions(List.of("accessToken", "clientId", "clientSecret",
                "refreshToken", "token"));

        assertThat(withOAuth.adviceFor(given)).hasValue("did you mean '" + meant + "'?");
    }

    @Test
    void theWordTokenMeansTheAccessTokenEvenWhereAnOAuthOperationTakesAToken() {
        OptionSuggestions withOAuth = new OptionSuggestions(List.of("accessToken", "token"));

        assertThat(withOAuth.adviceFor("api_token")).hasValue("did you mean 'accessToken'?");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"frobnicate", "xyz", "timezone", "ab12", "sort"})
    void nameFarFromEveryKnownOptionGetsNoGuess(String given) {
        assertThat(suggestions.adviceFor(given)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"uuix, uuid", "signinKy, signingKey"})
    void upToFourLettersOneEditIsCloseAndUpToEightTwoEdits(String given, String meant) {
        assertThat(suggestions.adviceFor(given)).hasValue("did you mean '" + meant + "'?");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"uxix", "colorxyz"})
    void twoEditsAreTooFarForFourLettersAndThreeForEight(String given) {
        assertThat(suggestions.adviceFor(given)).isEmpty();
    }

    @Test
    void ofTwoEquallyNearOptionsTheFirstInAlphabeticalOrderIsNamed() {
        assertThat(suggestions.adviceFor("mStartTime")).hasValue("did you mean 'maxStartTime'?");
    }

    @Test
    void bearerTokenAliasesNameNothingWhenThereIsNoAccessTokenOption() {
        assertThat(new OptionSuggestions(List.of("signingKey")).adviceFor("api_key")).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"kitten, sitting, 3", "'', abc, 3", "abc, '', 3", "same, same, 0", "flaw, lawn, 2", "ab, ba, 2"})
    void distanceCountsSingleCharacterEdits(String a, String b, int expected) {
        assertThat(OptionSuggestions.distance(a, b)).isEqualTo(expected);
        assertThat(OptionSuggestions.distance(b, a)).isEqualTo(expected);
    }
}
