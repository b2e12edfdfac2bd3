package io.github.camelcalendly.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConnectionRevokedException;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CapturedLogs;
import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No access token, refresh token, client secret, authorization code or code verifier appears in what an OAuth flow
 * and a failing call leave behind: the log (every client-side logger at DEBUG, Apache HttpClient's included),
 * exception messages, endpoint URIs, health details and toString().
 */
class OAuthSecretsTest extends OAuthTestSupport {

    /** Every value the flow handed out that must stay secret. */
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private CapturedLogs logs;

    /** A store that remembers every token saved in it, so the test knows every token the flow produced. */
    private final class RecordingStore implements TokenStore {
        private final InMemoryTokenStore tokens = new InMemoryTokenStore();

        @Override
        public Optional<StoredTokens> load(String connectionId) {
            return tokens.load(connectionId);
        }

        @Override
        public void save(String connectionId, StoredTokens saved) {
            if (saved.accessToken() != null) {
                secrets.add(saved.accessToken());
            }
            if (saved.refreshToken() != null) {
                secrets.add(saved.refreshToken());
            }
            tokens.save(connectionId, saved);
        }

        @Override
        public void delete(String connectionId) {
            tokens.delete(connectionId);
        }

        @Override
        public String toString() {
            return tokens.toString();
        }
    }

    @Override
    protected TokenStore tokenStore() {
        return new RecordingStore();
    }

    @AfterEach
    void detach() {
        if (logs != null) {
            logs.close();
        }
    }

    @Test
    void anOAuthFlowAndAFailingCallLeaveNoSecretAnywhere() throws Exception {
        logs = CapturedLogs.attachEverythingAtDebug();
        secrets.add(sandbox.options().oauthClient().clientSecret());
        List<String> texts = new ArrayList<>();
        String owner = sandbox.seeded().owner();

        // the flow: authorization URL, code exchange, calls, a forced refresh, introspection
        Exchange authorize = template.request("calendly:oauth?op=authorizeUrl&redirectUri="
                + sandbox.options().oauthClient().redirectUri(), e -> { });
        texts.add(String.valueOf(authorize.getMessage().getHeaders()));
        Exchange exchanged = template.request("calendly:oauth?op=exchangeCode&redirectUri="
                + sandbox.options().oauthClient().redirectUri(), e -> {
                    putConsentedCode(e.getMessage(), owner, "users:read");
                    secrets.add(e.getMessage().getHeader("CamelCalendly.code", String.class));
                    secrets.add(e.getMessage().getHeader("CamelCalendly.codeVerifier", String.class));
                });
        texts.add(String.valueOf(exchanged.getMessage().getBody()));
        // the headers the component set (the route's own code and verifier headers are its input)
        texts.add(String.valueOf(exchanged.getMessage().getHeader(CalendlyConstants.CONNECTION_ID)));
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();
        Exchange refreshed = callAs(owner, "calendly:oauth?op=refresh");
        texts.add(String.valueOf(refreshed.getMessage().getBody()));
        Exchange introspected = callAs(owner, "calendly:oauth?op=introspect");
        texts.add(String.valueOf(introspected.getMessage().getBody()));
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();

        // failures: a forbidden call, then the user disconnects the app and the next call finds the grant revoked
        Exchange forbidden = callAs(owner, "calendly:eventTypes?op=list&user=" + owner);
        sandbox.revokeGrantsOf(owner);
        Exchange revoked = callAs(owner, "calendly:users?op=me");
        Exchange endpointSecrets = template.request("calendly:users?op=me&connectionId=nobody&clientSecret=RAW("
                + sandbox.options().oauthClient().clientSecret() + ")&refreshToken=RAW(" + secrets.get(4) + ")",
                e -> { });

        assertThat(forbidden.getException()).isNotNull();
        assertThat(revoked.getException()).isInstanceOf(CalendlyConnectionRevokedException.class);
        assertThat(secrets).as("the flow produced tokens to look for").hasSizeGreaterThanOrEqualTo(6);
        for (Exchange failed : List.of(forbidden, revoked, endpointSecrets)) {
            for (Throwable t = failed.getException(); t != null; t = t.getCause()) {
                texts.add(t.toString());
            }
        }
        for (Endpoint endpoint : context.getEndpoints()) {
            // what Camel prints of an endpoint: its URI through the sanitizer (getEndpointUri() is the raw key)
            texts.add(endpoint.toString());
        }
        for (HealthCheck.Result result : HealthCheckHelper.invoke(context,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.ALL), check -> false, "full")) {
            texts.add(String.valueOf(result.getDetails()));
            texts.add(result.getMessage().orElse(""));
        }
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        texts.add(component.getConfiguration().toString());
        texts.add(store.toString());
        store.load(owner).ifPresent(tokens -> texts.add(tokens.toString()));
        texts.addAll(logs.lines());

        assertThat(logs.lines()).as("HttpClient logged the requests it sent")
                .anySatisfy(line -> assertThat(line).contains("org.apache.hc"));
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).as("a log line, message, URI or report").doesNotContain(secret);
            }
        }
        assertThat(exchanged.getMessage().getHeader(CalendlyConstants.CONNECTION_ID)).isEqualTo(owner);
    }
}
