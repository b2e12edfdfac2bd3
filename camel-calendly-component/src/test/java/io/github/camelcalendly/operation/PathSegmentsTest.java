package io.github.camelcalendly.operation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which identifiers and raw paths stay inside the path the operation meant.
 */
class PathSegmentsTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"6ee96ed4-83a3-4966-a278-cd19b3c02e09", "GBGBDCAADAEDCRZ2", "USER_WEBHOOK001", "me",
            "v1.2", "a..b", "...", "50%off", "%", "%2", "a b", "é"})
    void identifierThatStaysOneSegmentHasNoProblem(String identifier) {
        assertThat(PathSegments.identifierProblem(identifier)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {".", "..", "%2e", "%2E%2e", ".%2E", "%252e%252e", "%25252E."})
    void dotSegmentIsAPathNotAResource(String identifier) {
        assertThat(PathSegments.identifierProblem(identifier)).hasValueSatisfying(
                problem -> assertThat(problem).contains("'.' and '..'"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"a/b", "a\\b", "a?b", "a#b", "%2F", "a%5cb", "a%3Fb", "a%23b", "a%252Fb"})
    void separatorInAnIdentifierIsNamed(String identifier) {
        assertThat(PathSegments.identifierProblem(identifier)).hasValueSatisfying(
                problem -> assertThat(problem).contains("'/'", "'?'", "'#'"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/users/../me", "/users/./me", "..", ".", "/users/..", "users/%2e%2e/x",
            "/users/..%2Fx", "/users/..\\x", "/users/%252E/x", "/a//.."})
    void pathWithADotSegmentIsFound(String path) {
        assertThat(PathSegments.hasDotSegment(path)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/users/me", "/users/me.json", "/a..b/c", "/.well-known/x", "/...", "", "/"})
    void pathWithoutDotSegmentsIsFine(String path) {
        assertThat(PathSegments.hasDotSegment(path)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"%2e%2e|..", "%252e|.", "%25252F|/", "a%20b|a b", "%C3%A9|é", "50%off|50%off",
            "%|%", "%2|%2", "%zz|%zz", "plain|plain"})
    void percentEncodingIsUndoneAsOftenAsItWasApplied(String encoded, String decoded) {
        assertThat(PathSegments.decodeFully(encoded)).isEqualTo(decoded);
    }

    @Test
    void aPercentWithoutTwoHexDigitsAfterItStaysAsItIs() {
        assertThat(PathSegments.decodeFully("ab%4")).isEqualTo("ab%4");
        assertThat(PathSegments.decodeFully("ab%")).isEqualTo("ab%");
        assertThat(PathSegments.decodeFully("%2")).isEqualTo("%2");
        assertThat(PathSegments.decodeFully("%zz%41")).isEqualTo("%zzA");
    }

    @Test
    void anEncodingAtTheVeryEndIsUndone() {
        assertThat(PathSegments.decodeFully("ab%2E")).isEqualTo("ab.");
        assertThat(PathSegments.decodeFully("%2E")).isEqualTo(".");
    }

    @Test
    void byteThatIsNotUtf8DecodesToTheReplacementCharacter() {
        assertThat(PathSegments.decodeFully("%FF")).isEqualTo("\uFFFD");
    }
}
