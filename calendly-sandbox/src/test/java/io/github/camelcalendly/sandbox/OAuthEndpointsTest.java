package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.auth.Scopes;
import io.github.camelcalendly.sandbox.http.UrlParts;
import io.github.camelcalendly.sandbox.oauth.Pkce;

class OAuthEndpointsTest {

    private static final String VERIFIER = "a-verifier-that-is-long-enough-for-pkce-0123456789";
    private static final SandboxClock CLOCK = SandboxClock.frozenAt(Instant.parse("2026-05-04T09:00:00Z"));

    private static CalendlySandbox sandbox;
    private static SandboxOptions.OAuthClient app;
    private static SandboxClient api;

    @BeforeAll
    static void start() {
        // The token endpoint's per-user limit has its own tests; here it would only make the order of tests matter.
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(CLOCK).withTokenRequestsPerMinute(0));
        app = sandbox.options().oauthClient();
        api = new SandboxClient(sandbox.baseUrl(), null);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void authorizeConsentsAsTheOwnerAndRedirectsWithCodeAndState() {
        SandboxClient.Reply reply = authorize("client_id", app.clientId(), "response_type", "code",
                "redirect_uri", app.redirectUri(), "scope", "users:read event_types:read", "state", "xyz 1");

        assertThat(reply.status()).isEqualTo(302);
        String location = reply.header("Location");
        assertThat(location).startsWith(app.redirectUri() + "?code=");
        Map<String, List<String>> params = UrlParts.parse(location).query();
        assertThat(params.get("state")).containsExactly("xyz 1");

        JsonNode tokens = redeem(params.get("code").get(0), null).json();
        assertThat(tokens.path("scope").asText()).isEqualTo("event_types:read users:read");
        assertThat(tokens.path("owner").asText()).isEqualTo(sandbox.seeded().owner());
    }

    @Test
    void authorizeForAnUnknownClientIs400WithoutRedirect() {
        SandboxClient.Reply reply = authorize("client_id", "someone-else", "response_type", "code",
                "redirect_uri", app.redirectUri());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Location")).isNull();
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(reply.json().path("error_description").asText()).contains("client_id");
    }

    @Test
    void authorizeWithAForeignRedirectUriIs400WithoutRedirect() {
        SandboxClient.Reply reply = authorize("client_id", app.clientId(), "response_type", "code",
                "redirect_uri", "https://attacker.example/callback");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Location")).isNull();
        assertThat(reply.json().path("error_description").asText()).contains("redirect_uri");
    }

    @Test
    void authorizeWithAnotherResponseTypeRedirectsWithUnsupportedResponseType() {
        SandboxClient.Reply reply = authorize("client_id", app.clientId(), "response_type", "token",
                "redirect_uri", app.redirectUri(), "state", "s1");

        assertThat(reply.status()).isEqualTo(302);
        Map<String, List<String>> params = UrlParts.parse(reply.header("Location")).query();
        assertThat(params.get("error")).containsExactly("unsupported_response_type");
        assertThat(params.get("state")).containsExactly("s1");
        assertThat(params).doesNotContainKey("code");
    }

    @Test
    void authorizeWithAnUnknownScopeRedirectsWithInvalidScope() {
        SandboxClient.Reply reply = authorize("client_id", app.clientId(), "response_type", "code",
                "redirect_uri", app.redirectUri(), "scope", "users:read calendars:read");

        Map<String, List<String>> params = UrlParts.parse(reply.header("Location")).query();
        assertThat(params.get("error")).containsExactly("invalid_scope");
        assertThat(params.get("error_description").get(0)).contains("calendars:read");
    }

    @Test
    void aCodeRedeemedWithTheSecretGivesTokensInCalendlysShape() {
        String code = sandbox.authorizationCode(List.of(), null);

        SandboxClient.Reply reply = redeem(code, null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = reply.json();
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(7200);
        assertThat(body.path("created_at").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
        assertThat(body.path("scope").asText().split(" ")).containsExactlyElementsOf(Scopes.ALL);
        assertThat(body.path("owner").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(body.path("organization").asText()).isEqualTo(sandbox.seeded().organization());
        assertThat(body.path("refresh_token").asText()).isNotEmpty();
        SandboxClient.Reply me = api.as(body.path("access_token").asText()).get("/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.resource().path("uri").asText()).isEqualTo(sandbox.seeded().owner());
    }

    @Test
    void theAccessTokenCarriesOnlyTheConsentedScopes() {
        JsonNode tokens = redeem(sandbox.authorizationCode(List.of("event_types:read"), null), null).json();

        SandboxClient.Reply me = api.as(tokens.path("access_token").asText()).get("/users/me");

        assertThat(tokens.path("scope").asText()).isEqualTo("event_types:read");
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.json().path("required_scopes").get(0).asText()).isEqualTo("users:read");
    }

    @Test
    void aCodeCanBeRedeemedOnlyOnce() {
        String code = sandbox.authorizationCode(List.of(), null);
        assertThat(redeem(code, null).status()).isEqualTo(200);

        SandboxClient.Reply again = redeem(code, null);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String code = sandbox.authorizationCode(List.of(), null);
        CLOCK.advance(Duration.ofMinutes(10).plusSeconds(1));

        SandboxClient.Reply reply = redeem(code, null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aDifferentRedirectUriAtTheTokenEndpointIsInvalidGrant() {
        String code = sandbox.authorizationCode(List.of(), null);

        SandboxClient.Reply reply = token(basicAuth(), "grant_type", "authorization_code", "code", code,
                "redirect_uri", "http://localhost:9999/other");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aPublicClientRedeemsItsCodeWithTheRightVerifier() {
        SandboxClient.Reply redirect = authorize("client_id", app.clientId(), "response_type", "code",
                "redirect_uri", app.redirectUri(), "code_challenge", Pkce.challengeOf(VERIFIER),
                "code_challenge_method", "S256");
        String code = UrlParts.parse(redirect.header("Location")).query().get("code").get(0);

        SandboxClient.Reply reply = token(null, "grant_type", "authorization_code", "client_id", app.clientId(),
                "code", code, "redirect_uri", app.redirectUri(), "code_verifier", VERIFIER);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.as(reply.json().path("access_token").asText()).get("/users/me").status()).isEqualTo(200);
    }

    @Test
    void aWrongVerifierIsInvalidGrant() {
        String code = sandbox.authorizationCode(List.of(), Pkce.challengeOf(VERIFIER));

        SandboxClient.Reply reply = token(null, "grant_type", "authorization_code", "client_id", app.clientId(),
                "code", code, "redirect_uri", app.redirectUri(), "code_verifier", VERIFIER + "x");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aPublicClientWithoutPkceIsRefused() {
        String code = sandbox.authorizationCode(List.of(), null);

        SandboxClient.Reply noVerifier = token(null, "grant_type", "authorization_code", "client_id",
                app.clientId(), "code", code, "redirect_uri", app.redirectUri());
        SandboxClient.Reply verifierWithoutChallenge = token(null, "grant_type", "authorization_code",
                "client_id", app.clientId(), "code", code, "redirect_uri", app.redirectUri(),
                "code_verifier", VERIFIER);

        assertThat(noVerifier.status()).isEqualTo(400);
        assertThat(noVerifier.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(noVerifier.json().path("error_description").asText()).contains("code_verifier");
        assertThat(verifierWithoutChallenge.status()).isEqualTo(400);
        assertThat(verifierWithoutChallenge.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aWrongClientSecretIs401InvalidClientWithoutEchoingIt() {
        String code = sandbox.authorizationCode(List.of(), null);
        String wrong = Base64.getEncoder().encodeToString((app.clientId() + ":guessed-secret-42")
                .getBytes(StandardCharsets.UTF_8));

        SandboxClient.Reply reply = token(wrong, "grant_type", "authorization_code", "code", code,
                "redirect_uri", app.redirectUri());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(reply.text()).doesNotContain("guessed-secret-42").doesNotContain(code);
        assertThat(redeem(code, null).status()).as("the code survives a failed client authentication")
                .isEqualTo(200);
    }

    @Test
    void anUnsupportedGrantTypeIsRefused() {
        SandboxClient.Reply reply = token(basicAuth(), "grant_type", "password", "username", "ada");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void aMissingParameterIsInvalidRequestNamingIt() {
        SandboxClient.Reply noGrantType = token(basicAuth(), "code", "whatever");
        SandboxClient.Reply noCode = token(basicAuth(), "grant_type", "authorization_code",
                "redirect_uri", app.redirectUri());

        assertThat(noGrantType.status()).isEqualTo(400);
        assertThat(noGrantType.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(noGrantType.json().path("error_description").asText()).contains("grant_type");
        assertThat(noCode.json().path("error_description").asText()).contains("code");
    }

    @Test
    void aRefreshRotatesTheRefreshTokenAndTheOldOneStopsWorking() {
        JsonNode first = redeem(sandbox.authorizationCode(List.of("users:read"), null), null).json();
        String oldRefresh = first.path("refresh_token").asText();

        JsonNode second = refresh(oldRefresh);
        SandboxClient.Reply reuse = token(basicAuth(), "grant_type", "refresh_token", "refresh_token", oldRefresh);

        assertThat(second.path("refresh_token").asText()).isNotEqualTo(oldRefresh);
        assertThat(second.path("access_token").asText()).isNotEqualTo(first.path("access_token").asText());
        assertThat(second.path("scope").asText()).isEqualTo("users:read");
        assertThat(api.as(second.path("access_token").asText()).get("/users/me").status()).isEqualTo(200);
        assertThat(reuse.status()).isEqualTo(400);
        assertThat(reuse.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(refresh(second.path("refresh_token").asText()).path("access_token").asText())
                .as("a reused old token does not revoke the rotation that replaced it").isNotEmpty();
    }

    @Test
    void anExpiredAccessTokenIsUnauthenticated() {
        String accessToken = redeem(sandbox.authorizationCode(List.of(), null), null).json()
                .path("access_token").asText();
        assertThat(api.as(accessToken).get("/users/me").status()).isEqualTo(200);

        CLOCK.advance(Duration.ofHours(2));

        assertThat(api.as(accessToken).get("/users/me").status()).isEqualTo(401);
    }

    @Test
    void aRevokedAccessTokenIsUnauthenticated() {
        String accessToken = redeem(sandbox.authorizationCode(List.of(), null), null).json()
                .path("access_token").asText();

        SandboxClient.Reply reply = management("/oauth/revoke", accessToken);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().isObject() && reply.json().isEmpty()).isTrue();
        assertThat(api.as(accessToken).get("/users/me").status()).isEqualTo(401);
    }

    @Test
    void aRevokedRefreshTokenCannotRefreshAndItsAccessTokenStops() {
        JsonNode tokens = redeem(sandbox.authorizationCode(List.of(), null), null).json();

        management("/oauth/revoke", tokens.path("refresh_token").asText());

        SandboxClient.Reply reuse = token(basicAuth(), "grant_type", "refresh_token", "refresh_token",
                tokens.path("refresh_token").asText());
        assertThat(reuse.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(api.as(tokens.path("access_token").asText()).get("/users/me").status()).isEqualTo(401);
    }

    @Test
    void introspectionDescribesAnActiveToken() {
        JsonNode tokens = redeem(sandbox.authorizationCode(List.of("users:read", "webhooks:write"), null), null)
                .json();

        JsonNode body = management("/oauth/introspect", tokens.path("access_token").asText()).json();

        assertThat(body.path("active").asBoolean()).isTrue();
        assertThat(body.path("scope").asText()).isEqualTo("users:read webhooks:write");
        assertThat(body.path("client_id").asText()).isEqualTo(app.clientId());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("iat").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
        assertThat(body.path("exp").asLong()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(2)).getEpochSecond());
        assertThat(body.path("owner").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(body.path("organization").asText()).isEqualTo(sandbox.seeded().organization());
    }

    @Test
    void introspectionReportsRevokedAndForeignTokensInactive() {
        String accessToken = redeem(sandbox.authorizationCode(List.of(), null), null).json()
                .path("access_token").asText();
        management("/oauth/revoke", accessToken);

        JsonNode revoked = management("/oauth/introspect", accessToken).json();
        JsonNode personal = management("/oauth/introspect", sandbox.issueToken()).json();

        assertThat(revoked.path("active").asBoolean()).isFalse();
        assertThat(revoked.has("scope")).isFalse();
        assertThat(personal.path("active").asBoolean()).isFalse();
    }

    @Test
    void introspectionNeedsTheClientSecret() {
        SandboxClient.Reply reply = client().postForm(sandbox.authUrl() + "/oauth/introspect",
                form("client_id", app.clientId(), "token", "anything"), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error_description").asText()).contains("client_secret");
    }

    private static SandboxClient.Reply authorize(String... params) {
        return SandboxClient.send(HttpRequest.newBuilder(
                URI.create(sandbox.authUrl() + "/oauth/authorize?" + form(params))).GET().build());
    }

    private static SandboxClient.Reply redeem(String code, String verifier) {
        return verifier == null
                ? token(basicAuth(), "grant_type", "authorization_code", "code", code, "redirect_uri",
                        app.redirectUri())
                : token(basicAuth(), "grant_type", "authorization_code", "code", code, "redirect_uri",
                        app.redirectUri(), "code_verifier", verifier);
    }

    private static JsonNode refresh(String refreshToken) {
        SandboxClient.Reply reply = token(basicAuth(), "grant_type", "refresh_token", "refresh_token", refreshToken);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static SandboxClient.Reply token(String basic, String... params) {
        return client().postForm(sandbox.authUrl() + "/oauth/token", form(params), basic);
    }

    private static SandboxClient.Reply management(String path, String token) {
        return client().postForm(sandbox.authUrl() + path, form("client_id", app.clientId(), "client_secret",
                app.clientSecret(), "token", token), null);
    }

    private static SandboxClient client() {
        return new SandboxClient(sandbox.authUrl(), null);
    }

    private static String basicAuth() {
        return Base64.getEncoder().encodeToString((app.clientId() + ":" + app.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
