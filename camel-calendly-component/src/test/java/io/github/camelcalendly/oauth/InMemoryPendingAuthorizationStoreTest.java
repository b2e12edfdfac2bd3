package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.camelcalendly.sandbox.SandboxClock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's own store, in memory: the contract every store keeps, and its own limits (expired requests dropped
 * as new ones come, the oldest dropped first beyond {@value InMemoryPendingAuthorizationStore#MAX_PENDING}).
 */
class InMemoryPendingAuthorizationStoreTest extends PendingAuthorizationStoreContract {

    private static final String CALLBACK = "https://app.example.com/oauth/callback";

    private final SandboxClock ownClock = SandboxClock.frozenAt(Instant.parse("2030-01-01T10:00:00Z"));
    private final InMemoryPendingAuthorizationStore pending = new InMemoryPendingAuthorizationStore(ownClock);

    @Override
    protected PendingAuthorizationStore newStore(Clock clock) {
        return new InMemoryPendingAuthorizationStore(clock);
    }

    @Override
    protected PendingAuthorizationStore sameStoreOnAnotherInstance(PendingAuthorizationStore first, Clock clock) {
        return first; // one JVM: every thread shares the one store
    }

    private Instant inTenMinutes() {
        return ownClock.instant().plus(Duration.ofMinutes(10));
    }

    @Test
    void rememberingANewStateDropsTheExpiredOnes() {
        pending.remember("old", "verifier-old", CALLBACK, inTenMinutes());
        ownClock.advance(Duration.ofMinutes(10));

        pending.remember("new", "verifier-new", CALLBACK, inTenMinutes());

        assertThat(pending.size()).isEqualTo(1);
        assertThat(pending.take("new")).map(PendingAuthorization::codeVerifier).contains("verifier-new");
    }

    @Test
    void beyondTheLimitTheOldestStateIsDroppedFirst() {
        for (int i = 0; i < InMemoryPendingAuthorizationStore.MAX_PENDING; i++) {
            pending.remember("state-" + i, "verifier-" + i, CALLBACK, inTenMinutes());
        }
        assertThat(pending.size()).isEqualTo(InMemoryPendingAuthorizationStore.MAX_PENDING);

        pending.remember("one-more", "verifier-more", CALLBACK, inTenMinutes());

        assertThat(pending.size()).isEqualTo(InMemoryPendingAuthorizationStore.MAX_PENDING);
        assertThat(pending.take("state-0")).isEmpty();
        assertThat(pending.take("state-1")).map(PendingAuthorization::codeVerifier).contains("verifier-1");
        assertThat(pending.take("one-more")).map(PendingAuthorization::codeVerifier).contains("verifier-more");
    }

    @Test
    void itsDescriptionCountsTheRequestsAndShowsNoneOfThem() {
        pending.remember("state-1", "verifier-1", CALLBACK, inTenMinutes());

        assertThat(pending).hasToString("InMemoryPendingAuthorizationStore[pending=1]");
    }
}
