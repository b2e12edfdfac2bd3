package io.github.camelcalendly.examples.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.examples.routes.OAuthLoginRoutes;
import io.github.camelcalendly.examples.settings.OAuthLoginSettings;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * Serves {@link OAuthLoginRoutes} on Camel Main until stopped (Ctrl+C): open {@code /calendly/login} in a browser,
 * sign in, and the callback answers your active meetings. Without {@value OAuthLoginSettings#CLIENT_ID} the sign-in
 * goes to the embedded sandbox, which registers an app with the callback as its redirect URI and consents at once as
 * its seeded owner; see the module README for a run against Calendly.
 */
public final class OAuthLoginApp {

    /** The name the token store bean is bound under, which the component's tokenStore option refers to. */
    public static final String TOKEN_STORE_BEAN = "calendlyTokens";

    private static final String SANDBOX_CLIENT_ID = "camel-calendly-example";
    private static final String SANDBOX_CLIENT_SECRET = "camel-calendly-example-secret";

    private OAuthLoginApp() {
    }

    public static void main(String[] args) throws Exception {
        OAuthLoginSettings settings;
        try {
            settings = OAuthLoginSettings.read(System.getenv());
        } catch (IllegalArgumentException e) {
            System.out.println("Cannot run: " + e.getMessage());
            System.exit(2);
            return;
        }
        CalendlySandbox sandbox = settings.sandbox() ? startSandbox(settings) : null;
        try {
            OAuthLoginSettings app = sandbox == null ? settings : withSandboxApp(settings, sandbox);
            Main main = create(app, new InMemoryTokenStore());
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterStart(BaseMainSupport started) {
                    System.out.println("Signing in at " + (sandbox == null ? app.authBaseUrl()
                            : "the embedded Calendly sandbox (" + sandbox.authUrl() + ")") + ". Open "
                            + app.loginUrl() + " in a browser; Ctrl+C stops.");
                }
            });
            main.run();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** A sandbox whose registered OAuth app redirects to the callback of {@code settings}. */
    public static CalendlySandbox startSandbox(OAuthLoginSettings settings) {
        return CalendlySandbox.start(SandboxOptions.defaults().withOAuthClient(new SandboxOptions.OAuthClient(
                SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, settings.redirectUri())));
    }

    /** {@code settings} with the sandbox's OAuth app and URLs. */
    public static OAuthLoginSettings withSandboxApp(OAuthLoginSettings settings, CalendlySandbox sandbox) {
        SandboxOptions.OAuthClient client = sandbox.options().oauthClient();
        return settings.withApp(client.clientId(), client.clientSecret(), sandbox.baseUrl(), sandbox.authUrl());
    }

    /**
     * A Camel Main, not started, serving the sign-in routes with the OAuth app of {@code settings} and keeping the
     * users' tokens in {@code tokens}.
     */
    public static Main create(OAuthLoginSettings settings, TokenStore tokens) {
        Main main = new Main();
        main.bind(TOKEN_STORE_BEAN, tokens);
        main.configure().addRoutesBuilder(new OAuthLoginRoutes());
        properties(settings).forEach(main::addInitialProperty);
        return main;
    }

    /** The Camel Main properties of a run: the HTTP server, the calendly component's OAuth app, the placeholders. */
    static Map<String, String> properties(OAuthLoginSettings settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.main.name", "calendly-oauth-example");
        properties.put("camel.main.jmxEnabled", "false");
        properties.put("camel.main.shutdownTimeout", "10");
        properties.put("camel.server.enabled", "true");
        properties.put("camel.server.port", String.valueOf(settings.serverPort()));
        properties.put("camel.component.calendly.clientId", settings.clientId());
        if (settings.clientSecret() != null) {
            properties.put("camel.component.calendly.clientSecret", settings.clientSecret());
        }
        properties.put("camel.component.calendly.baseUrl", settings.baseUrl());
        properties.put("camel.component.calendly.authBaseUrl", settings.authBaseUrl());
        properties.put("camel.component.calendly.tokenStore", "#" + TOKEN_STORE_BEAN);
        properties.put("calendly.oauth.redirectUri", settings.redirectUri());
        properties.put("calendly.oauth.scopes", settings.scopes());
        return properties;
    }
}
