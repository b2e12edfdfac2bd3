package io.github.camelcalendly.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limiter runs on a fake clock: its sleeper records each wait and moves the clock on by it.
 */
class RateLimiterTest {

    private long now = TimeUnit.HOURS.toNanos(1);
    private final List<Long> sleeps = new ArrayList<>();

    private RateLimiter limiter(int requestsPerMinute) {
        return new RateLimiter(requestsPerMinute, () -> now, millis -> {
            sleeps.add(millis);
            now += TimeUnit.MILLISECONDS.toNanos(millis);
        });
    }

    private static CalendlyResponse answer(int status, String remaining, String reset) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (remaining != null) {
            headers.put("X-RateLimit-Remaining", remaining);
        }
        if (reset != null) {
            headers.put("X-RateLimit-Reset", reset);
        }
        return new CalendlyResponse(status, headers, new byte[0], 1);
    }

    private void advanceSeconds(long seconds) {
        now += TimeUnit.SECONDS.toNanos(seconds);
    }

    @Test
    void callsPassWithoutWaitingWhileCalendlyReportsRequestsLeft() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.acquire();
        limiter.update(answer(200, "499", "60"));

        limiter.acquire();
        limiter.acquire();

        assertThat(sleeps).isEmpty();
        assertThat(limiter.waits()).isZero();
    }

    @Test
    void aCallWaitsForTheResetOnceCalendlyReportsNoneLeft() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(200, "0", "5"));
        advanceSeconds(2);

        limiter.acquire();

        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(2999L, 3001L);
        assertThat(limiter.waits()).isEqualTo(1);
    }

    @Test
    void theLastRequestsOfAWindowAreCountedLocallySoConcurrentCallsDoNotOvershoot() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(200, "2", "10"));

        limiter.acquire();
        limiter.acquire();
        assertThat(sleeps).isEmpty();
        limiter.acquire();

        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(9999L, 10001L);
    }

    @Test
    void aResetInThePastNeedsNoWait() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(200, "0", "1"));
        advanceSeconds(2);

        limiter.acquire();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void aTooManyRequestsAnswerWithoutRemainingCountsAsNoneLeft() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(429, null, "4"));

        limiter.acquire();

        assertThat(sleeps).singleElement().satisfies(ms -> assertThat(ms).isBetween(3999L, 4001L));
    }

    @Test
    void anImplausiblyDistantResetIsCappedAtOneMinute() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(200, "0", "86400"));

        limiter.acquire();

        assertThat(sleeps).singleElement().satisfies(ms -> assertThat(ms).isBetween(59999L, 60001L));
    }

    @Test
    void aFixedCeilingHoldsTheCallThatWouldExceedItUntilTheOldestLeavesTheWindow() throws Exception {
        RateLimiter limiter = limiter(2);

        limiter.acquire();
        advanceSeconds(10);
        limiter.acquire();
        advanceSeconds(10);
        limiter.acquire();

        assertThat(sleeps).singleElement().satisfies(ms -> assertThat(ms).isBetween(39999L, 40001L));
    }

    @Test
    void theFixedCeilingWindowSlides() throws Exception {
        RateLimiter limiter = limiter(2);

        limiter.acquire();
        advanceSeconds(30);
        limiter.acquire();
        advanceSeconds(31);
        limiter.acquire();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void aWaitIsRoundedUpToTheNextMillisecondSoTheCallStartsAfterTheWindow() throws Exception {
        RateLimiter limiter = limiter(1);
        limiter.acquire();
        now += TimeUnit.SECONDS.toNanos(60) - TimeUnit.MICROSECONDS.toNanos(500);

        limiter.acquire();

        assertThat(sleeps).containsExactly(1L);
    }

    @Test
    void aCallThatWaitedCountsFromWhenItStartedNotFromWhenItAsked() throws Exception {
        RateLimiter limiter = limiter(1);
        limiter.acquire();
        advanceSeconds(10);
        limiter.acquire();

        limiter.acquire();

        assertThat(sleeps).containsExactly(50001L, 60001L);
    }

    @Test
    void aCallStartingExactlyOneMinuteAfterTheOldestNeedsNoWait() throws Exception {
        RateLimiter limiter = limiter(1);
        limiter.acquire();
        advanceSeconds(60);

        limiter.acquire();

        assertThat(sleeps).isEmpty();
        assertThat(limiter.waits()).isZero();
    }

    @Test
    void aResetWithoutRemainingOnASuccessfulAnswerHoldsNothing() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(200, null, "5"));

        limiter.acquire();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void noneLeftWithoutAResetHoldsNothing() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(200, "0", null));

        limiter.acquire();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void everyCallerAskingBeforeTheResetWaitsForItNotJustTheFirst() throws Exception {
        // both ask at the same instant: the sleeper records the waits without moving the clock
        RateLimiter limiter = new RateLimiter(0, () -> now, sleeps::add);
        limiter.update(answer(200, "0", "5"));

        limiter.acquire();
        limiter.acquire();

        assertThat(sleeps).containsExactly(5001L, 5001L);
        assertThat(limiter.waits()).isEqualTo(2);
    }

    @Test
    void afterWaitingForTheResetCallsPassUntilCalendlyReportsNoneLeftAgain() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(200, "0", "5"));
        limiter.acquire();

        limiter.acquire();
        limiter.acquire();

        assertThat(sleeps).containsExactly(5001L);
        assertThat(limiter.waits()).isEqualTo(1);
    }

    @Test
    void anInterruptedWaitFailsTheCallAndKeepsTheThreadInterrupted() {
        RateLimiter limiter = new RateLimiter(0, () -> now, millis -> {
            throw new InterruptedException("stop");
        });
        limiter.update(answer(200, "0", "5"));

        try {
            assertThatThrownBy(limiter::acquire).isInstanceOf(java.io.InterruptedIOException.class)
                    .hasMessageContaining("rate limit");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aNegativeCeilingIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> limiter(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestsPerMinute");
    }

    private HttpCall callDueIn(long seconds) {
        Deadline deadline = new Deadline(now + TimeUnit.SECONDS.toNanos(seconds), TimeUnit.SECONDS.toMillis(seconds));
        return new HttpCall(io.github.camelcalendly.operation.OperationRegistry.resolve("users", "me"), "GET",
                java.net.URI.create("https://api.calendly.test/users/me"), null, deadline, RetryOptions.DEFAULTS);
    }

    @Test
    void aCallWhoseTurnComesAfterItsDeadlineFailsAtOnceWithoutTakingASlot() throws Exception {
        RateLimiter limiter = limiter(1);
        limiter.acquire();
        advanceSeconds(10);

        assertThatThrownBy(() -> limiter.acquire(callDueIn(20)))
                .isInstanceOf(CallTimeoutException.class)
                .hasMessageContaining("past its deadline")
                .hasMessageContaining("users/me");
        assertThat(sleeps).isEmpty();

        // the refused call left the window as it was: the next one waits for the first call's minute only
        limiter.acquire();
        assertThat(sleeps).containsExactly(50001L);
    }

    @Test
    void aCallWhoseTurnComesBeforeItsDeadlineWaitsForIt() throws Exception {
        RateLimiter limiter = limiter(1);
        limiter.acquire();
        advanceSeconds(10);

        limiter.acquire(callDueIn(51));

        assertThat(sleeps).containsExactly(50001L);
    }

    @Test
    void aWaitingCallDoesNotHoldTheLimiterSoOthersCanReadItMeanwhile() throws Exception {
        java.util.concurrent.CountDownLatch sleeping = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        RateLimiter limiter = new RateLimiter(1, System::nanoTime, millis -> {
            sleeping.countDown();
            release.await();
        });
        limiter.acquire();
        Thread waiter = new Thread(() -> {
            try {
                limiter.acquire();
            } catch (java.io.InterruptedIOException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        try {
            sleeping.await();
            java.util.concurrent.CompletableFuture<Long> waits = java.util.concurrent.CompletableFuture
                    .supplyAsync(limiter::waits);

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(waits::isDone);
            assertThat(waits.get()).isEqualTo(1);
        } finally {
            release.countDown();
            waiter.join();
        }
    }

    @Test
    void aCallWhoseTurnComesExactlyAtItsDeadlineFailsAtOnceNamingTheWait() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.update(answer(200, "0", "5"));
        // the reset is 5 s away, slept rounded up to 5001 ms: the call would start just as its deadline passes
        HttpCall call = new HttpCall(io.github.camelcalendly.operation.OperationRegistry.resolve("users", "me"), "GET",
                java.net.URI.create("https://api.calendly.test/users/me"), null,
                new Deadline(now + TimeUnit.MILLISECONDS.toNanos(5001), 5001), RetryOptions.DEFAULTS);

        assertThatThrownBy(() -> limiter.acquire(call))
                .isInstanceOf(CallTimeoutException.class)
                .hasMessage("the rate limit would hold Calendly users/me (GET /users/me) for 5001 ms, past its deadline");
        assertThat(sleeps).isEmpty();
        assertThat(limiter.waits()).isZero();
    }

    @Test
    void callersQueuedAtTheSameMomentAreSpreadSoNoMinuteStartsMoreThanTheCeiling() throws Exception {
        // the callers reserve their turns before any of them has slept: the clock stands still meanwhile
        RateLimiter limiter = new RateLimiter(2, () -> now, sleeps::add);

        for (int caller = 0; caller < 5; caller++) {
            limiter.acquire();
        }

        assertThat(sleeps).containsExactly(60001L, 60001L, 120002L);
        assertThat(limiter.waits()).isEqualTo(3);
    }

    @Test
    void readingTheWaitCountDoesNotHoldUpTheNextCall() throws Exception {
        RateLimiter limiter = limiter(0);
        assertThat(limiter.waits()).isZero();

        java.util.concurrent.CompletableFuture<Void> call = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                limiter.acquire();
            } catch (java.io.InterruptedIOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(call::isDone);
        assertThat(call).isCompleted();
        assertThat(sleeps).isEmpty();
    }
}
