package io.github.camelcalendly.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConnectionRevokedException;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.auth.TokenStoreException;
import io.github.camelcalendly.client.ConnectionState;
import io.github.camelcalendly.sandbox.SandboxClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One OAuth connection's tokens on a clock the test moves, against the sandbox's authorization server.
 */
class OAuthSessionTest extends AuthServerTestSupport {

    private final SandboxClock clock = SandboxClock.frozenAt(Instant.now());
    private final TokenEndpoint endpoint = confidentialApp();

    /** Tokens for the owner from a real code exchange, received at the clock's now. */
    private StoredTokens exchanged() throws Exception {
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"), null);
        return endpoint.exchangeCode(code, sandbox.options().oauthClient().redirectUri(), null,
                io.github.camelcalendly.client.Deadline.NONE).toStored(clock.instant(), null);
    }

    private OAuthSession session(TokenStore store, StoredTokens seed) {
        return new OAuthSession("owner", endpoint, store, seed, OAuthSession.tokenRequestLimiter(), 10_000, clock);
    }

    @Test
    void theAccessTokenIsKeptUntilAMinuteBeforeItExpiresAndRefreshedThen() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        StoredTokens tokens = exchanged();
        store.save("owner", tokens);
        OAuthSession session = session(store, null);

        clock.advance(Duration.ofSeconds(7200 - 61));
        String stillValid = session.accessToken();
        clock.advance(Duration.ofSeconds(2));
        String refreshed = session.accessToken();

        assertThat(stillValid).isEqualTo(tokens.accessToken());
        assertThat(refreshed).isNotEqualTo(tokens.accessToken());
        assertThat(refreshRequests()).isEqualTo(1);
        assertThat(store.load("owner").orElseThrow().accessToken()).isEqualTo(refreshed);
        assertThat(session.refreshCount()).isEqualTo(1);
    }

    @Test
    void aRefreshWhoseTokensCannotBeSavedHandsOutNoNewToken() throws Exception {
        StoredTokens tokens = exchanged();
        InMemoryTokenStore kept = new InMemoryTokenStore();
        kept.save("owner", tokens);
        TokenStore failingSaves = new TokenStore() {
            @Override
            public Optional<StoredTokens> load(String connectionId) {
                return kept.load(connectionId);
            }

            @Override
            public void save(String connectionId, StoredTokens saved) {
                throw new TokenStoreException("disk full while saving the tokens of " + connectionId);
            }

            @Override
            public void delete(String connectionId) {
                kept.delete(connectionId);
            }
        };
        OAuthSession session = session(failingSaves, null);
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(session::accessToken).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("could not save them, so the new access token is not used")
                .hasMessageContaining("disk full");
        assertThat(refreshRequests()).isEqualTo(1);
        assertThat(kept.load("owner").orElseThrow()).isEqualTo(tokens);
    }

    @Test
    void aTokenRefusedRightAfterItWasIssuedRevokesTheConnection() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.save("owner", exchanged());
        OAuthSession session = session(store, null);
        String issued = session.refreshNow(10_000).accessToken();

        assertThatThrownBy(() -> session.answered(issued, 401))
                .isInstanceOf(CalendlyConnectionRevokedException.class)
                .hasMessageContaining("refused the access token it had just issued");
        assertThat(session.state()).isEqualTo(ConnectionState.REVOKED);
        assertThatThrownBy(session::accessToken).isInstanceOf(CalendlyConnectionRevokedException.class);
    }

    @Test
    void aTokenCalendlyAcceptedOnceIsRefreshedAfterA401RatherThanRevoked() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.save("owner", exchanged());
        OAuthSession session = session(store, null);
        String issued = session.refreshNow(10_000).accessToken();
        session.answered(issued, 200);

        session.answered(issued, 401);
        boolean renewed = session.renewAfterRejection(issued);

        assertThat(renewed).isTrue();
        assertThat(session.accessToken()).isNotEqualTo(issued);
        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
    }

    @Test
    void aConfiguredRefreshTokenSeedsAnEmptyStoreAndIsRedeemedAtTheFirstCall() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        StoredTokens seed = StoredTokens.refreshTokenOnly(exchanged().refreshToken());
        OAuthSession session = session(store, seed);

        String token = session.accessToken();

        assertThat(token).isNotNull();
        assertThat(refreshRequests()).isEqualTo(1);
        assertThat(store.load("owner").orElseThrow().refreshToken()).isNotEqualTo(seed.refreshToken());
        assertThat(session.identity()).hasValueSatisfying(id -> assertThat(id.userUri())
                .isEqualTo(sandbox.seeded().owner()));
    }

    @Test
    void tokensAnotherInstanceRefreshedAreTakenFromTheStoreInsteadOfRefreshingAgain() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.save("owner", exchanged());
        OAuthSession here = session(store, null);
        OAuthSession elsewhere = session(store, null);
        String before = here.accessToken();
        clock.advance(Duration.ofHours(2));

        String fromElsewhere = elsewhere.accessToken();
        String fromHere = here.accessToken();

        assertThat(fromElsewhere).isNotEqualTo(before);
        assertThat(fromHere).isEqualTo(fromElsewhere);
        assertThat(refreshRequests()).isEqualTo(1);
    }

    @Test
    void aConnectionWithNoTokensAndNoSeedNamesItsId() {
        OAuthSession session = session(new InMemoryTokenStore(), null);

        assertThatThrownBy(session::accessToken).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("connection id 'owner'");
        assertThat(session.state()).isEqualTo(ConnectionState.NOT_USED_YET);
    }

    @Test
    void anExpiredAccessTokenWithoutARefreshTokenRevokesTheConnection() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        StoredTokens tokens = exchanged();
        store.save("owner", new StoredTokens(tokens.accessToken(), null, tokens.expiresAt(), tokens.scopes(),
                tokens.owner(), tokens.organization()));
        OAuthSession session = session(store, null);
        clock.advance(Duration.ofHours(3));

        assertThatThrownBy(session::accessToken).isInstanceOf(CalendlyConnectionRevokedException.class)
                .hasMessageContaining("it has no refresh token");
        assertThat(refreshRequests()).isZero();
    }
}
