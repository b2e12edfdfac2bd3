package io.github.camelcalendly.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a response counts as having a body: anything in its UTF-8 text but white space, as String.isBlank tells. */
class CalendlyResponseTest {

    private static CalendlyResponse withBody(byte[] body) {
        return new CalendlyResponse(200, Map.of(), body, 1);
    }

    private static CalendlyResponse withText(String text) {
        return withBody(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyBodyIsNoBody() {
        assertThat(withBody(new byte[0]).hasBody()).isFalse();
    }

    @Test
    void asciiWhiteSpaceIsNoBody() {
        assertThat(withText(" \t\r\n\u000B\f\u001C\u001F ").hasBody()).isFalse();
    }

    @Test
    void unicodeWhiteSpaceIsNoBody() {
        assertThat(withText(" \u2003\u3000\u2028 ").hasBody()).isFalse();
    }

    @Test
    void aJsonObjectIsABody() {
        assertThat(withText("{}").hasBody()).isTrue();
    }

    @Test
    void aCharacterAfterWhiteSpaceIsABody() {
        assertThat(withText("\n\n  x").hasBody()).isTrue();
    }

    @Test
    void aNonAsciiCharacterAfterUnicodeWhiteSpaceIsABody() {
        assertThat(withText(" \u2003é").hasBody()).isTrue();
    }

    @Test
    void aNoBreakSpaceIsABodySinceItIsNotWhiteSpace() {
        assertThat(withText("\u00A0").hasBody()).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8AreABody() {
        assertThat(withBody(new byte[] {' ', (byte) 0xFF, ' '}).hasBody()).isTrue();
    }

    @Test
    void theTextIsTheBodyDecodedAsUtf8() {
        assertThat(withText(" é ").bodyText()).isEqualTo(" é ");
    }
}
