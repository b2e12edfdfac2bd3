package io.github.camelcalendly.oauth;

import java.time.Duration;
import java.time.Instant;

import io.github.camelcalendly.sandbox.SandboxClock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the oauth operations ask of their store: a request lives ten minutes from when authorizeUrl remembered it, and
 * gives its verifier once, only for its redirect URI.
 */
class PendingAuthorizationsTest {

    private static final String CALLBACK = "https://app.example.com/oauth/callback";

    private final SandboxClock clock = SandboxClock.frozenAt(Instant.parse("2030-01-01T10:00:00Z"));
    private final InMemoryPendingAuthorizationStore store = new InMemoryPendingAuthorizationStore(clock);
    private final PendingAuthorizations pending = new PendingAuthorizations(store, clock);

    @Test
    void aRequestIsRememberedForTenMinutes() {
        pending.remember("state-1", "verifier-1", CALLBACK);

        assertThat(store.take("state-1")).map(PendingAuthorization::expiresAt)
                .contains(Instant.parse("2030-01-01T10:10:00Z"));
    }

    @Test
    void aStateGivesItsVerifierOnceForItsRedirectUri() {
        pending.remember("state-1", "verifier-1", CALLBACK);

        assertThat(pending.take("state-1", CALLBACK)).contains("verifier-1");
        assertThat(pending.take("state-1", CALLBACK)).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void aStateTakenWithAnotherRedirectUriGivesNothingAndIsSpent() {
        pending.remember("state-1", "verifier-1", CALLBACK);

        assertThat(pending.take("state-1", "https://evil.example.com/callback")).isEmpty();
        assertThat(pending.take("state-1", CALLBACK)).isEmpty();
    }

    @Test
    void aRequestAStoreGivesBackAfterItsExpiryIsRefused() {
        PendingAuthorizationStore lateStore = new PendingAuthorizationStore() {
            @Override
            public void remember(String state, String codeVerifier, String redirectUri, Instant expiresAt) {
            }

            @Override
            public java.util.Optional<PendingAuthorization> take(String state) {
                return java.util.Optional.of(new PendingAuthorization("verifier-1", CALLBACK, clock.instant()));
            }
        };

        assertThat(new PendingAuthorizations(lateStore, clock).take("state-1", CALLBACK)).isEmpty();
    }

    @Test
    void aRequestShowsNoVerifier() {
        assertThat(new PendingAuthorization("verifier-1", CALLBACK, clock.instant()).toString())
                .doesNotContain("verifier-1").contains(CALLBACK);
    }

    @Test
    void aStateTenMinutesOldGivesNothing() {
        pending.remember("state-1", "verifier-1", CALLBACK);
        clock.advance(Duration.ofMinutes(10));

        assertThat(pending.take("state-1", CALLBACK)).isEmpty();
    }
}
