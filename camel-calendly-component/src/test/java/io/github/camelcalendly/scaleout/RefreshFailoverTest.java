package io.github.camelcalendly.scaleout;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelcalendly.CalendlyConnectionRevokedException;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStoreException;
import io.github.camelcalendly.jdbc.JdbcTokenStore;
import io.github.camelcalendly.jdbc.TestPostgres;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;
import io.github.camelcalendly.sandbox.oauth.TokenRequestGate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An instance killed in the middle of a refresh, while it holds the connection's row lock and its token request is
 * on its way: PostgreSQL ends the dead session and releases the lock, and the other instances carry on. The instance
 * runs in a JVM of its own ({@link RefreshingInstanceMain}) and is killed with {@link Process#destroyForcibly()}.
 */
class RefreshFailoverTest {

    @TempDir
    Path dir;

    private CalendlySandbox sandbox;
    private TestPostgres.Database database;
    private JdbcTokenStore store;
    private Process child;
    private TokenSharingInstance podA;
    private TokenSharingInstance podB;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults());
        database = TestPostgres.newDatabase();
        store = new JdbcTokenStore(database.dataSource());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        for (TokenSharingInstance pod : new TokenSharingInstance[] {podA, podB}) {
            if (pod != null) {
                pod.close();
            }
        }
        sandbox.close();
    }

    private TokenSharingInstance.Calendly calendly() {
        SandboxOptions.OAuthClient app = sandbox.options().oauthClient();
        return new TokenSharingInstance.Calendly(sandbox.baseUrl(), sandbox.authUrl(), app.clientId(),
                app.clientSecret());
    }

    /** Connects the owner through an instance that then stops, and marks the access token as about to expire. */
    private String connectWithExpiringToken() {
        try (TokenSharingInstance signIn = TokenSharingInstance.start("sign-in", calendly(), database.dataSource())) {
            String id = signIn.connect(sandbox, sandbox.seeded().owner());
            StoredTokens saved = store.load(id).orElseThrow();
            store.save(id, new StoredTokens(saved.accessToken(), saved.refreshToken(), Instant.now().plusSeconds(30),
                    saved.scopes(), saved.owner(), saved.organization()));
            return id;
        }
    }

    private List<TokenRequest> refreshRequests() {
        return sandbox.tokenRequests().stream().filter(r -> "refresh_token".equals(r.grantType())).toList();
    }

    /** Starts the child instance refreshing {@code id}; its output goes to a file of the test's directory. */
    private Process startChild(String id) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                RefreshingInstanceMain.class.getName(), database.jdbcUrl(), sandbox.baseUrl(), sandbox.authUrl(),
                sandbox.options().oauthClient().clientId(), id);
        builder.environment().put("CALENDLY_CLIENT_SECRET", sandbox.options().oauthClient().clientSecret());
        File log = dir.resolve("child.log").toFile();
        return builder.redirectErrorStream(true).redirectOutput(log).start();
    }

    private String childLog() throws IOException {
        return Files.readString(dir.resolve("child.log"));
    }

    /** Kills the child while it holds the lock of {@code id}'s row and its token request is held at the gate. */
    private void killChildInTheMiddleOfItsRefresh(String id, TokenRequestGate gate) throws Exception {
        child = startChild(id);
        await().atMost(Duration.ofSeconds(90)).until(() -> gate.held() == 1 || !child.isAlive());
        assertThat(child.isAlive()).as("the child instance is alive; its output: %s", childLog()).isTrue();
        assertThatThrownBy(() -> store.rotate(id, 200, tokens -> tokens))
                .as("the child holds the row lock").isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("locked by another instance");

        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anInstanceKilledBeforeCalendlyRotatedLosesNoConnection() throws Exception {
        String id = connectWithExpiringToken();
        StoredTokens before = store.load(id).orElseThrow();
        podA = TokenSharingInstance.start("pod-a", calendly(), database.dataSource());
        podB = TokenSharingInstance.start("pod-b", calendly(), database.dataSource());
        TokenRequestGate gate = sandbox.holdTokenRequests();
        killChildInTheMiddleOfItsRefresh(id, gate);

        gate.dropHeld(); // the dead instance's request never reached Calendly: its refresh token is still valid
        int refreshesBefore = refreshRequests().size();
        CompletableFuture<String> onA = CompletableFuture.supplyAsync(() -> podA.me(id));
        CompletableFuture<String> onB = CompletableFuture.supplyAsync(() -> podB.me(id));

        assertThat(onA.get(60, TimeUnit.SECONDS)).isEqualTo(sandbox.seeded().owner());
        assertThat(onB.get(60, TimeUnit.SECONDS)).isEqualTo(sandbox.seeded().owner());
        assertThat(refreshRequests().subList(refreshesBefore, refreshRequests().size()))
                .extracting(TokenRequest::user, TokenRequest::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sandbox.seeded().owner(), 200));
        assertThat(store.load(id).orElseThrow().refreshToken()).isNotEqualTo(before.refreshToken());
        assertThat(podA.refresh(id)).as("the connection keeps refreshing").isEqualTo(sandbox.seeded().owner());
        assertThat(podB.me(id)).isEqualTo(sandbox.seeded().owner());
        assertThat(childLog()).contains("refreshing " + id).doesNotContain("refreshed for");
    }

    @Test
    void anInstanceKilledAfterCalendlyRotatedButBeforeItsSaveLosesTheConnection() throws Exception {
        String id = connectWithExpiringToken();
        podA = TokenSharingInstance.start("pod-a", calendly(), database.dataSource());
        TokenRequestGate gate = sandbox.holdTokenRequests();
        killChildInTheMiddleOfItsRefresh(id, gate);

        gate.open(); // Calendly now redeems the dead instance's request: the rotated tokens reach nobody
        await().atMost(Duration.ofSeconds(30)).until(() -> refreshRequests().size() == 1);
        Exchange out = podA.callAs(id, "calendly:users?op=me");

        assertThat(out.getException()).isInstanceOf(CalendlyConnectionRevokedException.class)
                .hasMessageContaining("invalid_grant");
        assertThat(refreshRequests()).extracting(TokenRequest::status).containsExactly(200, 400);
    }
}
