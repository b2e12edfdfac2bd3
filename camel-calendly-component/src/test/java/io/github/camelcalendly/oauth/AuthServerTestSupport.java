package io.github.camelcalendly.oauth;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.github.camelcalendly.client.CalendlyHttpClient;
import io.github.camelcalendly.client.CalendlyJson;
import io.github.camelcalendly.client.HttpSettings;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * The sandbox's authorization server and the component's HTTP client, without Camel: for tests of the OAuth parts
 * (token endpoint, sessions) on their own. The per-user token limit is off, so tests may make any number of token
 * requests; each test starts with the sandbox's own answers only.
 */
abstract class AuthServerTestSupport {

    protected static final ObjectMapper MAPPER = CalendlyJson.newObjectMapper();
    protected static CalendlySandbox sandbox;
    protected static CalendlyHttpClient http;
    private static ScheduledExecutorService deadlines;

    private int tokenRequestsBefore;

    @BeforeAll
    static void startAuthServer() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withTokenRequestsPerMinute(0));
        deadlines = Executors.newSingleThreadScheduledExecutor();
        http = CalendlyHttpClient.create(new HttpSettings(5000, 5000, 5, null, "test"), null, deadlines);
    }

    @AfterAll
    static void stopAuthServer() throws Exception {
        http.close();
        deadlines.shutdownNow();
        sandbox.close();
    }

    @BeforeEach
    void freshAuthServer() {
        sandbox.restoreDefaultStubs();
        tokenRequestsBefore = sandbox.tokenRequests().size();
    }

    /** The sandbox's registered app as a confidential client (with its secret). */
    protected static TokenEndpoint confidentialApp() {
        SandboxOptions.OAuthClient app = sandbox.options().oauthClient();
        return new TokenEndpoint(new OAuthClient(sandbox.authUrl(), app.clientId(), app.clientSecret()), http, MAPPER);
    }

    /** The sandbox's registered app as a public client (no secret: PKCE only). */
    protected static TokenEndpoint publicApp() {
        SandboxOptions.OAuthClient app = sandbox.options().oauthClient();
        return new TokenEndpoint(new OAuthClient(sandbox.authUrl(), app.clientId(), null), http, MAPPER);
    }

    /** How many refresh_token requests the sandbox answered during this test. */
    protected long refreshRequests() {
        return sandbox.tokenRequests().subList(tokenRequestsBefore, sandbox.tokenRequests().size()).stream()
                .filter(r -> "refresh_token".equals(r.grantType())).count();
    }
}
