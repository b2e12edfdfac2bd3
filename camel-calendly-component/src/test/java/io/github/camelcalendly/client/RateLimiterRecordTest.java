package io.github.camelcalendly.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelcalendly.operation.RateBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A limiter with a budget of its own (OAuth token requests, a sliding minute): a call that started elsewhere (a code
 * exchange made before its connection was known) is counted with the calls before it; on a fake clock whose sleeper
 * moves it on.
 */
class RateLimiterRecordTest {

    private long now = TimeUnit.HOURS.toNanos(1);
    private final List<Long> sleeps = new ArrayList<>();

    private RateLimiter limiter(int perMinute) {
        return new RateLimiter(0, false, RateBudget.perMinute(perMinute), () -> now, millis -> {
            sleeps.add(millis);
            now += TimeUnit.MILLISECONDS.toNanos(millis);
        });
    }

    @Test
    void aRecordedCallCountsWithTheCallsBeforeItInTheWindow() throws Exception {
        RateLimiter limiter = limiter(2);
        limiter.acquire();
        now += TimeUnit.SECONDS.toNanos(1);
        limiter.record();
        now += TimeUnit.SECONDS.toNanos(1);

        limiter.acquire();

        assertThat(sleeps).containsExactly(58_001L);
        assertThat(limiter.waits()).isEqualTo(1);
    }

    @Test
    void aRecordedCallTakesASlotWithoutWaitingEvenWhenTheWindowIsFull() throws Exception {
        RateLimiter limiter = limiter(1);
        limiter.acquire();

        limiter.record();

        assertThat(sleeps).isEmpty();
        assertThatThrownBy(() -> limiter.acquire(new Deadline(now + TimeUnit.SECONDS.toNanos(30), 30_000),
                "the token request of connection 'c1'"))
                .isInstanceOf(CallTimeoutException.class)
                .hasMessageStartingWith("the rate limit would hold the token request of connection 'c1' for ");
    }

    @Test
    void callsWithinTheBudgetPassInABurstAndTheNextWaitsForTheOldestToLeaveTheMinute() throws Exception {
        RateLimiter limiter = limiter(2);

        limiter.acquire();
        now += TimeUnit.SECONDS.toNanos(10);
        limiter.acquire();
        now += TimeUnit.SECONDS.toNanos(10);
        limiter.acquire();

        assertThat(sleeps).containsExactly(40_001L);
    }

    @Test
    void aCallStartingExactlyOneMinuteAfterTheOldestNeedsNoWait() throws Exception {
        RateLimiter limiter = limiter(1);
        limiter.acquire();
        now += TimeUnit.SECONDS.toNanos(60);

        limiter.acquire();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void aRecordedCallAlsoCountsAgainstTheCeiling() throws Exception {
        RateLimiter limiter = new RateLimiter(6, () -> now, millis -> {
            sleeps.add(millis);
            now += TimeUnit.MILLISECONDS.toNanos(millis);
        });
        limiter.record();

        limiter.acquire();

        assertThat(sleeps).containsExactly(10_001L);
    }
}
