package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.sandbox.oauth.TokenRequest;

class TokenRequestLimitTest {

    private final SandboxClock clock =
            SandboxClock.frozenAt(Instant.parse("2026-05-04T09:00:00Z"));
    private CalendlySandbox sandbox;
    private TokenEndpointCalls calls;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void start(SandboxOptions options) {
        sandbox = CalendlySandbox.start(options.withClock(clock));
        calls = new TokenEndpointCalls(sandbox);
    }

    @Test
    void theNinthTokenRequestOfAUserWithinAMinuteGets429WithRetryAfter() {
        start(SandboxOptions.defaults());
        String refreshToken = calls.redeemNewCode().json().path("refresh_token").asText();
        clock.advance(Duration.ofSeconds(10));
        for (int i = 0; i < 7; i++) {
            SandboxClient.Reply reply = calls.refresh(refreshToken);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            refreshToken = reply.json().path("refresh_token").asText();
        }

        SandboxClient.Reply ninth = calls.refresh(refreshToken);

        assertThat(ninth.status()).isEqualTo(429);
        assertThat(ninth.header("Retry-After")).as("the first request leaves the window 50 s from now")
                .isEqualTo("50");
        assertThat(ninth.header("Cache-Control")).isEqualTo("no-store");
        assertThat(ninth.json().path("error").asText()).isEqualTo("rate_limited");
        assertThat(ninth.json().path("error_description").asText()).contains("at most 8").contains("60 seconds");
        assertThat(ninth.text()).doesNotContain(refreshToken);
    }

    @Test
    void aRefreshTokenRefusedWith429StaysUsable() {
        start(SandboxOptions.defaults());
        String refreshToken = calls.succeed(8).json().path("refresh_token").asText();
        SandboxClient.Reply refused = calls.refresh(refreshToken);
        assertThat(refused.status()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));
        SandboxClient.Reply retried = calls.refresh(refreshToken);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().path("refresh_token").asText()).isNotEqualTo(refreshToken);
    }

    @Test
    void anAuthorizationCodeRefusedWith429StaysRedeemable() {
        start(SandboxOptions.defaults());
        calls.succeed(8);
        String code = sandbox.authorizationCode(List.of(), null);
        assertThat(calls.redeem(code).status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(1));

        assertThat(calls.redeem(code).status()).isEqualTo(200);
    }

    @Test
    void theWindowRollsRequestByRequestRatherThanResettingEachMinute() {
        start(SandboxOptions.defaults());
        String refreshToken = calls.redeemNewCode().json().path("refresh_token").asText();
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 7; i++) {
            refreshToken = calls.refresh(refreshToken).json().path("refresh_token").asText();
        }
        clock.advance(Duration.ofSeconds(29));
        SandboxClient.Reply atFiftyNine = calls.refresh(refreshToken);

        clock.advance(Duration.ofSeconds(1));
        SandboxClient.Reply atSixty = calls.refresh(refreshToken);
        SandboxClient.Reply rightAfter = calls.refresh(atSixty.json().path("refresh_token").asText());

        assertThat(atFiftyNine.status()).isEqualTo(429);
        assertThat(atFiftyNine.header("Retry-After")).isEqualTo("1");
        assertThat(atSixty.status()).as("the first request has left the window").isEqualTo(200);
        assertThat(rightAfter.status()).as("the seven made at 30 s are still in it").isEqualTo(429);
        assertThat(rightAfter.header("Retry-After")).isEqualTo("30");
    }

    @Test
    void aPartSecondWaitIsRoundedUpToTheNextWholeSecond() {
        start(SandboxOptions.defaults().withTokenRequestsPerMinute(1));
        String refreshToken = calls.redeemNewCode().json().path("refresh_token").asText();
        clock.advance(Duration.ofMillis(59_500));

        SandboxClient.Reply refused = calls.refresh(refreshToken);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void requestsThatFailBeforeTheUserIsKnownDoNotCount() {
        start(SandboxOptions.defaults());
        String code = sandbox.authorizationCode(List.of(), null);
        for (int i = 0; i < 5; i++) {
            assertThat(calls.refresh("ort_not-a-refresh-token").status()).isEqualTo(400);
            assertThat(calls.post(calls.basicAuth("wrong-secret"), "grant_type", "authorization_code",
                    "code", code, "redirect_uri", sandbox.options().oauthClient().redirectUri()).status())
                    .isEqualTo(401);
        }

        calls.succeed(8);
    }

    @Test
    void aRequestThatFailsAfterTheUserIsKnownCounts() {
        start(SandboxOptions.defaults().withTokenRequestsPerMinute(2));
        SandboxClient.Reply wrongRedirect = calls.post(calls.basicAuth(sandbox.options().oauthClient().clientSecret()),
                "grant_type", "authorization_code", "code", sandbox.authorizationCode(List.of(), null),
                "redirect_uri", "http://localhost:9999/other");
        assertThat(wrongRedirect.status()).isEqualTo(400);

        SandboxClient.Reply second = calls.redeemNewCode();
        SandboxClient.Reply third = calls.refresh(second.json().path("refresh_token").asText());

        assertThat(second.status()).isEqualTo(200);
        assertThat(third.status()).isEqualTo(429);
    }

    @Test
    void theLimitFollowsTheOption() {
        start(SandboxOptions.defaults().withTokenRequestsPerMinute(3));
        String refreshToken = calls.succeed(3).json().path("refresh_token").asText();

        SandboxClient.Reply fourth = calls.refresh(refreshToken);

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.json().path("error_description").asText()).contains("at most 3");
    }

    @Test
    void zeroLiftsTheLimit() {
        start(SandboxOptions.defaults().withTokenRequestsPerMinute(0));

        calls.succeed(20);
    }

    @Test
    void theLogListsEveryTokenRequestInOrderWithoutTokenValues() {
        start(SandboxOptions.defaults().withTokenRequestsPerMinute(2));
        Instant start = clock.instant();
        SandboxClient.Reply first = calls.redeemNewCode();
        clock.advance(Duration.ofSeconds(5));
        calls.refresh("ort_not-a-refresh-token");
        SandboxClient.Reply second = calls.refresh(first.json().path("refresh_token").asText());
        SandboxClient.Reply third = calls.refresh(second.json().path("refresh_token").asText());
        calls.post(calls.basicAuth(sandbox.options().oauthClient().clientSecret()), "code", "no-grant-type");

        List<TokenRequest> log = sandbox.tokenRequests();

        String owner = sandbox.seeded().owner();
        Instant later = start.plusSeconds(5);
        assertThat(third.status()).isEqualTo(429);
        assertThat(log).containsExactly(
                new TokenRequest(start, "authorization_code", owner, 200),
                new TokenRequest(later, "refresh_token", null, 400),
                new TokenRequest(later, "refresh_token", owner, 200),
                new TokenRequest(later, "refresh_token", owner, 429),
                new TokenRequest(later, null, null, 400));
        assertThat(log.toString()).doesNotContain(first.json().path("access_token").asText())
                .doesNotContain(first.json().path("refresh_token").asText())
                .doesNotContain(second.json().path("refresh_token").asText());
    }

    @Test
    void theLogIsASnapshotTheCallerCannotChange() {
        start(SandboxOptions.defaults());
        calls.redeemNewCode();

        List<TokenRequest> log = sandbox.tokenRequests();
        calls.redeemNewCode();

        assertThat(log).hasSize(1);
        assertThat(sandbox.tokenRequests()).hasSize(2);
        assertThat(log).isUnmodifiable();
    }

    @Test
    void aRequestWithTheWrongMethodIsLoggedToo() {
        start(SandboxOptions.defaults());

        SandboxClient.Reply reply = new SandboxClient(sandbox.authUrl(), null).get("/oauth/token");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(sandbox.tokenRequests()).containsExactly(new TokenRequest(clock.instant(), null, null, 405));
    }
}
