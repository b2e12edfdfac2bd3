package io.github.camelcalendly.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcalendly.operation.OperationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step between a call and Calendly teaches the connection's limiter what each answer says of the window, on a
 * fake clock: the sleeper records each wait and moves the clock on by it.
 */
class RateLimitStepTest {

    private long now = TimeUnit.HOURS.toNanos(1);
    private final List<Long> sleeps = new ArrayList<>();
    private final RateLimiter limiter = new RateLimiter(0, () -> now, millis -> {
        sleeps.add(millis);
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    });
    private final RateLimitStep step = new RateLimitStep(limiter);

    private static HttpCall call() {
        return new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create("https://api.calendly.test/users/me"), null, Deadline.NONE, RetryOptions.DEFAULTS);
    }

    /** The rest of the chain: Calendly answers 200 with these rate-limit headers. */
    private static CallChain answering(Map<String, String> headers) {
        return CallChain.of(List.of((c, next) -> new CalendlyResponse(200, headers, new byte[0], 1)));
    }

    @Test
    void anAnswerSayingNoneRemainHoldsTheNextCallUntilTheReset() throws Exception {
        step.handle(call(), answering(Map.of("X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", "42")));

        step.handle(call(), answering(Map.of()));

        assertThat(sleeps).containsExactly(TimeUnit.SECONDS.toMillis(42) + 1);
    }

    @Test
    void withoutALimitHeaderTheNextWindowAllowsAtLeastWhatRemainedPlusOne() throws Exception {
        step.handle(call(), answering(Map.of("X-RateLimit-Remaining", "2", "X-RateLimit-Reset", "10")));
        now += TimeUnit.SECONDS.toNanos(10);

        for (int i = 0; i < 3; i++) {
            step.handle(call(), answering(Map.of()));
        }

        // the three calls of the next window spread over it, none waiting for the window after
        assertThat(sleeps).allSatisfy(millis -> assertThat(millis).isLessThan(TimeUnit.SECONDS.toMillis(10)));
        assertThat(sleeps).hasSizeLessThanOrEqualTo(2);
    }
}
