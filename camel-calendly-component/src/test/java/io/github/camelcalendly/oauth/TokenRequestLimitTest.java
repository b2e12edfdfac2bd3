package io.github.camelcalendly.oauth;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyRateLimitException;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendly answers at most 8 token requests per user and minute (this sandbox enforces it): a storm of refreshes
 * sends no more, and the refreshes beyond fail at once instead of provoking 429s.
 */
class TokenRequestLimitTest extends OAuthTestSupport {

    /** Hides the support's sandbox: this one enforces Calendly's limit. */
    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults());
    }

    private Exchange refresh(String connectionId) {
        // a short callTimeout: a refresh that would have to wait for the window fails at once
        return template.request("calendly:oauth?op=refresh&callTimeout=2000",
                e -> e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, connectionId));
    }

    @Test
    void aRefreshStormSendsAtMostEightTokenRequestsAMinuteAndNeverProvokesA429() {
        String owner = connect(sandbox.seeded().owner());
        List<Exchange> outcomes = new ArrayList<>();

        for (int i = 0; i < 12; i++) {
            outcomes.add(refresh(owner));
        }

        List<TokenRequest> sent = sandbox.tokenRequests().stream().filter(r -> owner.equals(r.user())).toList();
        assertThat(sent).as("the code exchange and the refreshes").hasSize(8)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(outcomes.subList(0, 7)).allSatisfy(out -> assertThat(out.getException()).isNull());
        assertThat(outcomes.subList(7, 12)).allSatisfy(out -> assertThat(out.getException())
                .isInstanceOf(CalendlyRateLimitException.class)
                .hasMessageContaining("cannot refresh its access token now")
                .hasMessageContaining("8 token requests per user per minute"));
        assertThat(callAs(owner, "calendly:users?op=me").getException()).as("the last saved token still works")
                .isNull();
    }

    @Test
    void concurrentRefreshesOfOneConnectionShareOneTokenRequest() throws Exception {
        String member = connect(sandbox.seeded().member());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            List<java.util.concurrent.Future<Exchange>> calls = new ArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 20; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return refresh(member);
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Exchange> call : calls) {
                assertThat(call.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }

        List<TokenRequest> refreshes = sandbox.tokenRequests().stream()
                .filter(r -> member.equals(r.user()) && "refresh_token".equals(r.grantType())).toList();
        assertThat(refreshes).hasSizeBetween(1, 7).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }
}
