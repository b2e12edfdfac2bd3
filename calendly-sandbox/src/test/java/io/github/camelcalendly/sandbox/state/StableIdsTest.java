package io.github.camelcalendly.sandbox.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StableIdsTest {

    @Test
    void theSameKeyGivesTheSameSixteenLetterIdEveryTime() {
        String id = StableIds.of("https://api.example/users/A|zoom_conference");

        assertThat(id).matches("[A-Z]{16}");
        assertThat(StableIds.of("https://api.example/users/A|zoom_conference")).isEqualTo(id);
    }

    @Test
    void anotherKeyGivesAnotherId() {
        assertThat(StableIds.of("https://api.example/users/A|zoom_conference"))
                .isNotEqualTo(StableIds.of("https://api.example/users/B|zoom_conference"));
    }
}
