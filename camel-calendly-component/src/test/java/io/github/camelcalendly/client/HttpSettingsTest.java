package io.github.camelcalendly.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component's own HTTP client never waits without end: a timeout of 0 ms (which HttpClient reads as "no
 * timeout") is refused like a negative one, and the pool needs at least one connection.
 */
class HttpSettingsTest {

    @Test
    void aConnectTimeoutOfZeroIsRefused() {
        assertThatThrownBy(() -> new HttpSettings(0, 30_000, 20, null, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
    }

    @Test
    void aResponseTimeoutOfZeroIsRefused() {
        assertThatThrownBy(() -> new HttpSettings(10_000, 0, 20, null, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("responseTimeout");
    }

    @Test
    void aPoolOfNoConnectionsIsRefused() {
        assertThatThrownBy(() -> new HttpSettings(10_000, 30_000, 0, null, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConnections must be 1 or more, got 0");
    }

    @Test
    void oneMillisecondAndOneConnectionAreEnough() {
        HttpSettings smallest = new HttpSettings(1, 1, 1, null, "test");

        assertThat(smallest.maxConnections()).isEqualTo(1);
    }
}
