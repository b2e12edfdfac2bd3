package io.github.camelcalendly.sandbox.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KindDescriptionTest {

    @Test
    void aSoloEventTypeWithoutPoolingIsOneOnOne() {
        assertThat(KindDescription.of("solo", null)).isEqualTo("One-on-One");
    }

    @Test
    void aGroupEventTypeWithoutPoolingIsGroup() {
        assertThat(KindDescription.of("group", null)).isEqualTo("Group");
    }

    @Test
    void roundRobinPoolingIsRoundRobinWhateverTheKind() {
        assertThat(KindDescription.of("group", "round_robin")).isEqualTo("Round Robin");
        assertThat(KindDescription.of("solo", "round_robin")).isEqualTo("Round Robin");
    }

    @Test
    void collectivePoolingIsCollective() {
        assertThat(KindDescription.of("group", "collective")).isEqualTo("Collective");
    }

    @Test
    void anUnknownKindIsRejectedByName() {
        assertThatThrownBy(() -> KindDescription.of("team", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("team");
    }

    @Test
    void anUnknownPoolingTypeIsRejectedByName() {
        assertThatThrownBy(() -> KindDescription.of("group", "lottery"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lottery");
    }

    @Test
    void aMissingKindIsRejected() {
        assertThatThrownBy(() -> KindDescription.of(null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
    }
}
