package io.github.camelcalendly.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The small rules the registry is built from, checked on their own: how an option's name goes on the wire, which
 * options may default from the connection, and what a rate budget accepts and how it reads.
 */
class RegistryPartsTest {

    @Test
    void anOptionNameGoesOnTheWireInSnakeCase() {
        assertThat(OptionDefinition.toApiName("minStartTime")).isEqualTo("min_start_time");
        assertThat(OptionDefinition.toApiName("count")).isEqualTo("count");
        assertThat(OptionDefinition.toApiName("a1")).isEqualTo("a1");
        assertThat(OptionDefinition.toApiName("utmSource")).isEqualTo("utm_source");
    }

    @Test
    void onlyUserAndOrganizationDefaultFromTheConnection() {
        assertThat(ConnectionDefault.always("user").parameter()).isEqualTo("user");
        assertThat(ConnectionDefault.always("organization").unlessPresent()).isEmpty();
        assertThat(ConnectionDefault.always("organization").whenParameter()).isNull();
        assertThatThrownBy(() -> ConnectionDefault.always("email"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email");
    }

    @Test
    void anAlwaysDefaultAppliesOnlyWhileTheOptionIsMissing() {
        ConnectionDefault user = ConnectionDefault.always("user");

        assertThat(user.appliesTo(Map.of())).isTrue();
        assertThat(user.appliesTo(Map.of("user", "https://api.calendly.com/users/U1"))).isFalse();
    }

    @Test
    void aRateBudgetWindowNeedsAtLeastOneCallInAPositivePeriod() {
        assertThat(new RateBudget.Window(1, Duration.ofSeconds(1)).calls()).isEqualTo(1);
        assertThatThrownBy(() -> new RateBudget.Window(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 call, got 0");
        assertThatThrownBy(() -> new RateBudget.Window(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive period");
        assertThatThrownBy(() -> new RateBudget.Window(5, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive period");
    }

    @Test
    void aRateBudgetWindowReadsInPlainWords() {
        assertThat(List.of(new RateBudget.Window(10, Duration.ofMinutes(1)), new RateBudget.Window(50,
                Duration.ofHours(1)), new RateBudget.Window(100, Duration.ofDays(1)),
                new RateBudget.Window(3, Duration.ofSeconds(30))))
                .extracting(RateBudget.Window::toString)
                .containsExactly("10 per minute", "50 per hour", "100 per day", "3 per PT30S");
    }
}
