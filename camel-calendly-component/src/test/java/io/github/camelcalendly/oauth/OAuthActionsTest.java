package io.github.camelcalendly.oauth;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.operation.OperationRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendly:oauth operations as a route uses them: the authorization URL's parameters, which connection id an
 * exchange saves its tokens under, which token revoke and introspect send, and what they give back.
 */
class OAuthActionsTest extends OAuthTestSupport {

    private String redirectUri() {
        return sandbox.options().oauthClient().redirectUri();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private List<LoggedRequest> requestsTo(String path) {
        return sandbox.authWireMock().findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    /** The PKCE verifier of the codes these tests get with {@link #CHALLENGE}, sent when a test gives no state. */
    private static final String VERIFIER = Pkce.newVerifier();
    private static final String CHALLENGE = Pkce.challenge(VERIFIER);

    private Exchange exchangeCode(String endpointOptions, Map<String, Object> headers) {
        Map<String, Object> all = new LinkedHashMap<>(headers);
        if (!all.containsKey(CalendlyConstants.OAUTH_STATE)) {
            all.putIfAbsent("CamelCalendly.codeVerifier", VERIFIER);
        }
        return template.request("calendly:oauth?op=exchangeCode&redirectUri=" + redirectUri() + endpointOptions,
                e -> e.getMessage().setHeaders(all));
    }

    @Test
    void aStateGivenByTheRouteIsSentAndRememberedForTheCallback() {
        Exchange url = template.request("calendly:oauth?op=authorizeUrl&redirectUri=" + redirectUri(),
                e -> e.getMessage().setHeader("CamelCalendly.state", "route-state-42"));
        Map<String, String> params = query(url.getMessage().getBody(String.class));
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of(), params.get("code_challenge"));

        Exchange exchanged = exchangeCode("", Map.of("CamelCalendly.code", code,
                CalendlyConstants.OAUTH_STATE, "route-state-42"));

        assertThat(params).containsEntry("state", "route-state-42").doesNotContainKey("scope");
        assertThat(url.getMessage().getHeader(CalendlyConstants.OAUTH_STATE)).isEqualTo("route-state-42");
        assertThat(exchanged.getException()).isNull();
        assertThat(store.load(sandbox.seeded().owner())).isPresent();
    }

    @Test
    void aBlankStateGetsARandomOneAndScopesFromAListAreSpaceSeparated() {
        Exchange url = template.request("calendly:oauth?op=authorizeUrl&redirectUri=" + redirectUri(), e -> {
            e.getMessage().setHeader("CamelCalendly.state", " ");
            e.getMessage().setHeader("CamelCalendly.scopes", List.of("users:read", "event_types:read webhooks:write"));
        });

        String raw = url.getMessage().getBody(String.class);
        assertThat(raw).contains("&scope=users%3Aread%20event_types%3Aread%20webhooks%3Awrite&");
        assertThat(query(raw).get("state")).matches("[A-Za-z0-9_-]{43}")
                .isEqualTo(url.getMessage().getHeader(CalendlyConstants.OAUTH_STATE));
    }

    @Test
    void scopesAreReadFromCommaOrSpaceSeparatedTextAndCollections() {
        assertThat(OAuthActions.scopes(null)).isEmpty();
        assertThat(OAuthActions.scopes(" ,users:read,, event_types:read ")).containsExactly("users:read",
                "event_types:read");
        assertThat(OAuthActions.scopes(List.of("users:read webhooks:write", List.of("groups:read"))))
                .containsExactly("users:read", "webhooks:write", "groups:read");
    }

    @Test
    void aRouteKeepingItsOwnVerifierIsNotAskedForAState() throws Exception {
        String verifier = Pkce.newVerifier();
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"),
                Pkce.challenge(verifier));

        Exchange out = exchangeCode("", Map.of("CamelCalendly.code", code, "CamelCalendly.codeVerifier", verifier,
                CalendlyConstants.OAUTH_STATE, "a-state-the-route-checked-itself"));

        assertThat(out.getException()).isNull();
        assertThat(requestsTo("/oauth/token")).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("&code_verifier=" + verifier));
    }

    @Test
    void anExchangeSavesTheTokensUnderTheEndpointsConnectionId() {
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"), CHALLENGE);

        Exchange out = exchangeCode("&connectionId=team-a", Map.of("CamelCalendly.code", code));

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("connectionId", "team-a")
                .containsEntry("owner", sandbox.seeded().owner());
        assertThat(out.getMessage().getHeader(CalendlyConstants.CONNECTION_ID)).isEqualTo("team-a");
        assertThat(store.load("team-a")).isPresent();
        assertThat(store.load(sandbox.seeded().owner())).isEmpty();
    }

    @Test
    void theExchangesConnectionIdHeaderWinsOverTheEndpointsOption() {
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"), CHALLENGE);

        Exchange out = exchangeCode("&connectionId=team-a", Map.of("CamelCalendly.code", code,
                CalendlyConstants.CONNECTION_ID, "tenant-7"));

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("connectionId", "tenant-7");
        assertThat(store.load("tenant-7")).isPresent();
        assertThat(store.load("team-a")).isEmpty();
    }

    @Test
    void anAnswerNamingNoOwnerIsNotSavedWithoutAConnectionId() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"acc\",\"refresh_token\":\"ref\",\"expires_in\":7200}")));

        Exchange out = exchangeCode("", Map.of("CamelCalendly.code", "a-code"));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("named no owner").hasMessageContaining("set connectionId");
        assertThat(store.load("default")).isEmpty();
    }

    @Test
    void anAnswerNamingABlankOwnerIsNotSavedEither() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"acc\",\"refresh_token\":\"ref\",\"owner\":\" \"}")));

        Exchange out = exchangeCode("", Map.of("CamelCalendly.code", "a-code"));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("named no owner");
        assertThat(store.load(" ")).isEmpty();
    }

    @Test
    void tokensWithoutALifetimeAreDescribedWithoutAnExpiry() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(
                "{\"access_token\":\"acc\",\"refresh_token\":\"ref\",\"scope\":\"users:read\",\"owner\":\""
                        + sandbox.seeded().owner() + "\",\"organization\":\"" + sandbox.seeded().organization()
                        + "\"}")));

        Exchange out = exchangeCode("", Map.of("CamelCalendly.code", "a-code"));

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("expiresAt", null)
                .containsEntry("scopes", List.of("users:read"))
                .containsEntry("organization", sandbox.seeded().organization());
        assertThat(store.load(sandbox.seeded().owner())).hasValue(new StoredTokens("acc", "ref", null,
                List.of("users:read"), sandbox.seeded().owner(), sandbox.seeded().organization()));
    }

    @Test
    void anUnreachableAuthorizationServerFailsTheExchangeNamingTheOperation() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange out = exchangeCode("", Map.of("CamelCalendly.code", "a-code"));

        assertThat(out.getException()).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageStartingWith("Calendly oauth/exchangeCode could not reach the authorization server: ");
    }

    @Test
    void refreshingAConnectionDescribesItsNewTokens() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        StoredTokens before = store.load(owner).orElseThrow();

        Exchange out = callAs(owner, "calendly:oauth?op=refresh");

        StoredTokens after = store.load(owner).orElseThrow();
        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("connectionId", owner)
                .containsEntry("owner", owner).containsEntry("expiresAt", after.expiresAt().toString());
        assertThat(tokenRequests("refresh_token")).hasSize(1);
    }

    @Test
    void withoutAConnectionIdTheDefaultConnectionIsRefreshed() {
        Exchange out = template.request("calendly:oauth?op=refresh", e -> { });

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("connection id 'default'");
        assertThat(tokenRequests("refresh_token")).isEmpty();
    }

    @Test
    void theEndpointsConnectionIdNamesTheConnectionToRefresh() {
        Exchange out = template.request("calendly:oauth?op=refresh&connectionId=team-b", e -> { });

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("connection id 'team-b'");
    }

    @Test
    void aConnectionWithoutARefreshTokenRevokesItsAccessToken() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        StoredTokens tokens = store.load(owner).orElseThrow();
        store.save("access-only", new StoredTokens(tokens.accessToken(), null, tokens.expiresAt(), tokens.scopes(),
                tokens.owner(), tokens.organization()));

        Exchange out = callAs("access-only", "calendly:oauth?op=revoke");

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("connectionId", "access-only")
                .containsEntry("forgotten", true);
        assertThat(requestsTo("/oauth/revoke")).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
                .isEqualTo("token=" + java.net.URLEncoder.encode(tokens.accessToken(), StandardCharsets.UTF_8)));
        assertThat(store.load("access-only")).isEmpty();
    }

    @Test
    void revokingTheConnectionsOwnAccessTokenByNameForgetsTheConnection() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        String access = store.load(owner).orElseThrow().accessToken();

        Exchange out = template.request("calendly:oauth?op=revoke", e -> {
            e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, owner);
            e.getMessage().setHeader("CamelCalendly.token", access);
        });

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("revoked", true).containsEntry("forgotten",
                true);
        assertThat(store.load(owner)).isEmpty();
    }

    @Test
    void revokingATokenOfAConnectionWithNoTokensForgetsNothing() {
        String member = connect(sandbox.seeded().member(), "users:read");
        String membersToken = store.load(member).orElseThrow().refreshToken();

        Exchange out = template.request("calendly:oauth?op=revoke&connectionId=nobody", e -> e.getMessage()
                .setHeader("CamelCalendly.token", membersToken));

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("connectionId", "nobody")
                .containsEntry("forgotten", false);
        assertThat(out.getMessage().getHeader(CalendlyConstants.CONNECTION_ID)).isEqualTo("nobody");
        assertThat(requestsTo("/oauth/revoke")).hasSize(1);
    }

    @Test
    void anUnreachableAuthorizationServerFailsTheRevocationAndKeepsTheTokens() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/revoke"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange out = callAs(owner, "calendly:oauth?op=revoke");

        assertThat(out.getException()).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageStartingWith("Calendly oauth/revoke could not reach the authorization server: ");
        assertThat(store.load(owner)).isPresent();
    }

    @Test
    void introspectingTheConnectionTeachesItTheGrantedScopes() {
        String owner = connect(sandbox.seeded().owner(), "users:read", "event_types:read");
        StoredTokens tokens = store.load(owner).orElseThrow();
        store.save(owner, new StoredTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(), List.of(),
                tokens.owner(), tokens.organization()));

        Exchange out = callAs(owner, "calendly:oauth?op=introspect");

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("active", true);
        assertThat(store.load(owner).orElseThrow().scopes()).containsExactly("event_types:read", "users:read");
    }

    @Test
    void introspectingAGivenTokenTeachesTheConnectionNothing() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        StoredTokens tokens = store.load(owner).orElseThrow();
        StoredTokens withoutScopes = new StoredTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(),
                List.of(), tokens.owner(), tokens.organization());
        store.save(owner, withoutScopes);

        Exchange out = template.request("calendly:oauth?op=introspect", e -> {
            e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, owner);
            e.getMessage().setHeader("CamelCalendly.token", tokens.accessToken());
        });

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("active", true)
                .containsEntry("scope", "users:read");
        assertThat(store.load(owner)).hasValue(withoutScopes);
    }

    @Test
    void anInactiveTokenTeachesTheConnectionNothing() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        StoredTokens tokens = store.load(owner).orElseThrow();
        StoredTokens withoutScopes = new StoredTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(),
                List.of(), tokens.owner(), tokens.organization());
        store.save(owner, withoutScopes);
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/introspect"))
                .willReturn(okJson("{\"active\":false,\"scope\":\"users:read\"}")));

        Exchange out = callAs(owner, "calendly:oauth?op=introspect");

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("active", false);
        assertThat(store.load(owner)).hasValue(withoutScopes);
    }

    @Test
    void anUnreachableAuthorizationServerFailsTheIntrospection() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/introspect"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange out = callAs(owner, "calendly:oauth?op=introspect");

        assertThat(out.getException()).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageStartingWith("Calendly oauth/introspect could not reach the authorization server: ");
    }

    @Test
    void anOperationThatIsNoOAuthActionIsRefused() {
        OAuthActions actions = new OAuthActions(null);

        assertThatThrownBy(() -> actions.run(OperationRegistry.resolve("users", "me"), Map.of(), null, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("No OAuth action users/me");
    }
}
