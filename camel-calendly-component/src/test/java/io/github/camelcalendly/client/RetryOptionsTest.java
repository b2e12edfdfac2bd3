package io.github.camelcalendly.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which retry options are accepted: zero means no retry or no wait, a negative value is refused naming the option.
 */
class RetryOptionsTest {

    @Test
    void zeroRetriesAndZeroDelaysAreAccepted() {
        RetryOptions none = new RetryOptions(0, 0, false, 0, false);

        assertThat(none.maxRetries()).isZero();
        assertThat(none.retryDelayMillis()).isZero();
        assertThat(none.maxRetryDelayMillis()).isZero();
    }

    @Test
    void negativeMaxRetriesAreRefused() {
        assertThatThrownBy(() -> new RetryOptions(-1, 1000, false, 60000, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
    }

    @Test
    void aNegativeRetryDelayIsRefused() {
        assertThatThrownBy(() -> new RetryOptions(3, -1, false, 60000, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryDelay");
    }

    @Test
    void aNegativeMaxRetryDelayIsRefused() {
        assertThatThrownBy(() -> new RetryOptions(3, 1000, false, -1, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetryDelay");
    }
}
