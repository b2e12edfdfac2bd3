package io.github.camelcalendly.sandbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.sandbox.oauth.TokenRequestGate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gate that holds token requests before the sandbox looks at them: opened, the held request is answered as
 * usual; dropped, it is answered 503 and its refresh token stays valid.
 */
class TokenRequestGateTest {

    private CalendlySandbox sandbox;
    private TokenEndpointCalls calls;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withTokenRequestsPerMinute(0));
        calls = new TokenEndpointCalls(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aHeldRefreshIsAnsweredAsUsualOnceTheGateOpens() throws Exception {
        String refreshToken = calls.redeemNewCode().json().path("refresh_token").asText();
        TokenRequestGate gate = sandbox.holdTokenRequests();

        CompletableFuture<SandboxClient.Reply> refresh =
                CompletableFuture.supplyAsync(() -> calls.refresh(refreshToken));
        await().atMost(Duration.ofSeconds(30)).until(() -> gate.held() == 1);
        assertThat(refresh).isNotDone();
        assertThat(sandbox.tokenRequests()).hasSize(1); // only the code exchange so far

        gate.open();

        assertThat(refresh.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(sandbox.tokenRequests()).hasSize(2);
        assertThat(gate.held()).isZero();
    }

    @Test
    void aDroppedRefreshGets503AndItsRefreshTokenStaysValid() throws Exception {
        String refreshToken = calls.redeemNewCode().json().path("refresh_token").asText();
        TokenRequestGate gate = sandbox.holdTokenRequests();
        CompletableFuture<SandboxClient.Reply> refresh =
                CompletableFuture.supplyAsync(() -> calls.refresh(refreshToken));
        await().atMost(Duration.ofSeconds(30)).until(() -> gate.held() == 1);

        gate.dropHeld();

        assertThat(refresh.get(30, TimeUnit.SECONDS).status()).isEqualTo(503);
        assertThat(calls.refresh(refreshToken).status()).isEqualTo(200);
    }

    @Test
    void restoringTheDefaultStubsOpensTheGate() throws Exception {
        String refreshToken = calls.redeemNewCode().json().path("refresh_token").asText();
        TokenRequestGate gate = sandbox.holdTokenRequests();
        CompletableFuture<SandboxClient.Reply> refresh =
                CompletableFuture.supplyAsync(() -> calls.refresh(refreshToken));
        await().atMost(Duration.ofSeconds(30)).until(() -> gate.held() == 1);

        sandbox.restoreDefaultStubs();

        assertThat(refresh.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(calls.refresh(refreshToken).status()).as("the old refresh token after rotation").isEqualTo(400);
    }
}
