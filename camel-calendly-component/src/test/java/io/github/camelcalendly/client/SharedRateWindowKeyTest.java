package io.github.camelcalendly.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a connection's window has in a shared store: the same in every JVM, and no trace of the token. */
class SharedRateWindowKeyTest {

    private static final String TOKEN = "eyJraWQiOiJ0b2tlbi1zZWNyZXQifQ.payload.signature";

    @Test
    void theSameBaseUrlAndTokenAlwaysNameTheSameWindow() {
        String key = ConnectionRegistry.sharedWindowKey("https://api.calendly.com", TOKEN);

        assertThat(key).isEqualTo(ConnectionRegistry.sharedWindowKey("https://api.calendly.com", TOKEN))
                .matches("[0-9a-f]{16}")
                .doesNotContain(TOKEN.substring(0, 8));
    }

    @Test
    void anotherTokenOrBaseUrlNamesAnotherWindow() {
        String key = ConnectionRegistry.sharedWindowKey("https://api.calendly.com", TOKEN);

        assertThat(ConnectionRegistry.sharedWindowKey("https://api.calendly.com", TOKEN + "x")).isNotEqualTo(key);
        assertThat(ConnectionRegistry.sharedWindowKey("http://localhost:8080", TOKEN)).isNotEqualTo(key);
    }
}
