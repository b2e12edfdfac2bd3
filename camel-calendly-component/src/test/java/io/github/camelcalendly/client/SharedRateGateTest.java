package io.github.camelcalendly.client;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcalendly.CapturedLogs;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.RateBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A connection's calls wait at the gate for a permit of the window the instances share, and report their answers to
 * it, on a fake clock: the sleeper records each wait and moves the clock on by it. The store answers claims from a
 * script and records the reports.
 */
class SharedRateGateTest {

    private long now = TimeUnit.HOURS.toNanos(1);
    private final List<Long> sleeps = new ArrayList<>();
    private final Sleeper sleeper = millis -> {
        sleeps.add(millis);
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    };
    private final ScriptedStore store = new ScriptedStore();

    /** Grants or refuses claims as scripted, then grants in window 1; records the answers reported. */
    private static final class ScriptedStore implements SharedRateWindow {
        final Deque<RateClaim> claims = new ArrayDeque<>();
        final List<String> keysClaimed = new ArrayList<>();
        final List<String> reports = new ArrayList<>();
        RuntimeException failReports;

        @Override
        public RateClaim claim(String key) {
            keysClaimed.add(key);
            return claims.isEmpty() ? RateClaim.granted(1) : claims.poll();
        }

        @Override
        public void answered(String key, long window, RateAnswer answer) {
            if (failReports != null) {
                throw failReports;
            }
            reports.add(key + " window " + window + ": " + answer);
        }
    }

    private SharedRateGate gate() {
        return new SharedRateGate(store, "c0ffee", () -> now, sleeper);
    }

    private Deadline dueIn(long millis) {
        return new Deadline(now + TimeUnit.MILLISECONDS.toNanos(millis), millis);
    }

    private static CalendlyResponse answer(int status, Map<String, String> headers) {
        return new CalendlyResponse(status, headers, new byte[0], 1);
    }

    private static Map<String, String> window(String remaining) {
        return Map.of("X-RateLimit-Limit", "10", "X-RateLimit-Remaining", remaining, "X-RateLimit-Reset", "42");
    }

    @Test
    void aGrantedClaimLetsTheCallGoAtOnceWithItsWindow() throws Exception {
        store.claims.add(RateClaim.granted(7));

        long window = gate().claim(Deadline.NONE, "GET /users/me");

        assertThat(window).isEqualTo(7);
        assertThat(sleeps).isEmpty();
        assertThat(store.keysClaimed).containsExactly("c0ffee");
    }

    @Test
    void aRefusedClaimWaitsAsLongAsTheStoreSaysAndAsksAgain() throws Exception {
        store.claims.add(RateClaim.refused(50));
        store.claims.add(RateClaim.refused(4_000));
        store.claims.add(RateClaim.granted(3));

        long window = gate().claim(dueIn(10_000), "GET /users/me");

        assertThat(window).isEqualTo(3);
        assertThat(sleeps).containsExactly(50L, 4_000L);
        assertThat(store.keysClaimed).hasSize(3);
    }

    @Test
    void aWaitThatWouldEndPastTheDeadlineFailsAtOnce() {
        store.claims.add(RateClaim.refused(5_000));

        assertThatThrownBy(() -> gate().claim(dueIn(5_000), "GET /users/me"))
                .isInstanceOf(CallTimeoutException.class)
                .hasMessage("the shared rate limit would hold GET /users/me for 5000 ms, past its deadline");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aWaitEndingJustBeforeTheDeadlineIsTaken() throws Exception {
        store.claims.add(RateClaim.refused(4_999));

        gate().claim(dueIn(5_000), "GET /users/me");

        assertThat(sleeps).containsExactly(4_999L);
    }

    @Test
    void anInterruptedWaitFailsTheCallAndKeepsTheFlag() {
        store.claims.add(RateClaim.refused(100));
        SharedRateGate gate = new SharedRateGate(store, "c0ffee", () -> now, millis -> {
            throw new InterruptedException();
        });

        try {
            assertThatThrownBy(() -> gate.claim(Deadline.NONE, "GET /users/me"))
                    .isInstanceOf(java.io.InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anAnswersRateLimitHeadersAreReportedWithThePermitsWindow() {
        gate().answered(7, answer(200, window("3")));

        assertThat(store.reports).containsExactly("c0ffee window 7: RateAnswer[limit=10, remaining=3, resetSeconds=42]");
    }

    @Test
    void a429WithoutARemainingCountReportsNoneRemain() {
        gate().answered(7, answer(429, Map.of("X-RateLimit-Reset", "9")));

        assertThat(store.reports).containsExactly("c0ffee window 7: RateAnswer[limit=0, remaining=0, resetSeconds=9]");
    }

    @Test
    void anAnswerWithoutAWindowIsNotReported() {
        gate().answered(7, answer(200, Map.of("X-RateLimit-Remaining", "3")));
        gate().answered(7, answer(200, Map.of("X-RateLimit-Reset", "3")));

        assertThat(store.reports).isEmpty();
    }

    @Test
    void aStoreThatCannotTakeAReportIsLoggedAndTheAnswerStillReachesTheCaller() {
        store.failReports = new RateWindowException("the database is down", new java.sql.SQLException("down"));

        try (CapturedLogs logs = CapturedLogs.attach()) {
            gate().answered(7, answer(200, window("3")));

            assertThat(logs.lines()).anySatisfy(line -> assertThat(line)
                    .contains("c0ffee").contains("did not take Calendly's rate-limit headers")
                    .contains("the database is down"));
        }
    }

    @Test
    void withoutAStoreCallsGoAtOnceAndNothingIsReported() throws Exception {
        assertThat(SharedRateGate.NONE.claim(Deadline.NONE, "GET /users/me")).isZero();
        SharedRateGate.NONE.answered(0, answer(200, window("3")));

        assertThat(SharedRateGate.NONE.isShared()).isFalse();
        assertThat(gate().isShared()).isTrue();
        assertThat(SharedRateGate.NONE).hasToString("SharedRateGate[none]");
        assertThat(store.keysClaimed).isEmpty();
    }

    @Test
    void aSharedGateNamesItsKeyAndStore() {
        SharedRateGate gate = new SharedRateGate(new InMemoryRateWindow(() -> 0L), "c0ffee", () -> now, sleeper);

        assertThat(gate).hasToString("SharedRateGate[c0ffee in InMemoryRateWindow[0 windows]]");
    }

    @Test
    void aLimiterWithoutAGateLetsItsCallsThroughAlone() {
        RateLimiter limiter = new RateLimiter(0, () -> now, sleeper);

        assertThat(limiter.sharedGate()).isSameAs(SharedRateGate.NONE);
    }

    @Test
    void theStepSendsACallOnceTheSharedWindowGrantsItAndReportsItsAnswer() throws Exception {
        store.claims.add(RateClaim.refused(300));
        store.claims.add(RateClaim.granted(9));
        List<String> sent = new ArrayList<>();
        RateLimitStep step = new RateLimitStep(limiterWith(gate()));

        CalendlyResponse response = step.handle(call(Deadline.NONE), CallChain.of(List.of((c, next) -> {
            sent.add("sent after waiting " + sleeps);
            return answer(200, window("5"));
        })));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sent).containsExactly("sent after waiting [300]");
        assertThat(store.reports).containsExactly("c0ffee window 9: RateAnswer[limit=10, remaining=5, resetSeconds=42]");
    }

    @Test
    void aCallTheSharedWindowHoldsPastItsDeadlineGivesBackTheLimitersPermit() throws Exception {
        RateLimiter limiter = limiterWith(gate());
        RateLimitStep step = new RateLimitStep(limiter);
        store.claims.add(RateClaim.refused(60_000));
        assertThatThrownBy(() -> step.handle(call(dueIn(1_000)), answering("9")))
                .isInstanceOf(CallTimeoutException.class);

        // one permit left in Calendly's window: had the failed call stayed in flight, the next would wait for the end
        step.handle(call(Deadline.NONE), answering("1"));
        step.handle(call(Deadline.NONE), answering("0"));

        assertThat(sleeps).isEmpty();
        assertThat(store.reports).hasSize(2);
    }

    /** The rest of the chain: Calendly answers 200 with {@code remaining} calls left in its window. */
    private static CallChain answering(String remaining) {
        return CallChain.of(List.of((c, next) -> answer(200, window(remaining))));
    }

    private RateLimiter limiterWith(SharedRateGate gate) {
        return new RateLimiter(0, true, RateBudget.NONE, () -> now, sleeper, gate);
    }

    private static HttpCall call(Deadline deadline) {
        return new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create("https://api.calendly.test/users/me"), null, deadline, RetryOptions.DEFAULTS);
    }
}
