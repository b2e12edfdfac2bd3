package io.github.camelcalendly.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.examples.SandboxApi;
import io.github.camelcalendly.examples.settings.OAuthLoginSettings;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;

/**
 * The OAuth sign-in example end to end, as a browser drives it: {@code /calendly/login}, Calendly's (the sandbox's)
 * authorization endpoint, the callback. The client follows no redirect by itself, so each hop is checked; the
 * sandbox tells which token requests it got, and the app's token store what was saved.
 */
class OAuthLoginFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private OAuthLoginSettings settings;
    private CalendlySandbox sandbox;
    private Main camel;

    @BeforeEach
    void startTheAppAgainstTheSandbox() throws Exception {
        settings = OAuthLoginSettings.read(Map.of(OAuthLoginSettings.SERVER_PORT, String.valueOf(freePort())));
        sandbox = OAuthLoginApp.startSandbox(settings);
        camel = OAuthLoginApp.create(OAuthLoginApp.withSandboxApp(settings, sandbox), tokens);
        camel.start();
    }

    @AfterEach
    void stopBoth() {
        camel.stop();
        sandbox.close();
    }

    @Test
    void theBrowserSignsInAtCalendlyAndTheCallbackAnswersTheUsersMeetings() throws Exception {
        String owner = sandbox.seeded().owner();

        HttpResponse<String> login = get(settings.loginUrl());
        assertThat(login.statusCode()).isEqualTo(302);
        String authorize = location(login);
        assertThat(authorize).startsWith(sandbox.authUrl() + "/oauth/authorize?");
        Map<String, String> asked = query(authorize);
        assertThat(asked).containsEntry("client_id", sandbox.options().oauthClient().clientId())
                .containsEntry("response_type", "code")
                .containsEntry("redirect_uri", settings.redirectUri())
                .containsEntry("scope", "scheduled_events:read")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "code_challenge");

        HttpResponse<String> consent = get(authorize);
        assertThat(consent.statusCode()).isEqualTo(302);
        String callback = location(consent);
        assertThat(callback).startsWith(settings.redirectUri() + "?code=");
        assertThat(query(callback)).containsEntry("state", asked.get("state"));

        HttpResponse<String> meetings = get(callback);
        assertThat(meetings.statusCode()).as(meetings.body()).isEqualTo(200);
        assertThat(meetings.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(uris(JSON.readTree(meetings.body()))).as("the owner's active meetings, as Calendly lists them")
                .isNotEmpty().containsExactlyElementsOf(uris(new SandboxApi(sandbox).get("/scheduled_events?user="
                        + owner + "&status=active&sort=start_time:asc&count=20").path("collection")));
        assertThat(meetings.headers().map()).doesNotContainKeys("code", "state");

        assertThat(sandbox.tokenRequests()).singleElement().satisfies(request -> {
            assertThat(request.grantType()).isEqualTo("authorization_code");
            assertThat(request.user()).isEqualTo(owner);
            assertThat(request.status()).isEqualTo(200);
        });
        StoredTokens saved = tokens.load(owner).orElseThrow(() -> new AssertionError("no tokens under " + owner));
        assertThat(saved.owner()).isEqualTo(owner);
        assertThat(saved.organization()).isEqualTo(sandbox.seeded().organization());
        assertThat(saved.scopes()).containsExactly("scheduled_events:read");
        assertThat(saved.refreshToken()).isNotBlank();
        assertThat(tokens.load("default")).isEmpty();
    }

    @Test
    void aCallbackWithAForgedStateIsRefusedAndNoCodeIsExchanged() throws Exception {
        String callback = location(get(location(get(settings.loginUrl()))));
        String forged = callback.replaceFirst("state=[^&]*", "state=forged-by-someone-else");

        HttpResponse<String> answer = get(forged);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Start again at /calendly/login");
        assertThat(sandbox.tokenRequests()).as("token requests").isEmpty();
        assertThat(tokens.load(sandbox.seeded().owner())).isEmpty();
    }

    @Test
    void aCallbackWithoutStateIsRefusedAndNoCodeIsExchanged() throws Exception {
        String callback = location(get(location(get(settings.loginUrl()))));
        String stateless = callback.replaceFirst("&state=[^&]*", "");

        HttpResponse<String> answer = get(stateless);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(sandbox.tokenRequests()).as("token requests").isEmpty();
        assertThat(tokens.load(sandbox.seeded().owner())).isEmpty();
    }

    @Test
    void aCodeCalendlyRefusesAnswers502AndSavesNothing() throws Exception {
        String callback = location(get(location(get(settings.loginUrl()))));
        String wrongCode = callback.replaceFirst("code=[^&]*", "code=not-a-code-calendly-issued");

        HttpResponse<String> answer = get(wrongCode);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.body()).contains("Start again at /calendly/login");
        assertThat(sandbox.tokenRequests()).singleElement().satisfies(request -> {
            assertThat(request.grantType()).isEqualTo("authorization_code");
            assertThat(request.status()).isEqualTo(400);
        });
        assertThat(tokens.load(sandbox.seeded().owner())).isEmpty();
    }

    @Test
    void aReplayedCallbackIsRefusedAndTheCodeIsExchangedOnce() throws Exception {
        String callback = location(get(location(get(settings.loginUrl()))));
        assertThat(get(callback).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = get(callback);

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(sandbox.tokenRequests()).extracting(TokenRequest::grantType).containsExactly("authorization_code");
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as("a redirect from %s: %s", redirect.uri(), redirect.body())
                .isEqualTo(302);
        return redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("302 without Location from " + redirect.uri()));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static List<String> uris(JsonNode events) {
        List<String> uris = new ArrayList<>();
        events.forEach(e -> uris.add(e.path("uri").asText()));
        return uris;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
