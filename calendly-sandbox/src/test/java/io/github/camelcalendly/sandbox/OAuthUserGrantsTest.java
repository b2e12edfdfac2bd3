package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.oauth.Pkce;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;

/** OAuth grants of several seeded users side by side: consent as any of them, and disconnecting one. */
class OAuthUserGrantsTest {

    private final SandboxClock clock =
            SandboxClock.frozenAt(Instant.parse("2026-05-04T09:00:00Z"));
    private CalendlySandbox sandbox;
    private TokenEndpointCalls calls;
    private SandboxClient api;
    private String owner;
    private String member;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock));
        calls = new TokenEndpointCalls(sandbox);
        api = new SandboxClient(sandbox.baseUrl(), null);
        owner = sandbox.seeded().owner();
        member = sandbox.seeded().member();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void twoUsersConnectedSideBySideEachActAsThemselves() {
        JsonNode ownerTokens = connect(owner);
        JsonNode memberTokens = connect(member);

        assertThat(memberTokens.path("owner").asText()).isEqualTo(member);
        assertThat(memberTokens.path("organization").asText()).isEqualTo(sandbox.seeded().organization());
        assertThat(me(ownerTokens)).isEqualTo(owner);
        assertThat(me(memberTokens)).isEqualTo(member);
        JsonNode refreshed = calls.refresh(memberTokens.path("refresh_token").asText()).json();
        assertThat(refreshed.path("owner").asText()).isEqualTo(member);
        assertThat(me(refreshed)).isEqualTo(member);
    }

    @Test
    void aUsersCodeCarriesTheConsentedScopesAndPkceChallenge() {
        String verifier = "a-verifier-that-is-long-enough-for-pkce-0123456789";
        String code = sandbox.authorizationCode(member, List.of("users:read"), Pkce.challengeOf(verifier));
        SandboxOptions.OAuthClient app = sandbox.options().oauthClient();

        SandboxClient.Reply reply = calls.post(null, "grant_type", "authorization_code", "client_id",
                app.clientId(), "code", code, "redirect_uri", app.redirectUri(), "code_verifier", verifier);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("scope").asText()).isEqualTo("users:read");
        assertThat(reply.json().path("owner").asText()).isEqualTo(member);
    }

    @Test
    void consentAsSomeoneWhoIsNotASeededUserIsRefused() {
        String stranger = sandbox.baseUrl() + "/users/NOT-A-USER";

        assertThatThrownBy(() -> sandbox.authorizationCode(stranger, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(stranger)
                .hasMessageContaining(owner);
        assertThatThrownBy(() -> sandbox.authorizationCode(null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachUserHasItsOwnTokenEndpointLimit() {
        String ownerRefresh = calls.succeed(8).json().path("refresh_token").asText();
        assertThat(calls.refresh(ownerRefresh).status()).isEqualTo(429);

        SandboxClient.Reply memberReply = calls.redeem(sandbox.authorizationCode(member, List.of(), null));

        assertThat(memberReply.status()).isEqualTo(200);
        assertThat(sandbox.tokenRequests()).last()
                .isEqualTo(new TokenRequest(clock.instant(), "authorization_code", member, 200));
    }

    @Test
    void revokingAUsersGrantsStopsItsAccessAndRefreshTokensOnly() {
        JsonNode ownerTokens = connect(owner);
        JsonNode memberTokens = connect(member);
        String memberPersonalToken = sandbox.issueToken(member, List.of("users:read"));

        sandbox.revokeGrantsOf(member);

        assertThat(api.as(memberTokens.path("access_token").asText()).get("/users/me").status()).isEqualTo(401);
        SandboxClient.Reply refresh = calls.refresh(memberTokens.path("refresh_token").asText());
        assertThat(refresh.status()).isEqualTo(400);
        assertThat(refresh.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(me(ownerTokens)).as("the owner's connection is untouched").isEqualTo(owner);
        assertThat(calls.refresh(ownerTokens.path("refresh_token").asText()).status()).isEqualTo(200);
        assertThat(api.as(memberPersonalToken).get("/users/me").status())
                .as("a personal access token is not an app grant").isEqualTo(200);
    }

    @Test
    void revokingAUsersGrantsAlsoRevokesEveryEarlierRotationAndConnection() {
        JsonNode first = connect(member);
        JsonNode second = connect(member);
        JsonNode rotated = calls.refresh(second.path("refresh_token").asText()).json();

        sandbox.revokeGrantsOf(member);

        assertThat(calls.refresh(first.path("refresh_token").asText()).status()).isEqualTo(400);
        assertThat(calls.refresh(rotated.path("refresh_token").asText()).status()).isEqualTo(400);
        assertThat(api.as(first.path("access_token").asText()).get("/users/me").status()).isEqualTo(401);
        assertThat(api.as(rotated.path("access_token").asText()).get("/users/me").status()).isEqualTo(401);
    }

    @Test
    void aCodeNotYetRedeemedIsDiscardedWithTheGrants() {
        String pending = sandbox.authorizationCode(member, List.of(), null);

        sandbox.revokeGrantsOf(member);

        SandboxClient.Reply reply = calls.redeem(pending);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aUserWhoseGrantsWereRevokedReconnectsWithAFreshCode() {
        connect(member);
        sandbox.revokeGrantsOf(member);

        JsonNode reconnected = connect(member);

        assertThat(me(reconnected)).isEqualTo(member);
        assertThat(calls.refresh(reconnected.path("refresh_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void revokingTheGrantsOfSomeoneWhoIsNotASeededUserIsRefused() {
        String stranger = sandbox.baseUrl() + "/users/NOT-A-USER";

        assertThatThrownBy(() -> sandbox.revokeGrantsOf(stranger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(stranger);
    }

    /** Redeems a fresh code {@code user} consented to (every scope); the token answer. */
    private JsonNode connect(String user) {
        SandboxClient.Reply reply = calls.redeem(sandbox.authorizationCode(user, List.of(), null));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** The URI {@code GET /users/me} answers for the access token in {@code tokens}. */
    private String me(JsonNode tokens) {
        SandboxClient.Reply reply = api.as(tokens.path("access_token").asText()).get("/users/me");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.resource().path("uri").asText();
    }
}
