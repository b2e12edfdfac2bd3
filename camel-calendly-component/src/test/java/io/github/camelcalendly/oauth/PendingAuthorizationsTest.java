package io.github.camelcalendly.oauth;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization requests awaiting their callback: a state gives its verifier once, for its redirect URI, for
 * ten minutes by a clock the test moves, and the oldest are dropped beyond the limit.
 */
class PendingAuthorizationsTest {

    private static final String CALLBACK = "https://app.example.com/oauth/callback";

    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private final PendingAuthorizations pending = new PendingAuthorizations(clock);

    @Test
    void aStateGivesItsVerifierOnceForItsRedirectUri() {
        pending.remember("state-1", "verifier-1", CALLBACK);

        assertThat(pending.take("state-1", CALLBACK)).contains("verifier-1");
        assertThat(pending.take("state-1", CALLBACK)).isEmpty();
        assertThat(pending.size()).isZero();
    }

    @Test
    void aStateTakenWithAnotherRedirectUriGivesNothingAndIsSpent() {
        pending.remember("state-1", "verifier-1", CALLBACK);

        assertThat(pending.take("state-1", "https://evil.example.com/callback")).isEmpty();
        assertThat(pending.take("state-1", CALLBACK)).isEmpty();
    }

    @Test
    void aStateIsGoodUntilJustBeforeTenMinutes() {
        pending.remember("state-1", "verifier-1", CALLBACK);
        clock.advance(Duration.ofMinutes(10).minusMillis(1));

        assertThat(pending.take("state-1", CALLBACK)).contains("verifier-1");
    }

    @Test
    void aStateTenMinutesOldGivesNothing() {
        pending.remember("state-1", "verifier-1", CALLBACK);
        clock.advance(Duration.ofMinutes(10));

        assertThat(pending.take("state-1", CALLBACK)).isEmpty();
    }

    @Test
    void rememberingANewStateDropsTheExpiredOnes() {
        pending.remember("old", "verifier-old", CALLBACK);
        clock.advance(Duration.ofMinutes(10));

        pending.remember("new", "verifier-new", CALLBACK);

        assertThat(pending.size()).isEqualTo(1);
        assertThat(pending.take("new", CALLBACK)).contains("verifier-new");
    }

    @Test
    void beyondTheLimitTheOldestStateIsDroppedFirst() {
        for (int i = 0; i < PendingAuthorizations.MAX_PENDING; i++) {
            pending.remember("state-" + i, "verifier-" + i, CALLBACK);
        }
        assertThat(pending.size()).isEqualTo(PendingAuthorizations.MAX_PENDING);

        pending.remember("one-more", "verifier-more", CALLBACK);

        assertThat(pending.size()).isEqualTo(PendingAuthorizations.MAX_PENDING);
        assertThat(pending.take("state-0", CALLBACK)).isEmpty();
        assertThat(pending.take("state-1", CALLBACK)).contains("verifier-1");
        assertThat(pending.take("one-more", CALLBACK)).contains("verifier-more");
    }
}
