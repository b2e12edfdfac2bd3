package io.github.camelcalendly.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelcalendly.operation.OperationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * requestsPerMinute paces calls, on a fake clock whose sleeper moves it on.
 */
class RateLimiterCeilingTest {

    private long now = TimeUnit.HOURS.toNanos(1);
    private final List<Long> sleeps = new ArrayList<>();

    private RateLimiter limiter(int requestsPerMinute) {
        return new RateLimiter(requestsPerMinute, () -> now, millis -> {
            sleeps.add(millis);
            now += TimeUnit.MILLISECONDS.toNanos(millis);
        });
    }

    private HttpCall call() {
        return new HttpCall(OperationRegistry.resolve("users", "me"), "GET", URI.create("https://api.calendly.test/users/me"),
                null, Deadline.NONE, RetryOptions.DEFAULTS);
    }

    @Test
    void callsArePacedToOneEverySixtySecondsOverTheCeiling() throws Exception {
        RateLimiter limiter = limiter(360);

        for (int i = 0; i < 4; i++) {
            limiter.acquire(call());
        }

        // 360 a minute is one every 166.67 ms: no 10 s ever sees more than 60
        assertThat(sleeps).containsExactly(167L, 167L, 167L);
    }

    @Test
    void aCallAfterTheSpacingHasPassedNeedsNoWait() throws Exception {
        RateLimiter limiter = limiter(2);
        limiter.acquire(call());
        now += TimeUnit.SECONDS.toNanos(30);

        limiter.acquire(call());

        assertThat(sleeps).isEmpty();
        assertThat(limiter.waits()).isZero();
    }

    @Test
    void theCeilingAndCalendlysWindowBothHold() throws Exception {
        RateLimiter limiter = limiter(60);
        limiter.acquire(call()).answered(RateLimiterTest.answer(200, "0", "5"));

        limiter.acquire(call());
        limiter.acquire(call());

        // the window's end (5 s) comes after the ceiling's second; the next call then waits for the second
        assertThat(sleeps).containsExactly(5001L, 1001L);
    }

    @Test
    void aNegativeCeilingIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> limiter(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestsPerMinute");
    }
}
