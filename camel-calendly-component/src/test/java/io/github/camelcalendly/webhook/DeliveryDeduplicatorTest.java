package io.github.camelcalendly.webhook;

import java.time.Duration;
import java.time.Instant;

import io.github.camelcalendly.sandbox.SandboxClock;
import io.github.camelcalendly.webhook.DeliveryDeduplicator.Decision;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two or three deduplicators sharing one repository stand for instances of a route behind one URL: an event is
 * processed by one of them, a redelivery elsewhere waits (IN_PROGRESS) while it runs, is a DUPLICATE once it
 * succeeded and runs the route again once it failed, and an event whose instance died is taken over after the
 * inProgressTimeout.
 */
class DeliveryDeduplicatorTest {

    private static final long TIMEOUT = Duration.ofMinutes(10).toMillis();
    private static final String EVENT = "invitee.created|https://api.calendly.com/scheduled_events/E/invitees/I"
            + "|2026-03-01T10:00:00.000000Z";

    private final IdempotentRepository shared = MemoryIdempotentRepository.memoryIdempotentRepository();
    /** 25 minutes into a period of the timeout. */
    private final SandboxClock clock = SandboxClock.frozenAt(Instant.ofEpochMilli(1000 * TIMEOUT + 150_000));
    private final DeliveryDeduplicator instanceA = new DeliveryDeduplicator(shared, clock, TIMEOUT);
    private final DeliveryDeduplicator instanceB = new DeliveryDeduplicator(shared, clock, TIMEOUT);

    @Test
    void aNewEventIsProcessedAndItsRedeliveryElsewhereIsADuplicateOnceItSucceeded() {
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.PROCESS);
        instanceA.succeeded(EVENT);

        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.DUPLICATE);
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.DUPLICATE);
    }

    @Test
    void aRedeliveryElsewhereWhileTheEventIsProcessedIsInProgressNotADuplicate() {
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.PROCESS);

        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.IN_PROGRESS);
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.IN_PROGRESS);
    }

    @Test
    void aFailureGivesTheEventUpSoThatTheRedeliveryElsewhereRunsTheRoute() {
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.PROCESS);
        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.IN_PROGRESS);
        instanceA.failed(EVENT);

        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.PROCESS);
        instanceB.succeeded(EVENT);
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.DUPLICATE);
    }

    @Test
    void theRepositoryKeepsOnlyTheProcessedKeyOfAnEventOnceItSucceeded() {
        instanceA.begin(EVENT);
        instanceA.succeeded(EVENT);

        String id = DeliveryDeduplicator.digest(EVENT);
        assertThat(shared.contains(DeliveryDeduplicator.processedKey(id))).isTrue();
        assertThat(shared.contains(DeliveryDeduplicator.claimKey(id, clock.millis() / TIMEOUT))).isFalse();
    }

    @Test
    void keysAreShortEnoughForCamelSqlsMessageIdColumnWhateverTheEvent() {
        String longEvent = "routing_form_submission.created|https://api.calendly.com/routing_form_submissions/"
                + "x".repeat(300) + "|2026-03-01T10:00:00.000000Z";
        String id = DeliveryDeduplicator.digest(longEvent);

        assertThat(DeliveryDeduplicator.processedKey(id)).hasSizeLessThanOrEqualTo(100);
        assertThat(DeliveryDeduplicator.claimKey(id, Long.MAX_VALUE)).hasSizeLessThanOrEqualTo(100);
        assertThat(id).isNotEqualTo(DeliveryDeduplicator.digest(longEvent + "x")).hasSize(43);
    }

    @Test
    void anEventWhoseInstanceDiedIsTakenOverAfterTheTimeoutAndNotBefore() {
        // instance A claims the event and dies: it never reports success or failure
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.PROCESS);

        clock.advance(Duration.ofMillis(TIMEOUT - 1));
        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.IN_PROGRESS);
        clock.advance(Duration.ofMillis(TIMEOUT));
        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.PROCESS);
        instanceB.succeeded(EVENT);

        assertThat(new DeliveryDeduplicator(shared, clock, TIMEOUT).begin(EVENT)).isEqualTo(Decision.DUPLICATE);
    }

    @Test
    void aClaimCountsForAtLeastTheTimeoutWhereverInItsPeriodItWasMade() {
        clock.advance(Duration.between(clock.instant(), Instant.ofEpochMilli(2000 * TIMEOUT - 1)));
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.PROCESS);

        clock.advance(Duration.ofMillis(TIMEOUT));
        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.IN_PROGRESS);
        clock.advance(Duration.ofMillis(1));
        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.PROCESS);
    }

    @Test
    void aClaimOfTheNextPeriodByAnInstanceWhoseClockIsAheadCounts() {
        SandboxClock ahead = SandboxClock.frozenAt(clock.instant().plusMillis(TIMEOUT));
        DeliveryDeduplicator instanceAhead = new DeliveryDeduplicator(shared, ahead, TIMEOUT);
        assertThat(instanceAhead.begin(EVENT)).isEqualTo(Decision.PROCESS);

        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.IN_PROGRESS);
        instanceAhead.failed(EVENT);
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.PROCESS);
    }

    @Test
    void aRequestThatFindsAnotherClaimGivesItsOwnUp() {
        String id = DeliveryDeduplicator.digest(EVENT);
        long period = clock.millis() / TIMEOUT;
        shared.add(DeliveryDeduplicator.claimKey(id, period - 1));

        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.IN_PROGRESS);
        assertThat(shared.contains(DeliveryDeduplicator.claimKey(id, period))).isFalse();
    }

    @Test
    void anInstanceStillRunningTheEventPastTheTimeoutDoesNotRunItTwice() {
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.PROCESS);

        clock.advance(Duration.ofMillis(3 * TIMEOUT));
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.IN_PROGRESS);
        instanceA.succeeded(EVENT);
        assertThat(instanceA.begin(EVENT)).isEqualTo(Decision.DUPLICATE);
    }

    @Test
    void anEventProcessedBetweenTheFirstLookAndTheClaimIsADuplicate() {
        String id = DeliveryDeduplicator.digest(EVENT);
        // the processed key appears as this request adds its claim: the other request has just finished
        IdempotentRepository racing = new ForwardingRepository(shared) {
            @Override
            public boolean add(String key) {
                shared.add(DeliveryDeduplicator.processedKey(id));
                return super.add(key);
            }
        };
        DeliveryDeduplicator deduplicator = new DeliveryDeduplicator(racing, clock, TIMEOUT);

        assertThat(deduplicator.begin(EVENT)).isEqualTo(Decision.DUPLICATE);
        assertThat(shared.contains(DeliveryDeduplicator.claimKey(id, clock.millis() / TIMEOUT))).isFalse();
    }

    @Test
    void aStoreRefusingAConcurrentInsertWithAnExceptionLostTheRace() {
        // what camel-sql's repository does when two transactions insert the same key: a primary key violation
        IdempotentRepository refusing = new ForwardingRepository(shared) {
            @Override
            public boolean add(String key) {
                shared.add(key);
                throw new IllegalStateException("duplicate key value violates unique constraint");
            }
        };

        assertThat(new DeliveryDeduplicator(refusing, clock, TIMEOUT).begin(EVENT))
                .isEqualTo(Decision.IN_PROGRESS);
    }

    @Test
    void aFailingStoreFailsTheRequestAndLeavesNothingClaimedHere() {
        IdempotentRepository down = new ForwardingRepository(shared) {
            @Override
            public boolean add(String key) {
                throw new IllegalStateException("connection refused");
            }
        };
        DeliveryDeduplicator deduplicator = new DeliveryDeduplicator(down, clock, TIMEOUT);

        assertThatThrownBy(() -> deduplicator.begin(EVENT)).hasMessage("connection refused");
        assertThatThrownBy(() -> deduplicator.begin(EVENT)).hasMessage("connection refused");
    }

    @Test
    void aProcessedKeyThatCannotBeSavedStillGivesTheClaimUp() {
        String id = DeliveryDeduplicator.digest(EVENT);
        IdempotentRepository readOnlyAfterClaim = new ForwardingRepository(shared) {
            @Override
            public boolean add(String key) {
                if (key.equals(DeliveryDeduplicator.processedKey(id))) {
                    throw new IllegalStateException("connection lost");
                }
                return super.add(key);
            }
        };
        DeliveryDeduplicator deduplicator = new DeliveryDeduplicator(readOnlyAfterClaim, clock, TIMEOUT);
        assertThat(deduplicator.begin(EVENT)).isEqualTo(Decision.PROCESS);

        assertThatThrownBy(() -> deduplicator.succeeded(EVENT)).hasMessage("connection lost");
        // not a duplicate: Calendly's retry (the request failed) runs the route again
        assertThat(instanceB.begin(EVENT)).isEqualTo(Decision.PROCESS);
    }

    @Test
    void theTimeoutMustBePositive() {
        assertThatThrownBy(() -> new DeliveryDeduplicator(shared, clock, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inProgressTimeout");
    }

    /** A repository passing every call to another, for tests to override one call. */
    private static class ForwardingRepository implements IdempotentRepository {
        private final IdempotentRepository target;

        ForwardingRepository(IdempotentRepository target) {
            this.target = target;
        }

        @Override
        public boolean add(String key) {
            return target.add(key);
        }

        @Override
        public boolean contains(String key) {
            return target.contains(key);
        }

        @Override
        public boolean remove(String key) {
            return target.remove(key);
        }

        @Override
        public boolean confirm(String key) {
            return target.confirm(key);
        }

        @Override
        public void clear() {
            target.clear();
        }

        @Override
        public void start() {
            target.start();
        }

        @Override
        public void stop() {
            target.stop();
        }
    }
}
