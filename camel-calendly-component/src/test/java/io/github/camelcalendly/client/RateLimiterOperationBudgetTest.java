package io.github.camelcalendly.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.RateBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * invitees/create (the Scheduling API) has a budget of its own in the registry, held per connection on top of
 * Calendly's window; on a fake clock whose sleeper moves it on.
 */
class RateLimiterOperationBudgetTest {

    private static final Operation CREATE_INVITEE = OperationRegistry.resolve("invitees", "create");

    private long now = TimeUnit.HOURS.toNanos(1);
    private final List<Long> sleeps = new ArrayList<>();

    private RateLimiter limiter(boolean operationBudgets) {
        return new RateLimiter(0, operationBudgets, RateBudget.NONE, () -> now, millis -> {
            sleeps.add(millis);
            now += TimeUnit.MILLISECONDS.toNanos(millis);
        });
    }

    private HttpCall call(Operation operation, Deadline deadline) {
        return new HttpCall(operation, operation.method(), URI.create("https://api.calendly.test/invitees"), null,
                deadline, RetryOptions.DEFAULTS);
    }

    private HttpCall createInvitee() {
        return call(CREATE_INVITEE, Deadline.NONE);
    }

    @Test
    void theRegistryHoldsCalendlysLimitsOfTheSchedulingApi() {
        assertThat(CREATE_INVITEE.budget().toString()).isEqualTo("10 per minute, 50 per hour, 100 per day");
        assertThat(OperationRegistry.resolve("users", "me").budget().isNone()).isTrue();
    }

    @Test
    void theEleventhInviteeOfAMinuteWaitsForTheFirstToLeaveIt() throws Exception {
        RateLimiter limiter = limiter(true);
        for (int i = 0; i < 10; i++) {
            limiter.acquire(createInvitee()).answered(RateLimiterTest.answer(201, null, null));
            now += TimeUnit.SECONDS.toNanos(1);
        }

        limiter.acquire(createInvitee());

        assertThat(sleeps).containsExactly(50_001L);
    }

    @Test
    void otherOperationsAreNotHeldByTheInviteeBudget() throws Exception {
        RateLimiter limiter = limiter(true);
        for (int i = 0; i < 10; i++) {
            limiter.acquire(createInvitee());
        }

        limiter.acquire(call(OperationRegistry.resolve("users", "me"), Deadline.NONE));

        assertThat(sleeps).isEmpty();
    }

    @Test
    void theFiftyFirstInviteeOfAnHourWaitsForTheFirstToLeaveTheHour() throws Exception {
        RateLimiter limiter = limiter(true);
        for (int i = 0; i < 50; i++) {
            limiter.acquire(createInvitee());
            now += TimeUnit.SECONDS.toNanos(60);
        }
        sleeps.clear();

        limiter.acquire(createInvitee());

        // the first started 50 minutes ago: 10 more minutes
        assertThat(sleeps).containsExactly(600_001L);
    }

    @Test
    void anInviteeWhoseTurnComesAfterCallTimeoutFailsAtOnce() throws Exception {
        RateLimiter limiter = limiter(true);
        for (int i = 0; i < 10; i++) {
            limiter.acquire(createInvitee());
        }

        assertThatThrownBy(() -> limiter.acquire(call(CREATE_INVITEE,
                new Deadline(now + TimeUnit.SECONDS.toNanos(30), 30_000))))
                .isInstanceOf(CallTimeoutException.class)
                .hasMessageContaining("invitees/create").hasMessageContaining("past its deadline");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void switchedOffTheBudgetHoldsNothing() throws Exception {
        RateLimiter limiter = limiter(false);

        for (int i = 0; i < 11; i++) {
            limiter.acquire(createInvitee());
        }

        assertThat(sleeps).isEmpty();
    }
}
