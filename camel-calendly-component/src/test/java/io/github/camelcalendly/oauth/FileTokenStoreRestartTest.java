package io.github.camelcalendly.oauth;

import java.nio.file.Path;
import java.util.Base64;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.auth.FileTokenStore;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotated refresh tokens survive a restart when they are kept in a {@link FileTokenStore}: the application that comes
 * back uses the newest refresh token, not the one it started with.
 */
class FileTokenStoreRestartTest extends OAuthTestSupport {

    @TempDir
    static Path tokens;

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Override
    protected TokenStore tokenStore() {
        return FileTokenStore.encrypted(tokens, KEY);
    }

    /** A second application on the same directory, as after a restart. */
    private static CamelContext restartedApplication() throws Exception {
        CamelContext restarted = new DefaultCamelContext();
        CalendlyComponent component = restarted.getComponent("calendly", CalendlyComponent.class);
        component.getConfiguration().setClientId(sandbox.options().oauthClient().clientId());
        component.getConfiguration().setClientSecret(sandbox.options().oauthClient().clientSecret());
        component.getConfiguration().setAuthBaseUrl(sandbox.authUrl());
        component.getConfiguration().setTokenStore(FileTokenStore.encrypted(tokens, KEY));
        component.setBaseUrl(sandbox.baseUrl());
        restarted.start();
        return restarted;
    }

    @Test
    void theRotatedRefreshTokenIsWhatTheRestartedApplicationUses() throws Exception {
        String owner = connect(sandbox.seeded().owner());
        StoredTokens first = store.load(owner).orElseThrow();
        assertThat(callAs(owner, "calendly:oauth?op=refresh").getException()).isNull();
        StoredTokens rotated = store.load(owner).orElseThrow();
        context.stop();

        CamelContext restarted = restartedApplication();
        try {
            Exchange refreshed = restarted.createProducerTemplate().request("calendly:oauth?op=refresh",
                    e -> e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, owner));
            Exchange me = restarted.createProducerTemplate().request("calendly:users?op=me",
                    e -> e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, owner));

            assertThat(rotated.refreshToken()).isNotEqualTo(first.refreshToken());
            assertThat(refreshed.getException()).as("a refresh with the rotated token").isNull();
            assertThat(me.getException()).isNull();
            assertThat(tokenRequests("refresh_token")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(FileTokenStore.encrypted(tokens, KEY).load(owner).orElseThrow().refreshToken())
                    .isNotEqualTo(rotated.refreshToken()).isNotEqualTo(first.refreshToken());
        } finally {
            restarted.stop();
        }
    }
}
