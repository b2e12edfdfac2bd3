package io.github.camelcalendly.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConnectionRevokedException;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.StoredTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route acting for a user who connected through OAuth: refreshes ahead of expiry and after a 401, the rotated
 * refresh token saved, a reused refresh token turning the connection REVOKED, and ids that name no connection.
 */
class OAuthConnectionTest extends OAuthTestSupport {

    private static final String ME = "calendly:users?op=me";

    @SuppressWarnings("unchecked")
    private static String userOf(Exchange out) {
        assertThat(out.getException()).as("the call's failure").isNull();
        return (String) out.getMessage().getBody(Map.class).get("uri");
    }

    private StoredTokens stored(String id) {
        return store.load(id).orElseThrow(() -> new AssertionError("no tokens saved for " + id));
    }

    private static StoredTokens expiringAt(StoredTokens tokens, Instant at) {
        return new StoredTokens(tokens.accessToken(), tokens.refreshToken(), at, tokens.scopes(), tokens.owner(),
                tokens.organization());
    }

    /** The statuses the sandbox's API answered, oldest first. */
    private static List<Integer> apiStatuses() {
        List<ServeEvent> events = new java.util.ArrayList<>(sandbox.wireMock().getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream().map(e -> e.getResponse().getStatus()).toList();
    }

    @Test
    void theCodeExchangeSavesTheTokensUnderTheUsersUriAndTheRouteActsAsThatUser() {
        String owner = sandbox.seeded().owner();

        String id = connect(owner);

        assertThat(id).isEqualTo(owner);
        assertThat(stored(id).owner()).isEqualTo(owner);
        assertThat(stored(id).organization()).isEqualTo(sandbox.seeded().organization());
        assertThat(stored(id).expiresAt()).isAfter(Instant.now().plusSeconds(7000));
        assertThat(userOf(callAs(id, ME))).isEqualTo(owner);
        assertThat(tokenRequests("refresh_token")).isEmpty();
    }

    @Test
    void anAccessTokenAboutToExpireIsRefreshedBeforeTheCallAndTheRotatedRefreshTokenIsSaved() {
        String id = connect(sandbox.seeded().owner());
        StoredTokens before = stored(id);
        store.save(id, expiringAt(before, Instant.now().plusSeconds(30)));
        // the component read the tokens at the exchange; a new context reads them from the store again
        context.getComponent("calendly", io.github.camelcalendly.CalendlyComponent.class).stop();
        context.getComponent("calendly", io.github.camelcalendly.CalendlyComponent.class).start();
        sandbox.wireMock().resetRequests();

        Exchange out = callAs(id, ME);

        assertThat(userOf(out)).isEqualTo(sandbox.seeded().owner());
        assertThat(tokenRequests("refresh_token")).hasSize(1);
        assertThat(apiStatuses()).as("the API never saw the old token refused").containsExactly(200);
        StoredTokens after = stored(id);
        assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(after.expiresAt()).isAfter(Instant.now().plusSeconds(7000));
    }

    @Test
    void aRefusedAccessTokenThatWorkedBeforeIsRefreshedOnceAndTheCallSucceeds() throws Exception {
        String id = connect(sandbox.seeded().owner());
        assertThat(userOf(callAs(id, ME))).isEqualTo(id);
        revokeAtCalendly(stored(id).accessToken());
        sandbox.wireMock().resetRequests();

        Exchange out = callAs(id, ME);

        assertThat(userOf(out)).isEqualTo(id);
        assertThat(tokenRequests("refresh_token")).hasSize(1);
        assertThat(apiStatuses()).containsExactly(401, 200);
    }

    @Test
    void fiftyExchangesOnAnExpiredTokenMakeOneTokenRequest() throws Exception {
        String id = connect(sandbox.seeded().owner());
        store.save(id, expiringAt(stored(id), Instant.now().minusSeconds(1)));
        context.getComponent("calendly", io.github.camelcalendly.CalendlyComponent.class).stop();
        context.getComponent("calendly", io.github.camelcalendly.CalendlyComponent.class).start();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(50);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Exchange>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return callAs(id, ME);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Exchange> call : calls) {
                assertThat(userOf(call.get(60, java.util.concurrent.TimeUnit.SECONDS))).isEqualTo(id);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(tokenRequests("refresh_token")).hasSize(1);
    }

    @Test
    void aReusedRefreshTokenRevokesTheConnectionAndLaterCallsFailWithoutAnyRequest() {
        String id = connect(sandbox.seeded().owner());
        StoredTokens first = stored(id);
        assertThat(template.request("calendly:oauth?op=refresh", e -> e.getMessage()
                .setHeader("CamelCalendlyConnectionId", id)).getException()).isNull();
        // a stale copy of the first tokens (a restored backup, another instance's old read) comes back
        store.save("stale-copy", expiringAt(first, Instant.now().minusSeconds(1)));

        Exchange refused = callAs("stale-copy", ME);
        int tokenRequestsAfterRevocation = sandbox.tokenRequests().size();
        Exchange again = callAs("stale-copy", ME);

        assertThat(refused.getException()).isInstanceOf(CalendlyConnectionRevokedException.class)
                .hasMessageContaining("'stale-copy' is revoked").hasMessageContaining("invalid_grant")
                .hasMessageContaining("op=exchangeCode&connectionId=stale-copy");
        assertThat(((CalendlyConnectionRevokedException) refused.getException()).getConnectionId())
                .isEqualTo("stale-copy");
        assertThat(again.getException()).isInstanceOf(CalendlyConnectionRevokedException.class);
        assertThat(sandbox.tokenRequests()).as("no retry storm").hasSize(tokenRequestsAfterRevocation);
        assertThat(userOf(callAs(id, ME))).as("the connection holding the rotated token still works")
                .isEqualTo(id);
    }

    @Test
    void anIdWithNoSavedTokensFailsNamingItAndNeverFallsBackToTheComponentsToken() {
        context.getComponent("calendly", io.github.camelcalendly.CalendlyComponent.class)
                .setAccessToken(sandbox.issueToken());
        String nobody = "https://api.calendly.com/users/NOBODY";
        sandbox.wireMock().resetRequests();
        int tokenRequestsBefore = sandbox.tokenRequests().size();

        Exchange out = callAs(nobody, ME);

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("connection id '" + nobody + "'")
                .hasMessageContaining("never fall back");
        assertThat(((CalendlyValidationException) out.getException()).getOption()).isEqualTo("connectionId");
        assertThat(sandbox.wireMock().getAllServeEvents()).as("requests to the API").isEmpty();
        assertThat(sandbox.tokenRequests()).hasSize(tokenRequestsBefore);
    }

    @Test
    void aBlankConnectionIdOptionIsRefusedNamingIt() {
        sandbox.wireMock().resetRequests();

        Exchange out = template.request("calendly:users?op=me&connectionId=%20", e -> { });

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("Option connectionId is blank");
        assertThat(sandbox.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void aBlankConnectionIdHeaderIsRefused() {
        Exchange out = callAs(" ", ME);

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("CamelCalendlyConnectionId is blank");
    }

    /** Revokes a token at Calendly's revocation endpoint, as the app would when the user signs out elsewhere. */
    private static void revokeAtCalendly(String token) throws Exception {
        var app = sandbox.options().oauthClient();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                sandbox.authUrl() + "/oauth/revoke")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + enc(app.clientId()) + "&client_secret="
                        + enc(app.clientSecret()) + "&token=" + enc(token))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
