package io.github.camelcalendly.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyUnauthorizedException;
import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * A route using OAuth access tokens that an app obtained from the sandbox's authorization server, through the
 * authorization-code flow with PKCE, a refresh and a revocation.
 */
class OAuthScenarioTest extends SandboxScenarioSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERIFIER = "scenario-code-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String challenge() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** The browser part: the sandbox consents as its owner and redirects back with a code. */
    private String authorizationCode() throws Exception {
        SandboxOptions.OAuthClient client = sandbox.options().oauthClient();
        HttpResponse<String> redirect = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.authUrl()
                + "/oauth/authorize?client_id=" + encode(client.clientId()) + "&response_type=code&redirect_uri="
                + encode(client.redirectUri()) + "&scope=" + encode("users:read scheduled_events:read")
                + "&state=xyz&code_challenge=" + challenge() + "&code_challenge_method=S256")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String query = URI.create(location).getQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("code=")) {
                return java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no code in " + location);
    }

    private JsonNode tokenRequest(String form) throws IOException, InterruptedException {
        SandboxOptions.OAuthClient client = sandbox.options().oauthClient();
        String basic = Base64.getEncoder().encodeToString((client.clientId() + ":" + client.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.authUrl()
                + "/oauth/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode exchangeCode() throws Exception {
        return tokenRequest("grant_type=authorization_code&code=" + encode(authorizationCode()) + "&redirect_uri="
                + encode(sandbox.options().oauthClient().redirectUri()) + "&code_verifier=" + VERIFIER);
    }

    private Exchange currentUser(String accessToken) {
        return call("calendly:users?op=me&accessToken=RAW(" + accessToken + ")", null);
    }

    @Test
    void aRouteActsAsTheUserWhoAuthorizedTheApp() throws Exception {
        JsonNode tokens = exchangeCode();

        Exchange out = currentUser(tokens.path("access_token").asText());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("uri", tokens.path("owner").asText());
        assertThat(tokens.path("organization").asText()).isEqualTo(sandbox.seeded().organization());
    }

    @Test
    void aRefreshedAccessTokenWorksInTheRoute() throws Exception {
        JsonNode first = exchangeCode();

        JsonNode refreshed = tokenRequest("grant_type=refresh_token&refresh_token="
                + encode(first.path("refresh_token").asText()));

        assertThat(refreshed.path("refresh_token").asText()).isNotEqualTo(first.path("refresh_token").asText());
        assertThat(currentUser(refreshed.path("access_token").asText()).getException()).isNull();
    }

    @Test
    void aRevokedAccessTokenMakesTheRouteFailAsUnauthorized() throws Exception {
        JsonNode tokens = exchangeCode();
        String accessToken = tokens.path("access_token").asText();
        SandboxOptions.OAuthClient client = sandbox.options().oauthClient();
        HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.authUrl() + "/oauth/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + encode(client.clientId())
                        + "&client_secret=" + encode(client.clientSecret()) + "&token=" + encode(accessToken)))
                .build(), HttpResponse.BodyHandlers.discarding());

        Exchange out = currentUser(accessToken);

        assertThat(out.getException()).isInstanceOf(CalendlyUnauthorizedException.class);
        assertThat(out.getException().getMessage()).doesNotContain(accessToken);
    }
}
