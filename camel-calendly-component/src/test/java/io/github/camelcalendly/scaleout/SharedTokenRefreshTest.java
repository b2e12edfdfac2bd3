package io.github.camelcalendly.scaleout;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.jdbc.JdbcTokenStore;
import io.github.camelcalendly.jdbc.TestPostgres;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;
import io.github.camelcalendly.sandbox.oauth.TokenRequestGate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of one application, each with its own CamelContext, calendly component and JdbcTokenStore, share
 * the tokens of two Calendly users in one PostgreSQL database. When 100 calls across the instances need a new access
 * token at once (calls whose access token expired, and {@code oauth?op=refresh}), each user's refresh
 * token is redeemed exactly once: one instance refreshes while the others wait for its row lock, then use its tokens.
 */
class SharedTokenRefreshTest {

    private static final int CALLS = 100;

    private CalendlySandbox sandbox;
    private DataSource database;
    private final List<TokenSharingInstance> instances = new ArrayList<>();

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults());
        database = TestPostgres.newDatabase().dataSource();
    }

    @AfterEach
    void stop() {
        instances.forEach(TokenSharingInstance::close);
        sandbox.close();
    }

    private TokenSharingInstance.Calendly calendly() {
        SandboxOptions.OAuthClient app = sandbox.options().oauthClient();
        return new TokenSharingInstance.Calendly(sandbox.baseUrl(), sandbox.authUrl(), app.clientId(),
                app.clientSecret());
    }

    /** Connects {@code user} through an instance that then stops, and marks the access token as expired. */
    private String connectWithExpiredToken(String user) {
        try (TokenSharingInstance signIn = TokenSharingInstance.start("sign-in", calendly(), database)) {
            String id = signIn.connect(sandbox, user);
            JdbcTokenStore store = new JdbcTokenStore(database);
            StoredTokens saved = store.load(id).orElseThrow();
            Instant expired = Instant.now().minusSeconds(300);
            store.save(id, new StoredTokens(saved.accessToken(), saved.refreshToken(), expired, saved.scopes(),
                    saved.owner(), saved.organization()));
            return id;
        }
    }

    private List<TokenRequest> refreshRequests() {
        return sandbox.tokenRequests().stream().filter(r -> "refresh_token".equals(r.grantType())).toList();
    }

    /**
     * Whether {@code thread} has finished, or has asked its connection for a new token and waits: for its turn in its
     * instance, for the row lock, or for Calendly's answer.
     */
    private static boolean finishedOrWaitingForANewToken(Thread thread) {
        if (!thread.isAlive()) {
            return true;
        }
        boolean inSession = false;
        boolean inRefresher = false;
        for (StackTraceElement frame : thread.getStackTrace()) {
            inSession |= frame.getClassName().equals("io.github.camelcalendly.oauth.OAuthSession");
            inRefresher |= frame.getClassName().equals("io.github.camelcalendly.oauth.TokenRefresher");
        }
        return inRefresher || (inSession && thread.getState() != Thread.State.RUNNABLE);
    }

    @Test
    void aHundredConcurrentRefreshesAcrossThreeInstancesRotateEachUsersTokensOnce() throws Exception {
        String owner = connectWithExpiredToken(sandbox.seeded().owner());
        String member = connectWithExpiredToken(sandbox.seeded().member());
        for (String name : List.of("pod-a", "pod-b", "pod-c")) {
            instances.add(TokenSharingInstance.start(name, calendly(), database));
        }
        int refreshesBefore = refreshRequests().size();
        TokenRequestGate gate = sandbox.holdTokenRequests();
        CountDownLatch go = new CountDownLatch(1);
        List<FutureTask<String>> calls = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            TokenSharingInstance instance = instances.get(i % instances.size());
            String user = i % 2 == 0 ? owner : member;
            boolean explicitRefresh = i % 5 == 0;
            Callable<String> call = () -> {
                go.await();
                return explicitRefresh ? instance.refresh(user) : instance.me(user);
            };
            FutureTask<String> task = new FutureTask<>(call);
            calls.add(task);
            expected.add(user);
            Thread thread = new Thread(task, "call-" + i + "-" + instance);
            threads.add(thread);
            thread.start();
        }

        go.countDown();
        // every call is inside its refresh before Calendly answers the first token request
        // every call has asked for a new token, and waits for its turn, before Calendly answers a token request
        await().atMost(Duration.ofSeconds(60)).until(() -> threads.stream()
                .allMatch(SharedTokenRefreshTest::finishedOrWaitingForANewToken) && gate.held() >= 2);
        assertThat(gate.held()).as("token requests that reached Calendly").isEqualTo(2);
        gate.open();

        for (int i = 0; i < CALLS; i++) {
            assertThat(calls.get(i).get(60, TimeUnit.SECONDS)).as("call %d answered for", i).isEqualTo(expected.get(i));
        }
        List<TokenRequest> refreshes = refreshRequests().subList(refreshesBefore, refreshRequests().size());
        assertThat(refreshes).extracting(TokenRequest::user).containsExactlyInAnyOrder(owner, member);
        assertThat(refreshes).extracting(TokenRequest::status).containsOnly(200);
        assertThat(sandbox.tokenRequests()).extracting(TokenRequest::status).doesNotContain(400);
        for (TokenSharingInstance instance : instances) {
            assertThat(instance.me(owner)).isEqualTo(owner);
            assertThat(instance.me(member)).isEqualTo(member);
        }
        assertThat(refreshRequests()).hasSize(refreshesBefore + 2);
    }
}
