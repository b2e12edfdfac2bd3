package io.github.camelcalendly.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.operation.OperationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The steps of a call run in order, each handing the call on; the authentication step asks for the token on every
 * attempt, so a retried call carries the newest one.
 */
class CallChainTest {

    private final List<String> seen = new ArrayList<>();

    private static HttpCall call(RetryOptions retry) {
        return new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create("https://api.calendly.test/users/me"), null, Deadline.NONE, retry);
    }

    private CallStep recording(String name) {
        return (call, next) -> {
            seen.add(name);
            return next.proceed(call);
        };
    }

    private CallStep answering(int... statuses) {
        AtomicInteger attempt = new AtomicInteger();
        return (call, next) -> {
            seen.add("send " + call.bearerToken());
            int status = statuses[Math.min(attempt.getAndIncrement(), statuses.length - 1)];
            return new CalendlyResponse(status, Map.of(), new byte[0], 1);
        };
    }

    @Test
    void stepsRunInTheOrderGivenAndTheLastOneAnswers() throws Exception {
        CallChain chain = CallChain.of(List.of(recording("first"), recording("second"), answering(200)));

        CalendlyResponse response = chain.proceed(call(RetryOptions.DEFAULTS));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(seen).containsExactly("first", "second", "send null");
    }

    @Test
    void aLastStepThatPassesTheCallOnIsAnError() {
        CallChain chain = CallChain.of(List.of(recording("only")));

        assertThatThrownBy(() -> chain.proceed(call(RetryOptions.DEFAULTS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("users/me");
    }

    @Test
    void aChainNeedsAStep() {
        assertThatThrownBy(() -> CallChain.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachAttemptAsksForTheTokenAgain() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        RetryOptions oneRetry = new RetryOptions(1, 0, false, 0, false);
        CallChain chain = CallChain.of(List.of(new RetryStep(millis -> { }, System::nanoTime, () -> 0.5),
                new AuthStep(() -> "token-" + issued.incrementAndGet()), answering(503, 200)));

        CalendlyResponse response = chain.proceed(call(oneRetry));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.attempts()).isEqualTo(2);
        assertThat(seen).containsExactly("send token-1", "send token-2");
    }

    @Test
    void noTokenFailsNamingTheOptionAndSendsNothing() {
        CallChain chain = CallChain.of(List.of(new AuthStep(() -> " "), answering(200)));

        assertThatThrownBy(() -> chain.proceed(call(RetryOptions.DEFAULTS)))
                .isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("accessToken")
                .hasMessageContaining("users/me");
        assertThat(seen).isEmpty();
    }

    @Test
    void aTimeoutIsNeverRetriedAndNamesTheCallAndItsTimeout() {
        AtomicInteger attempts = new AtomicInteger();
        HttpCall call = new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create("https://api.calendly.test/users/me"), null,
                new Deadline(System.nanoTime() + 60_000_000_000L, 60_000), RetryOptions.DEFAULTS);
        CallChain chain = CallChain.of(List.of(new RetryStep(millis -> { }, System::nanoTime, () -> 0.5),
                (c, next) -> {
                    attempts.incrementAndGet();
                    throw new CallTimeoutException("attempt 1 was aborted at the deadline");
                }));

        assertThatThrownBy(() -> chain.proceed(call))
                .isInstanceOf(CallTimeoutException.class)
                .hasMessageContaining("Calendly users/me (GET /users/me) did not finish within callTimeout=60000 ms")
                .hasMessageContaining("aborted")
                .hasMessageNotContaining("attempts");
        assertThat(attempts).hasValue(1);
    }

    /** A provider that renews its token once, as an OAuth refresh would. */
    private static final class RenewingTokens implements io.github.camelcalendly.auth.AccessTokenProvider {
        private String current = "token-old";
        private final List<String> rejected = new ArrayList<>();
        private final boolean canRenew;

        RenewingTokens(boolean canRenew) {
            this.canRenew = canRenew;
        }

        @Override
        public String accessToken() {
            return current;
        }

        @Override
        public boolean renewAfterRejection(String token) {
            rejected.add(token);
            if (canRenew) {
                current = "token-new";
            }
            return canRenew;
        }
    }

    @Test
    void a401WithATokenTheProviderCanRenewIsSentOnceMoreWithTheNewToken() throws Exception {
        RenewingTokens tokens = new RenewingTokens(true);
        CallChain chain = CallChain.of(List.of(new AuthStep(tokens), answering(401, 200)));

        CalendlyResponse response = chain.proceed(call(RetryOptions.DEFAULTS));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(tokens.rejected).containsExactly("token-old");
        assertThat(seen).containsExactly("send token-old", "send token-new");
    }

    @Test
    void aSecond401StandsAfterOneRenewal() throws Exception {
        RenewingTokens tokens = new RenewingTokens(true);
        CallChain chain = CallChain.of(List.of(new AuthStep(tokens), answering(401, 401, 200)));

        CalendlyResponse response = chain.proceed(call(RetryOptions.DEFAULTS));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(seen).containsExactly("send token-old", "send token-new");
    }

    @Test
    void a401WithATokenThatCannotChangeStandsWithoutAnotherAttempt() throws Exception {
        RenewingTokens tokens = new RenewingTokens(false);
        CallChain chain = CallChain.of(List.of(new AuthStep(tokens), answering(401, 200)));

        CalendlyResponse response = chain.proceed(call(RetryOptions.DEFAULTS));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(tokens.rejected).containsExactly("token-old");
        assertThat(seen).containsExactly("send token-old");
    }

    @Test
    void aPersonalAccessTokenIsNeverRenewed() {
        assertThat(new io.github.camelcalendly.auth.StaticAccessTokenProvider("pat-1").renewAfterRejection("pat-1"))
                .isFalse();
    }

    @Test
    void aTimeoutOnARetryTellsHowManyAttemptsRan() {
        HttpCall call = new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create("https://api.calendly.test/users/me"), null,
                new Deadline(System.nanoTime() + 60_000_000_000L, 60_000), new RetryOptions(3, 0, false, 0, false));
        AtomicInteger attempts = new AtomicInteger();
        CallChain chain = CallChain.of(List.of(new RetryStep(millis -> { }, System::nanoTime, () -> 0.5),
                (c, next) -> {
                    if (attempts.incrementAndGet() == 1) {
                        return new CalendlyResponse(503, Map.of(), new byte[0], 1);
                    }
                    throw new CallTimeoutException("attempt 2 was aborted at the deadline");
                }));

        assertThatThrownBy(() -> chain.proceed(call))
                .isInstanceOf(CallTimeoutException.class)
                .hasMessageContaining("did not finish within callTimeout=60000 ms (2 attempts)");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aRetryWhoseWaitWouldUseUpExactlyTheTimeLeftIsNotStarted() throws Exception {
        // the clock stands still at 0 and the deadline is 1000 ms away: a wait of 1000 ms leaves no time to send
        List<Long> waits = new ArrayList<>();
        HttpCall call = new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create("https://api.calendly.test/users/me"), null, new Deadline(1_000_000_000L, 1000),
                new RetryOptions(3, 1000, false, 60_000, false));
        CallChain chain = CallChain.of(List.of(new RetryStep(waits::add, () -> 0L, () -> 0.5), answering(503, 200)));

        CalendlyResponse response = chain.proceed(call);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.attempts()).isEqualTo(1);
        assertThat(waits).isEmpty();
        assertThat(seen).containsExactly("send null");
    }

    @Test
    void aCallPrintsAsItsOperationAndPathWithoutQueryOrToken() {
        HttpCall call = new HttpCall(OperationRegistry.resolve("scheduledEvents", "list"), "GET",
                URI.create("https://api.calendly.test/scheduled_events?user=u1&page_token=p2"), null, Deadline.NONE,
                RetryOptions.DEFAULTS);
        call.bearerToken("pat-secret");

        assertThat(call).hasToString("Calendly scheduledEvents/list (GET /scheduled_events)");
    }
}
