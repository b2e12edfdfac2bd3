package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.camelcalendly.sandbox.SandboxClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PendingAuthorizationStore} does, whatever keeps it: a state gives its request once, never after it
 * expired, never for another redirect URI, and to exactly one of several instances taking it at the same moment.
 * Each store's test extends this with how to make the store.
 */
public abstract class PendingAuthorizationStoreContract {

    private static final String CALLBACK = "https://app.example.com/oauth/callback";
    private static final int INSTANCES = 6;
    private static final int STATES = 25;

    private final SandboxClock clock = SandboxClock.frozenAt(Instant.parse("2030-01-01T10:00:00Z"));
    private PendingAuthorizationStore store;
    private ExecutorService threads;

    /** A new, empty store judging expiry by {@code clock}. */
    protected abstract PendingAuthorizationStore newStore(Clock clock);

    /** The store {@code first} as another instance of the application sees it (for a shared store, a new one). */
    protected abstract PendingAuthorizationStore sameStoreOnAnotherInstance(PendingAuthorizationStore first,
            Clock clock);

    @BeforeEach
    void newStoreForTheTest() {
        store = newStore(clock);
        threads = Executors.newFixedThreadPool(INSTANCES);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private Instant inTenMinutes() {
        return clock.instant().plus(Duration.ofMinutes(10));
    }

    @Test
    void aRememberedStateGivesItsVerifierRedirectUriAndExpiryOnce() {
        Instant expiresAt = inTenMinutes();
        store.remember("state-1", "verifier-1", CALLBACK, expiresAt);

        assertThat(store.take("state-1")).contains(new PendingAuthorization("verifier-1", CALLBACK, expiresAt));
        assertThat(store.take("state-1")).isEmpty();
    }

    @Test
    void anUnknownStateGivesNothing() {
        store.remember("state-1", "verifier-1", CALLBACK, inTenMinutes());

        assertThat(store.take("state-2")).isEmpty();
        assertThat(store.take("state-1")).isPresent();
    }

    @Test
    void aStateIsGoodUntilJustBeforeItExpires() {
        store.remember("state-1", "verifier-1", CALLBACK, inTenMinutes());
        clock.advance(Duration.ofMinutes(10).minusMillis(1));

        assertThat(store.take("state-1")).map(PendingAuthorization::codeVerifier).contains("verifier-1");
    }

    @Test
    void anExpiredStateGivesNothing() {
        store.remember("state-1", "verifier-1", CALLBACK, inTenMinutes());
        clock.advance(Duration.ofMinutes(10));

        assertThat(store.take("state-1")).isEmpty();
    }

    @Test
    void aStateRememberedAgainGivesItsLatestRequest() {
        store.remember("state-1", "verifier-1", CALLBACK, inTenMinutes());
        store.remember("state-1", "verifier-2", CALLBACK + "/2", inTenMinutes());

        assertThat(store.take("state-1")).map(PendingAuthorization::codeVerifier).contains("verifier-2");
        assertThat(store.take("state-1")).isEmpty();
    }

    @Test
    void aStateTakenForAnotherRedirectUriGivesNothingAndIsSpent() {
        PendingAuthorizations pending = new PendingAuthorizations(store, clock);
        pending.remember("state-1", "verifier-1", CALLBACK);

        assertThat(pending.take("state-1", "https://evil.example.com/callback")).isEmpty();
        assertThat(pending.take("state-1", CALLBACK)).isEmpty();
    }

    @Test
    void aStateRememberedOnOneInstanceIsTakenOnAnother() {
        PendingAuthorizationStore other = sameStoreOnAnotherInstance(store, clock);
        store.remember("state-1", "verifier-1", CALLBACK, inTenMinutes());

        assertThat(other.take("state-1")).map(PendingAuthorization::codeVerifier).contains("verifier-1");
        assertThat(store.take("state-1")).isEmpty();
    }

    @Test
    void instancesTakingOneStateAtTheSameMomentGiveItToExactlyOne() throws Exception {
        List<PendingAuthorizationStore> instances = new ArrayList<>();
        instances.add(store);
        while (instances.size() < INSTANCES) {
            instances.add(sameStoreOnAnotherInstance(store, clock));
        }
        for (int s = 0; s < STATES; s++) {
            String state = "state-" + s;
            store.remember(state, "verifier-" + s, CALLBACK, inTenMinutes());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<PendingAuthorization>>> takes = new ArrayList<>();
            for (PendingAuthorizationStore instance : instances) {
                Callable<Optional<PendingAuthorization>> take = () -> {
                    go.await();
                    return instance.take(state);
                };
                takes.add(threads.submit(take));
            }
            go.countDown();
            int given = 0;
            for (Future<Optional<PendingAuthorization>> take : takes) {
                Optional<PendingAuthorization> got = take.get(30, TimeUnit.SECONDS);
                if (got.isPresent()) {
                    assertThat(got.get().codeVerifier()).isEqualTo("verifier-" + s);
                    given++;
                }
            }
            assertThat(given).as("instances given " + state).isEqualTo(1);
        }
    }
}
