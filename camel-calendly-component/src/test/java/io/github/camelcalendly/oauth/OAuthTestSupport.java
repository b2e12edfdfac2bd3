package io.github.camelcalendly.oauth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;

/**
 * A Camel context whose calendly component is an OAuth client of the sandbox's authorization server, with the tokens
 * of each test in a fresh token store. Users connect the way the authorization-code flow ends: the sandbox consents
 * for them, and the route exchanges the code with {@code calendly:oauth?op=exchangeCode}.
 */
abstract class OAuthTestSupport extends CamelTestSupport {

    protected static CalendlySandbox sandbox;
    protected TokenStore store;
    private int tokenRequestsBefore;

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withTokenRequestsPerMinute(0));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void freshSandboxState() {
        sandbox.restoreDefaultStubs();
        tokenRequestsBefore = sandbox.tokenRequests().size();
    }

    /** The store the component keeps tokens in; a new in-memory one per test unless overridden. */
    protected TokenStore tokenStore() {
        return new InMemoryTokenStore();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        store = tokenStore();
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        SandboxOptions.OAuthClient app = sandbox.options().oauthClient();
        component.getConfiguration().setClientId(app.clientId());
        component.getConfiguration().setClientSecret(app.clientSecret());
        component.getConfiguration().setAuthBaseUrl(sandbox.authUrl());
        component.getConfiguration().setTokenStore(store);
        component.setBaseUrl(sandbox.baseUrl());
        return context;
    }

    /**
     * Connects {@code userUri} as the end of the authorization-code flow does: the sandbox consents to
     * {@code scopes} (all when none) and the route exchanges the code.
     *
     * @return the connection id the tokens were saved under (the user's URI)
     */
    protected String connect(String userUri, String... scopes) {
        return connectUnder(null, userUri, scopes);
    }

    /** Connects {@code userUri} and saves the tokens under {@code connectionId} (null: the user's URI). */
    @SuppressWarnings("unchecked")
    protected String connectUnder(String connectionId, String userUri, String... scopes) {
        Exchange out = template.request("calendly:oauth?op=exchangeCode&redirectUri="
                + sandbox.options().oauthClient().redirectUri(), e -> {
                    putConsentedCode(e.getMessage(), userUri, scopes);
                    if (connectionId != null) {
                        e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, connectionId);
                    }
                });
        if (out.getException() != null) {
            throw new AssertionError("the code exchange failed", out.getException());
        }
        return (String) out.getMessage().getBody(Map.class).get("connectionId");
    }

    /**
     * Puts on {@code message} the code the sandbox gives when {@code userUri} consents to {@code scopes} (all when
     * none), and the PKCE verifier of its challenge, as a route that keeps its own verifier would.
     */
    protected static void putConsentedCode(org.apache.camel.Message message, String userUri, String... scopes) {
        String verifier = Pkce.newVerifier();
        message.setHeader("CamelCalendly.code", sandbox.authorizationCode(userUri, Arrays.asList(scopes),
                Pkce.challenge(verifier)));
        message.setHeader("CamelCalendly.codeVerifier", verifier);
    }

    /** Calls {@code uri} for the connection {@code connectionId}; the exchange may hold an exception. */
    protected Exchange callAs(String connectionId, String uri) {
        return template.request(uri, e -> e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, connectionId));
    }

    /** The token requests with {@code grantType} the sandbox answered during this test. */
    protected List<TokenRequest> tokenRequests(String grantType) {
        List<TokenRequest> all = sandbox.tokenRequests();
        return all.subList(tokenRequestsBefore, all.size()).stream()
                .filter(r -> grantType.equals(r.grantType())).toList();
    }
}
