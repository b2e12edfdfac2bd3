package io.github.camelcalendly.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcalendly.operation.OperationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calendly's window as the limiter learns it from answers, on a fake clock: its sleeper records each wait and moves
 * the clock on by it. Calls in flight are permits taken and not yet answered.
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

    static CalendlyResponse answer(int status, String remaining, String reset) {
        Map<String, String> headers = new HashMap<>();
        if (remaining != null) {
            headers.put("X-RateLimit-Remaining", remaining);
        }
        if (reset != null) {
            headers.put("X-RateLimit-Reset", reset);
        }
        headers.put("X-RateLimit-Limit", "10");
        return new CalendlyResponse(status, headers, new byte[0], 1);
    }

    private HttpCall call() {
        return callDueIn(0);
    }

    private HttpCall callDueIn(long seconds) {
        Deadline deadline = seconds == 0 ? Deadline.NONE
                : new Deadline(now + TimeUnit.SECONDS.toNanos(seconds), TimeUnit.SECONDS.toMillis(seconds));
        return new HttpCall(OperationRegistry.resolve("users", "me"), "GET", URI.create("https://api.calendly.test/users/me"),
                null, deadline, RetryOptions.DEFAULTS);
    }

    /** One call that leaves and is answered at once. */
    private void callAnswered(RateLimiter limiter, String remaining, String reset) throws Exception {
        limiter.acquire(call()).answered(answer(200, remaining, reset));
    }

    private void advanceMillis(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void beforeAnyAnswerCallsPassWithoutWaiting() throws Exception {
        RateLimiter limiter = limiter(0);

        limiter.acquire(call());
        limiter.acquire(call());

        assertThat(sleeps).isEmpty();
        assertThat(limiter.waits()).isZero();
    }

    @Test
    void theCallsLeftAreSpreadOverTheTimeLeftInTheWindow() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "4", "10");

        for (int i = 0; i < 4; i++) {
            limiter.acquire(call());
        }

        // 4 calls in 10 s: the first at once, then one every 2.5 s
        assertThat(sleeps).containsExactly(2501L, 2500L, 2500L);
        assertThat(limiter.waits()).isEqualTo(3);
    }

    @Test
    void aCallWaitsForTheEndOfTheWindowOnceCalendlyReportsNoneLeft() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "0", "5");
        advanceMillis(2000);

        limiter.acquire(call());

        assertThat(sleeps).containsExactly(3001L);
        assertThat(limiter.waits()).isEqualTo(1);
    }

    @Test
    void eightCallsInFlightCountAgainstWhatAnAnswerReportsLeft() throws Exception {
        long windowEnd = now + TimeUnit.SECONDS.toNanos(60);
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "20", "60");
        List<RateLimiter.Permit> inFlight = new ArrayList<>();
        // eight callers take their permits, paced, before any of their answers is back
        for (int caller = 0; caller < 8; caller++) {
            inFlight.add(limiter.acquire(call()));
        }

        // Calendly counted only the first of them so far, and others used the token: 8 left, 7 still on their way
        long resetSeconds = (windowEnd - now + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        inFlight.get(0).answered(answer(200, "8", String.valueOf(resetSeconds)));
        limiter.acquire(call());
        assertThat(now).isLessThan(windowEnd);

        // that was the last call the window allows: the next one starts after it
        limiter.acquire(call());
        assertThat(now).isGreaterThanOrEqualTo(windowEnd);
    }

    @Test
    void withoutCallsInFlightAnAnswerSetsWhatIsLeft() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "1", "10");

        limiter.acquire(call());

        assertThatThrownBy(() -> limiter.acquire(callDueIn(9))).isInstanceOf(CallTimeoutException.class);
    }

    @Test
    void anAnswerOlderThanOneAlreadyAppliedChangesNothing() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "5", "10");
        RateLimiter.Permit first = limiter.acquire(call());
        RateLimiter.Permit second = limiter.acquire(call());
        // Calendly counted the first after the second: the second's answer is the newer one
        second.answered(answer(200, "0", "8"));

        first.answered(answer(200, "1", "8"));

        assertThatThrownBy(() -> limiter.acquire(callDueIn(7))).isInstanceOf(CallTimeoutException.class);
    }

    @Test
    void aLateAnswerFromAnEarlierWindowDoesNotPushTheNextCallAWindowLater() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "9", "10");
        RateLimiter.Permit slow = limiter.acquire(call());
        // the window ends; the next one starts with the limit less the call still in flight
        advanceMillis(10_000);
        callAnswered(limiter, "8", "10");
        sleeps.clear();

        // the slow call's answer arrives now, with the reset Calendly gave it when the old window had 1 s left
        slow.answered(answer(200, "0", "1"));
        limiter.acquire(call());

        assertThat(sleeps).singleElement().satisfies(ms -> assertThat(ms).isLessThan(2000L));
    }

    @Test
    void aResetIsTakenFromTheAnswersArrivalNotFromWhenAWaitingCallerWakes() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "0", "5");
        advanceMillis(1000);

        limiter.acquire(call());

        // the window ended 5 s after the answer came, and the caller started then
        assertThat(sleeps).containsExactly(4001L);
    }

    @Test
    void whenTheWindowEndsTheNextStartsWithTheWholeLimitSpreadOverIt() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "0", "10");

        limiter.acquire(call());
        limiter.acquire(call());

        // the limit is 10 a window of 10 s: after the reset one call every second, never a burst
        assertThat(sleeps).containsExactly(10_001L, 1000L);
    }

    @Test
    void aCallAWholeWindowAfterTheEndStartsAFullWindowFromItsOwnStart() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "0", "10");
        // idle through the window after the one told: the next starts now, not where the idle one ended
        advanceMillis(20_000);

        limiter.acquire(call());
        limiter.acquire(call());

        // a window of 10 s from now shares its 10 calls one a second
        assertThat(sleeps).containsExactly(1001L);
    }

    @Test
    void aCallStillInFlightWhenTheWindowEndsTakesOneOfTheNextWindowsPermits() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "1", "10");
        limiter.acquire(call());
        advanceMillis(10_000);

        limiter.acquire(call());
        limiter.acquire(call());

        // the limit is 10, one of them still in flight: the 9 left share the 10 s, one every 1.111 s
        assertThat(sleeps).containsExactly(1112L);
    }

    @Test
    void callsInFlightWhenTheFirstAnswerArrivesCountAgainstWhatItReportsLeft() throws Exception {
        RateLimiter limiter = limiter(0);
        RateLimiter.Permit first = limiter.acquire(call());
        limiter.acquire(call());
        limiter.acquire(call());
        first.answered(answer(200, "5", "10"));

        limiter.acquire(call());
        limiter.acquire(call());

        // 5 left, 2 of them taken by the calls still in flight: the other 3 share the 10 s
        assertThat(sleeps).containsExactly(3334L);
    }

    @Test
    void anEndHalfAWindowPastTheKnownOneIsCalendlysNextWindow() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "5", "10");
        advanceMillis(5_000);
        // told at 5 s that none remain until 15 s: half a window past the end known (10 s), so a window of its own
        callAnswered(limiter, "0", "10");

        limiter.acquire(call());

        assertThat(sleeps).containsExactly(10_001L);
    }

    @Test
    void theEarliestResetOfTheSameWindowIsItsEndSinceResetsAreWholeSeconds() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "30", "10");
        RateLimiter.Permit first = limiter.acquire(call());
        RateLimiter.Permit second = limiter.acquire(call());
        first.answered(answer(200, "29", "10"));
        advanceMillis(466);
        sleeps.clear();

        // at 800 ms Calendly says 9 s: its window ends at 9.8 s, not at the 10 s or 10.3 s told before
        second.answered(answer(200, "0", "9"));
        limiter.acquire(call());

        assertThat(sleeps).containsExactly(9001L);
    }

    @Test
    void aTooManyRequestsAnswerWithoutRemainingCountsAsNoneLeft() throws Exception {
        RateLimiter limiter = limiter(0);
        limiter.acquire(call()).answered(answer(429, null, "4"));

        limiter.acquire(call());

        assertThat(sleeps).containsExactly(4001L);
    }

    @Test
    void anImplausiblyDistantResetIsCappedAtOneMinute() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "0", "86400");

        limiter.acquire(call());

        assertThat(sleeps).containsExactly(60_001L);
    }

    @Test
    void anAnswerWithoutRemainingOrResetHoldsNothing() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, null, "5");
        callAnswered(limiter, "0", null);

        limiter.acquire(call());

        assertThat(sleeps).isEmpty();
    }

    @Test
    void aCallWithoutAnAnswerStaysCountedInItsWindow() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "1", "10");
        limiter.acquire(call()).unanswered();

        assertThatThrownBy(() -> limiter.acquire(callDueIn(9))).isInstanceOf(CallTimeoutException.class);
    }

    @Test
    void aCallWhoseTurnComesExactlyAtItsDeadlineFailsAtOnceNamingTheWait() throws Exception {
        RateLimiter limiter = limiter(0);
        callAnswered(limiter, "0", "5");
        HttpCall call = new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create("https://api.calendly.test/users/me"), null,
                new Deadline(now + TimeUnit.MILLISECONDS.toNanos(5001), 5001), RetryOptions.DEFAULTS);

        assertThatThrownBy(() -> limiter.acquire(call))
                .isInstanceOf(CallTimeoutException.class)
                .hasMessage("the rate limit would hold Calendly users/me (GET /users/me) for 5001 ms, past its deadline");
        assertThat(sleeps).isEmpty();
        assertThat(limiter.waits()).isZero();
    }

    @Test
    void anInterruptedWaitFailsTheCallAndKeepsTheThreadInterrupted() {
        RateLimiter limiter = new RateLimiter(1, () -> now, millis -> {
            throw new InterruptedException("stop");
        });

        try {
            assertThatThrownBy(() -> {
                limiter.acquire(call());
                limiter.acquire(call());
            }).isInstanceOf(java.io.InterruptedIOException.class).hasMessageContaining("rate limit");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aWaitingCallDoesNotHoldTheLimiterSoAnswersArriveMeanwhile() throws Exception {
        java.util.concurrent.CountDownLatch sleeping = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        RateLimiter limiter = new RateLimiter(1, System::nanoTime, millis -> {
            sleeping.countDown();
            never.await();
        });
        RateLimiter.Permit first = limiter.acquire(call());
        Thread waiter = new Thread(() -> {
            try {
                limiter.acquire(call());
            } catch (java.io.InterruptedIOException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        try {
            sleeping.await();
            java.util.concurrent.CompletableFuture<Void> answer = java.util.concurrent.CompletableFuture
                    .runAsync(() -> first.answered(answer(200, "5", "10")));

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(answer::isDone);
            assertThat(answer).isCompleted();
        } finally {
            waiter.interrupt();
            waiter.join();
        }
    }
}
