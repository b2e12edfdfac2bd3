package io.github.camelcalendly.health;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyUnauthorizedException;
import io.github.camelcalendly.sandbox.SandboxOptions;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each connection (token and base URL) reports Calendly's last answer to it: UP while the token is accepted, DOWN
 * naming the 401 once Calendly refuses it, and never the token itself.
 */
class ConnectionHealthTest extends HealthTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exchange currentUser(String accessToken) {
        return template.request("calendly:users?op=me&accessToken=RAW(" + accessToken + ")", e -> { });
    }

    /** An OAuth access token the seeded owner granted the sandbox's registered app. */
    private static String oauthAccessToken() throws Exception {
        SandboxOptions.OAuthClient client = sandbox.options().oauthClient();
        String code = sandbox.authorizationCode(List.of("users:read"), null);
        JsonNode tokens = JSON.readTree(authPost("/oauth/token", "grant_type=authorization_code&code="
                + encode(code) + "&redirect_uri=" + encode(client.redirectUri())));
        return tokens.path("access_token").asText();
    }

    /** The app revokes the token, as a user disconnecting it in Calendly would make it. */
    private static void revoke(String accessToken) throws Exception {
        authPost("/oauth/revoke", "token=" + encode(accessToken));
    }

    private static String authPost(String path, String form) throws Exception {
        SandboxOptions.OAuthClient client = sandbox.options().oauthClient();
        String basic = Base64.getEncoder().encodeToString((client.clientId() + ":" + client.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.authUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s answered %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aConnectionWhoseTokenWorksIsUpWithItsLastAnswer() {
        assertThat(currentUser(token).getException()).isNull();

        HealthCheck.Result result = connectionResults().get(0);

        assertThat(connectionResults()).hasSize(1);
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails())
                .containsEntry("calendly.connection.state", "ACTIVE")
                .containsEntry("calendly.last.status", 200)
                .containsEntry("calendly.base.url", sandbox.baseUrl())
                .containsKeys("calendly.last.answer.time", "calendly.connection.id");
        assertThat(result.getCheck().getId())
                .isEqualTo(ConnectionHealthCheck.ID_PREFIX + result.getDetails().get("calendly.connection.id"));
        assertNoSecretIn(result, token);
    }

    @Test
    void aConnectionNamesItsUserOnceACallLookedItUp() {
        // a list without user or organization makes the connection look up its own
        assertThat(template.request("calendly:eventTypes?op=list", e -> { }).getException()).isNull();

        HealthCheck.Result result = connectionResults().get(0);

        assertThat(result.getDetails()).containsEntry("calendly.user", sandbox.seeded().owner())
                .containsEntry("calendly.organization", sandbox.seeded().organization());
    }

    @Test
    void aRevokedTokenTurnsItsConnectionDownNaming401() throws Exception {
        String accessToken = oauthAccessToken();
        assertThat(currentUser(accessToken).getException()).isNull();
        assertThat(connectionResults()).singleElement()
                .satisfies(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));

        revoke(accessToken);
        assertThat(currentUser(accessToken).getException()).isInstanceOf(CalendlyUnauthorizedException.class);

        HealthCheck.Result result = connectionResults().get(0);
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("401", "expired or was revoked"));
        assertThat(result.getDetails())
                .containsEntry("calendly.connection.state", "UNAUTHORIZED")
                .containsEntry("calendly.last.status", 401)
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertNoSecretIn(result, accessToken, token);
    }
}
