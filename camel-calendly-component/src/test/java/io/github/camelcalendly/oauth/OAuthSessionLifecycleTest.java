package io.github.camelcalendly.oauth;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.CalendlyConnectionRevokedException;
import io.github.camelcalendly.CalendlyRateLimitException;
import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.client.ConnectionState;
import io.github.camelcalendly.client.Deadline;
import io.github.camelcalendly.client.RateLimiter;
import io.github.camelcalendly.client.Sleeper;
import io.github.camelcalendly.operation.ConnectionIdentity;
import io.github.camelcalendly.sandbox.SandboxClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An OAuth connection's life on a clock the test moves, against the sandbox's authorization server: revoked, found
 * usable again through its token store or a code exchange, forgotten, taught its scopes by introspection.
 */
class OAuthSessionLifecycleTest extends AuthServerTestSupport {

    private final SandboxClock clock = SandboxClock.frozenAt(Instant.now());
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final TokenEndpoint endpoint = confidentialApp();

    /** Tokens of the member (whose grants a test may revoke) from a real code exchange, received now. */
    private StoredTokens exchanged(String... scopes) throws Exception {
        String code = sandbox.authorizationCode(sandbox.seeded().member(), List.of(scopes), null);
        return endpoint.exchangeCode(code, sandbox.options().oauthClient().redirectUri(), null, Deadline.NONE)
                .toStored(clock.instant(), null);
    }

    private OAuthSession session() {
        return new OAuthSession("member", endpoint, store, null, OAuthSession.tokenRequestLimiter(), 10_000, clock);
    }

    /** A session whose refresh Calendly refused with invalid_grant. */
    private OAuthSession revokedSession() throws Exception {
        store.save("member", exchanged("users:read"));
        OAuthSession session = session();
        sandbox.revokeGrantsOf(sandbox.seeded().member());
        assertThatThrownBy(() -> session.refreshNow(10_000)).isInstanceOf(CalendlyConnectionRevokedException.class);
        return session;
    }

    @Test
    void aRefusedRefreshTokenRevokesTheConnectionSayingWhyAndWhen() throws Exception {
        store.save("member", exchanged("users:read"));
        OAuthSession session = session();
        sandbox.revokeGrantsOf(sandbox.seeded().member());

        assertThatThrownBy(() -> session.refreshNow(10_000))
                .isInstanceOfSatisfying(CalendlyConnectionRevokedException.class, e -> {
                    assertThat(e.getConnectionId()).isEqualTo("member");
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getTitle()).isEqualTo("invalid_grant");
                })
                .hasMessageContaining("refused its refresh token (invalid_grant");
        assertThat(session.state()).isEqualTo(ConnectionState.REVOKED);
        assertThat(session.revocationReason()).hasValue("Calendly refused its refresh token (invalid_grant: already"
                + " used, revoked, or the user disconnected the app) (at " + clock.instant() + ")");
        assertThat(refreshRequests()).isEqualTo(1);
    }

    @Test
    void aRevokedConnectionFailsAtOnceWithoutATokenRequest() throws Exception {
        OAuthSession session = revokedSession();
        clock.advance(Duration.ofHours(3));

        assertThatThrownBy(session::accessToken).isInstanceOf(CalendlyConnectionRevokedException.class);
        assertThatThrownBy(() -> session.renewAfterRejection("any")).isInstanceOf(
                CalendlyConnectionRevokedException.class);
        assertThatThrownBy(session::currentTokens).isInstanceOf(CalendlyConnectionRevokedException.class);
        assertThat(refreshRequests()).isEqualTo(1);
    }

    @Test
    void aRevokedConnectionStaysRevokedWhileItsStoreHoldsTheRefusedTokens() throws Exception {
        OAuthSession session = revokedSession();

        assertThat(session.state()).isEqualTo(ConnectionState.REVOKED);
        store.delete("member");
        assertThat(session.state()).isEqualTo(ConnectionState.REVOKED);
        assertThat(session.revocationReason()).isPresent();
    }

    @Test
    void newTokensInTheStoreEndTheRevocationForTheHealthCheck() throws Exception {
        OAuthSession session = revokedSession();
        StoredTokens reconnected = exchanged("users:read");

        store.save("member", reconnected);

        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(session.revocationReason()).isEmpty();
        assertThat(session.accessToken()).isEqualTo(reconnected.accessToken());
    }

    @Test
    void newTokensInTheStoreEndTheRevocationForTheNextCall() throws Exception {
        OAuthSession session = revokedSession();
        StoredTokens reconnected = exchanged("users:read");

        store.save("member", reconnected);

        assertThat(session.accessToken()).isEqualTo(reconnected.accessToken());
        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
    }

    @Test
    void tokensFoundInTheStoreAfterARevocationAreFreshUntilCalendlyAcceptsThem() throws Exception {
        OAuthSession session = revokedSession();
        StoredTokens reconnected = exchanged("users:read");
        store.save("member", reconnected);
        String token = session.accessToken();

        assertThatThrownBy(() -> session.answered(token, 401))
                .isInstanceOf(CalendlyConnectionRevokedException.class)
                .hasMessageContaining("refused the access token it had just issued");
    }

    @Test
    void anAdoptedCodeExchangeEndsTheRevocationAndItsTokenIsFresh() throws Exception {
        OAuthSession session = revokedSession();
        StoredTokens reconnected = exchanged("users:read");

        session.adopt(reconnected);

        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(session.revocationReason()).isEmpty();
        assertThat(session.accessToken()).isEqualTo(reconnected.accessToken());
        assertThatThrownBy(() -> session.answered(reconnected.accessToken(), 401))
                .isInstanceOf(CalendlyConnectionRevokedException.class);
    }

    @Test
    void anAdoptedCodeExchangeCountsAsOneOfTheConnectionsTokenRequests() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", tokens);
        OAuthSession session = new OAuthSession("member", endpoint, store, null,
                new RateLimiter(1, System::nanoTime, Sleeper.THREAD), 1_000, clock);

        session.adopt(tokens);

        assertThatThrownBy(() -> session.refreshNow(1_000)).isInstanceOf(CalendlyRateLimitException.class)
                .hasMessageContaining("Calendly allows 8 token requests per user per minute");
        assertThat(refreshRequests()).isZero();
        assertThat(session.accessToken()).isEqualTo(tokens.accessToken());
    }

    @Test
    void aTokenCalendlyAnsweredWithoutA401IsNoLongerFresh() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", tokens);
        OAuthSession session = session();
        session.adopt(tokens);

        session.answered(tokens.accessToken(), 404);
        session.answered(tokens.accessToken(), 401);

        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
    }

    @Test
    void answersToOtherTokensTellTheSessionNothing() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", tokens);
        OAuthSession session = session();
        session.adopt(tokens);

        session.answered(null, 401);
        session.answered("an-older-token", 401);

        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThatThrownBy(() -> session.answered(tokens.accessToken(), 401))
                .isInstanceOf(CalendlyConnectionRevokedException.class);
    }

    @Test
    void aForgottenConnectionKnowsNothingUntilItReadsItsStoreAgain() throws Exception {
        store.save("member", exchanged("users:read"));
        OAuthSession session = session();
        session.accessToken();
        StoredTokens later = exchanged("users:read");
        store.save("member", later);

        session.forget();

        assertThat(session.state()).isEqualTo(ConnectionState.NOT_USED_YET);
        assertThat(session.identity()).isEmpty();
        assertThat(session.grantedScopes()).isEmpty();
        assertThat(session.accessTokenExpiresAt()).isEmpty();
        assertThat(session.accessToken()).isEqualTo(later.accessToken());
        assertThat(refreshRequests()).isZero();
    }

    @Test
    void forgettingARevokedConnectionEndsTheRevocation() throws Exception {
        OAuthSession session = revokedSession();

        session.forget();

        assertThat(session.revocationReason()).isEmpty();
        assertThat(session.state()).isEqualTo(ConnectionState.NOT_USED_YET);
    }

    @Test
    void theAccessTokensExpiryIsKnownOnceTheTokensAreRead() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", tokens);
        OAuthSession session = session();
        assertThat(session.accessTokenExpiresAt()).isEmpty();

        session.currentTokens();

        assertThat(session.accessTokenExpiresAt()).hasValue(tokens.expiresAt());
        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
    }

    @Test
    void introspectedScopesAreKeptInMemoryAndInTheStore() throws Exception {
        StoredTokens tokens = exchanged("users:read", "event_types:read");
        StoredTokens withoutScopes = new StoredTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(),
                List.of(), tokens.owner(), tokens.organization());
        store.save("member", withoutScopes);
        OAuthSession session = session();
        session.accessToken();
        assertThat(session.grantedScopes()).isEmpty();

        session.learnScopes(List.of("users:read", "event_types:read"));

        assertThat(session.grantedScopes()).hasValue(Set.of("users:read", "event_types:read"));
        assertThat(store.load("member").orElseThrow()).isEqualTo(new StoredTokens(tokens.accessToken(),
                tokens.refreshToken(), tokens.expiresAt(), List.of("users:read", "event_types:read"), tokens.owner(),
                tokens.organization()));
    }

    @Test
    void noIntrospectedScopesOrNoKnownTokensLeaveEverythingAsItIs() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", tokens);
        OAuthSession session = session();

        session.learnScopes(List.of("users:read", "webhooks:write"));
        assertThat(store.load("member")).hasValue(tokens);
        session.accessToken();
        session.learnScopes(List.of());

        assertThat(store.load("member")).hasValue(tokens);
        assertThat(session.grantedScopes()).hasValue(Set.of("users:read"));
    }

    @Test
    void theIdentityNeedsBothTheOwnerAndTheOrganization() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", new StoredTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(),
                tokens.scopes(), tokens.owner(), null));
        OAuthSession session = session();
        session.accessToken();
        assertThat(session.identity()).isEmpty();

        session.adopt(tokens);

        assertThat(session.identity()).hasValue(new ConnectionIdentity(sandbox.seeded().member(),
                sandbox.seeded().organization()));
    }

    @Test
    void aCallerRefusedAnOlderTokenGetsTheNewerOneWithoutARefresh() throws Exception {
        store.save("member", exchanged("users:read"));
        OAuthSession session = session();
        String current = session.accessToken();

        boolean renewed = session.renewAfterRejection("a-token-replaced-meanwhile");

        assertThat(renewed).isTrue();
        assertThat(session.accessToken()).isEqualTo(current);
        assertThat(refreshRequests()).isZero();
    }

    @Test
    void aCallerRefusedAnOlderTokenGetsARefreshWhenTheCurrentOneExpiresWithinAMinute() throws Exception {
        store.save("member", exchanged("users:read"));
        OAuthSession session = session();
        String current = session.accessToken();
        clock.advance(Duration.ofSeconds(7200 - 60));

        session.renewAfterRejection("a-token-replaced-meanwhile");

        assertThat(refreshRequests()).isEqualTo(1);
        assertThat(store.load("member").orElseThrow().accessToken()).isNotEqualTo(current);
    }

    @Test
    void aTokenEndpointFailureOtherThanInvalidGrantLeavesTheConnectionUsable() throws Exception {
        store.save("member", exchanged("users:read"));
        OAuthSession session = session();
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"temporarily_unavailable\",\"error_description\":\"try later\"}")));

        assertThatThrownBy(() -> session.refreshNow(10_000))
                .isInstanceOfSatisfying(CalendlyApiException.class, e -> {
                    assertThat(e).isNotInstanceOf(CalendlyConnectionRevokedException.class);
                    assertThat(e.getTitle()).isEqualTo("temporarily_unavailable");
                });
        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(session.revocationReason()).isEmpty();
    }

    @Test
    void anUnreachableAuthorizationServerFailsTheRefreshNamingTheConnection() throws Exception {
        store.save("member", exchanged("users:read"));
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TokenEndpoint unreachable = new TokenEndpoint(new OAuthClient("http://localhost:" + closedPort, "id",
                "secret"), http, MAPPER);
        OAuthSession session = new OAuthSession("member", unreachable, store, null,
                OAuthSession.tokenRequestLimiter(), 10_000, clock);

        assertThatThrownBy(() -> session.refreshNow(10_000)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Calendly connection 'member' could not refresh its access token: ");
        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);
    }

    @Test
    void aConfiguredRefreshTokenIsSavedToTheEmptyStoreBeforeItIsRedeemed() throws Exception {
        StoredTokens seed = StoredTokens.refreshTokenOnly(exchanged("users:read").refreshToken());
        OAuthSession session = new OAuthSession("member", endpoint, store, seed, OAuthSession.tokenRequestLimiter(),
                10_000, clock);
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"temporarily_unavailable\"}")));

        assertThatThrownBy(session::accessToken).isInstanceOf(CalendlyApiException.class);

        assertThat(store.load("member")).hasValue(seed);
    }

    @Test
    void aRefusedAccessTokenWithoutARefreshTokenRevokesTheConnectionSayingSo() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", new StoredTokens(tokens.accessToken(), null, tokens.expiresAt(), tokens.scopes(),
                tokens.owner(), tokens.organization()));
        OAuthSession session = session();
        String token = session.accessToken();

        assertThatThrownBy(() -> session.renewAfterRejection(token))
                .isInstanceOfSatisfying(CalendlyConnectionRevokedException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(401))
                .hasMessageContaining("is revoked: its access token expired or was refused and it has no refresh"
                        + " token");
        assertThat(refreshRequests()).isZero();
    }

    @Test
    void aRevocationAndItsRecoveryOnOneThreadLeaveTheSessionToAnother() throws Exception {
        OAuthSession session = revokedSession();
        StoredTokens reconnected = exchanged("users:read");
        store.save("member", reconnected);
        assertThat(session.state()).isEqualTo(ConnectionState.ACTIVE);

        CompletableFuture<String> elsewhere = CompletableFuture.supplyAsync(() -> {
            session.renewAfterRejection("a-token-replaced-meanwhile");
            return session.accessToken();
        });

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(elsewhere::isDone);
        assertThat(elsewhere.join()).isEqualTo(reconnected.accessToken());
    }

    @Test
    void learningScopesAndForgettingOnOneThreadLeaveTheSessionToAnother() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", tokens);
        OAuthSession session = session();
        session.accessToken();
        session.learnScopes(List.of("users:read"));
        session.forget();

        CompletableFuture<String> elsewhere = CompletableFuture.supplyAsync(session::accessToken);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(elsewhere::isDone);
        assertThat(elsewhere.join()).isEqualTo(tokens.accessToken());
    }

    @Test
    void itNamesItsConnectionAndAppButNoToken() throws Exception {
        StoredTokens tokens = exchanged("users:read");
        store.save("member", tokens);
        OAuthSession session = session();
        session.accessToken();

        assertThat(session.connectionId()).isEqualTo("member");
        assertThat(session.endpoint()).isSameAs(endpoint);
        assertThat(session.toString()).isEqualTo("OAuthSession[connectionId=member, client="
                + sandbox.options().oauthClient().clientId() + "]");
    }
}
