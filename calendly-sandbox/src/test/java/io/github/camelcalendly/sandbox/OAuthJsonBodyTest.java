package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.oauth.Pkce;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;

/**
 * The OAuth host reads a JSON object body ({@code Content-Type: application/json}) with the same fields as the
 * documented form encoding, for both grants, revoke and introspect; a body or field of the wrong JSON type is 400
 * {@code invalid_request} naming what was wrong.
 */
class OAuthJsonBodyTest {

    private static final String VERIFIER = "a-verifier-that-is-long-enough-for-pkce-0123456789";

    private final SandboxClock clock =
            SandboxClock.frozenAt(Instant.parse("2026-05-04T09:00:00Z"));
    private CalendlySandbox sandbox;
    private SandboxOptions.OAuthClient app;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock));
        app = sandbox.options().oauthClient();
    }

    @Test
    void aCodeRedeemedWithAJsonBodyGivesWorkingTokens() {
        start();
        String code = sandbox.authorizationCode(List.of("users:read"), null);

        SandboxClient.Reply reply = postJson("/oauth/token", basicAuth(), """
                {"grant_type": "authorization_code", "code": "%s", "redirect_uri": "%s"}"""
                .formatted(code, app.redirectUri()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("scope").asText()).isEqualTo("users:read");
        assertThat(reply.json().path("owner").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(api(reply.json().path("access_token").asText()).get("/users/me").status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenRedeemedWithAJsonBodyCarryingTheClientCredentialsRotates() {
        start();
        JsonNode first = redeemWithJson(sandbox.authorizationCode(List.of(), null));

        SandboxClient.Reply reply = postJson("/oauth/token", null, """
                {"grant_type": "refresh_token", "refresh_token": "%s", "client_id": "%s", "client_secret": "%s"}"""
                .formatted(first.path("refresh_token").asText(), app.clientId(), app.clientSecret()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("refresh_token").asText()).isNotEqualTo(first.path("refresh_token").asText());
        SandboxClient.Reply reused = postJson("/oauth/token", basicAuth(), """
                {"grant_type": "refresh_token", "refresh_token": "%s"}""".formatted(first.path("refresh_token")
                .asText()));
        assertThat(reused.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aPublicClientRedeemsItsCodeWithAJsonBodyAndTheVerifier() {
        start();
        String code = sandbox.authorizationCode(List.of(), Pkce.challengeOf(VERIFIER));

        SandboxClient.Reply reply = postJson("/oauth/token", null, """
                {"grant_type": "authorization_code", "client_id": "%s", "code": "%s", "redirect_uri": "%s",
                 "code_verifier": "%s"}""".formatted(app.clientId(), code, app.redirectUri(), VERIFIER));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void aJsonBodyThatIsNotAnObjectIsInvalidRequest() {
        start();

        SandboxClient.Reply reply = postJson("/oauth/token", basicAuth(), "[\"grant_type\", \"refresh_token\"]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(reply.json().path("error_description").asText()).contains("must be an object");
    }

    @Test
    void aFieldThatIsNotAStringIsInvalidRequestNamingIt() {
        start();
        String code = sandbox.authorizationCode(List.of(), null);

        SandboxClient.Reply reply = postJson("/oauth/token", basicAuth(), """
                {"grant_type": "authorization_code", "code": {"value": "%s"}, "redirect_uri": "%s"}"""
                .formatted(code, app.redirectUri()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(reply.json().path("error_description").asText()).isEqualTo(
                "Parameter code must be a string, not object.");
        assertThat(reply.text()).doesNotContain(code);
    }

    @Test
    void aNullFieldCountsAsMissing() {
        start();

        SandboxClient.Reply reply = postJson("/oauth/token", basicAuth(), """
                {"grant_type": "refresh_token", "refresh_token": null}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error_description").asText())
                .isEqualTo("Missing required parameter: refresh_token.");
    }

    @Test
    void aFieldGivenTwiceInJsonIsInvalidRequestNamingIt() {
        start();

        SandboxClient.Reply reply = postJson("/oauth/token", basicAuth(), """
                {"grant_type": "refresh_token", "refresh_token": "a", "refresh_token": "b"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error_description").asText())
                .isEqualTo("Parameter refresh_token must not be repeated.");
    }

    @Test
    void aBodyThatIsNotValidJsonIsInvalidRequest() {
        start();

        SandboxClient.Reply reply = postJson("/oauth/token", basicAuth(), "{\"grant_type\": \"refresh_token\",");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(reply.json().path("error_description").asText()).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsInvalidRequestNamingBothAccepted() {
        start();

        SandboxClient.Reply reply = SandboxClient.send(HttpRequest.newBuilder(
                URI.create(sandbox.authUrl() + "/oauth/token"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Basic " + basicAuth())
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=x")).build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error_description").asText())
                .contains("application/x-www-form-urlencoded").contains("application/json");
    }

    @Test
    void revokeReadsAJsonBody() {
        start();
        String accessToken = redeemWithJson(sandbox.authorizationCode(List.of(), null)).path("access_token")
                .asText();

        SandboxClient.Reply reply = postJson("/oauth/revoke", null, """
                {"client_id": "%s", "client_secret": "%s", "token": "%s"}"""
                .formatted(app.clientId(), app.clientSecret(), accessToken));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api(accessToken).get("/users/me").status()).isEqualTo(401);
    }

    @Test
    void introspectReadsAJsonBody() {
        start();
        String accessToken = redeemWithJson(sandbox.authorizationCode(List.of("users:read"), null))
                .path("access_token").asText();

        SandboxClient.Reply reply = postJson("/oauth/introspect", null, """
                {"client_id": "%s", "client_secret": "%s", "token": "%s"}"""
                .formatted(app.clientId(), app.clientSecret(), accessToken));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("active").asBoolean()).isTrue();
        assertThat(reply.json().path("scope").asText()).isEqualTo("users:read");
        assertThat(reply.json().path("owner").asText()).isEqualTo(sandbox.seeded().owner());
    }

    @Test
    void jsonTokenRequestsCountAgainstTheUsersLimitLikeFormOnes() {
        start();
        TokenEndpointCalls forms = new TokenEndpointCalls(sandbox);
        String refreshToken = redeemWithJson(sandbox.authorizationCode(List.of(), null)).path("refresh_token")
                .asText();
        for (int i = 0; i < 3; i++) {
            refreshToken = refreshWithJson(refreshToken).json().path("refresh_token").asText();
        }
        for (int i = 0; i < 4; i++) {
            SandboxClient.Reply reply = forms.refresh(refreshToken);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            refreshToken = reply.json().path("refresh_token").asText();
        }

        SandboxClient.Reply ninth = refreshWithJson(refreshToken);

        assertThat(ninth.status()).isEqualTo(429);
        assertThat(ninth.json().path("error").asText()).isEqualTo("rate_limited");
        assertThat(sandbox.tokenRequests()).extracting(TokenRequest::status)
                .containsExactly(200, 200, 200, 200, 200, 200, 200, 200, 429);
        assertThat(sandbox.tokenRequests()).extracting(TokenRequest::user).containsOnly(sandbox.seeded().owner());
    }

    private JsonNode redeemWithJson(String code) {
        SandboxClient.Reply reply = postJson("/oauth/token", basicAuth(), """
                {"grant_type": "authorization_code", "code": "%s", "redirect_uri": "%s"}"""
                .formatted(code, app.redirectUri()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private SandboxClient.Reply refreshWithJson(String refreshToken) {
        return postJson("/oauth/token", basicAuth(), """
                {"grant_type": "refresh_token", "refresh_token": "%s"}""".formatted(refreshToken));
    }

    /** Posts {@code json} as {@code application/json} to the OAuth host, with HTTP Basic {@code basic} unless null. */
    private SandboxClient.Reply postJson(String path, String basic, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.authUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (basic != null) {
            builder.header("Authorization", "Basic " + basic);
        }
        return SandboxClient.send(builder.build());
    }

    private SandboxClient api(String token) {
        return new SandboxClient(sandbox.baseUrl(), token);
    }

    private String basicAuth() {
        return Base64.getEncoder().encodeToString((app.clientId() + ":" + app.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
    }
}
