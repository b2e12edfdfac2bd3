package io.github.camelcalendly.oauth;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization-code flow with PKCE: the URL the browser goes to, Calendly's redirect back with code and state,
 * and the exchange that checks the state and sends the verifier the component kept for it.
 */
class OAuthAuthorizationFlowTest extends OAuthTestSupport {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private String redirectUri() {
        return sandbox.options().oauthClient().redirectUri();
    }

    private Exchange authorizeUrl(String scopes) {
        return template.request("calendly:oauth?op=authorizeUrl&redirectUri=" + redirectUri() + "&scopes=" + scopes,
                e -> { });
    }

    /** What the browser does: follows the authorization URL to Calendly, which redirects to the callback. */
    private static Map<String, String> consentInBrowser(String authorizationUrl) throws Exception {
        HttpResponse<Void> redirect = BROWSER.send(HttpRequest.newBuilder(URI.create(authorizationUrl)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(302);
        return query(redirect.headers().firstValue("Location").orElseThrow());
    }

    private Exchange exchange(String code, String state) {
        return template.request("calendly:oauth?op=exchangeCode&redirectUri=" + redirectUri(), e -> {
            e.getMessage().setHeader("CamelCalendly.code", code);
            e.getMessage().setHeader(CalendlyConstants.OAUTH_STATE, state);
        });
    }

    @Test
    void theAuthorizationUrlCarriesAnS256ChallengeTheStateAndTheScopesSpaceSeparated() {
        Exchange out = authorizeUrl("users:read,scheduled_events:read");

        String url = out.getMessage().getBody(String.class);
        Map<String, String> params = query(url);
        assertThat(url).startsWith(sandbox.authUrl() + "/oauth/authorize?");
        assertThat(params).containsEntry("client_id", sandbox.options().oauthClient().clientId())
                .containsEntry("response_type", "code").containsEntry("redirect_uri", redirectUri())
                .containsEntry("scope", "users:read scheduled_events:read")
                .containsEntry("code_challenge_method", "S256");
        assertThat(params.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(params.get("state")).hasSizeGreaterThanOrEqualTo(32)
                .isEqualTo(out.getMessage().getHeader(CalendlyConstants.OAUTH_STATE));
        assertThat(url).doesNotContain("client_secret", sandbox.options().oauthClient().clientSecret());
    }

    @Test
    void theCallbacksCodeAndStateAreExchangedWithTheRememberedVerifier() throws Exception {
        Map<String, String> callback = consentInBrowser(authorizeUrl("users:read").getMessage().getBody(String.class));

        Exchange out = exchange(callback.get("code"), callback.get("state"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("connectionId", sandbox.seeded().owner())
                .containsEntry("scopes", java.util.List.of("users:read")).doesNotContainKeys("access_token",
                        "refresh_token", "accessToken", "refreshToken");
        assertThat(out.getMessage().getHeader(CalendlyConstants.CONNECTION_ID)).isEqualTo(sandbox.seeded().owner());
        assertThat(tokenRequests("authorization_code")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(callAs(sandbox.seeded().owner(), "calendly:users?op=me").getException()).isNull();
    }

    @Test
    void aStateTheComponentDidNotHandOutIsRefusedWithoutAnyTokenRequest() throws Exception {
        Map<String, String> callback = consentInBrowser(authorizeUrl("users:read").getMessage().getBody(String.class));

        Exchange out = exchange(callback.get("code"), "forged-state");

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("forged or replayed");
        assertThat(tokenRequests("authorization_code")).isEmpty();
    }

    @Test
    void aReplayedCallbackIsRefusedTheSecondTime() throws Exception {
        Map<String, String> callback = consentInBrowser(authorizeUrl("users:read").getMessage().getBody(String.class));
        assertThat(exchange(callback.get("code"), callback.get("state")).getException()).isNull();

        Exchange replay = exchange(callback.get("code"), callback.get("state"));

        assertThat(replay.getException()).isInstanceOf(CalendlyValidationException.class);
        assertThat(tokenRequests("authorization_code")).hasSize(1);
    }

    @Test
    void aVerifierGivenByTheRouteIsSentAsIs() throws Exception {
        String verifier = "route-held-code-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), java.util.List.of("users:read"),
                Base64.getUrlEncoder().withoutPadding().encodeToString(digest));

        Exchange out = template.request("calendly:oauth?op=exchangeCode&redirectUri=" + redirectUri(), e -> {
            e.getMessage().setHeader("CamelCalendly.code", code);
            e.getMessage().setHeader("CamelCalendly.codeVerifier", verifier);
        });

        assertThat(out.getException()).isNull();
    }

    @Test
    void aWrongVerifierFailsWithCalendlysOAuthError() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("the-real-verifier-0123456789-abcdefghijklmnop"
                .getBytes(StandardCharsets.US_ASCII));
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), java.util.List.of("users:read"),
                Base64.getUrlEncoder().withoutPadding().encodeToString(digest));

        Exchange out = template.request("calendly:oauth?op=exchangeCode&redirectUri=" + redirectUri(), e -> {
            e.getMessage().setHeader("CamelCalendly.code", code);
            e.getMessage().setHeader("CamelCalendly.codeVerifier", "another-verifier-0123456789-abcdefghijklmnopq");
        });

        assertThat(out.getException()).isInstanceOf(io.github.camelcalendly.CalendlyApiException.class)
                .hasMessageContaining("oauth/exchangeCode").hasMessageContaining("invalid_grant")
                .hasMessageNotContaining(code);
        assertThat(store.load(sandbox.seeded().owner())).isEmpty();
    }

    @Test
    void aCodeWithNeitherTheCallbacksStateNorAVerifierIsNotExchanged() {
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), java.util.List.of("users:read"), null);

        Exchange out = template.request("calendly:oauth?op=exchangeCode&redirectUri=" + redirectUri(),
                e -> e.getMessage().setHeader("CamelCalendly.code", code));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("needs the state of the callback in header CamelCalendlyOAuthState");
        assertThat(tokenRequests("authorization_code")).isEmpty();
        assertThat(store.load(sandbox.seeded().owner())).isEmpty();
    }

    @Test
    void exchangeCodeWithoutACodeNamesTheOption() {
        Exchange out = template.request("calendly:oauth?op=exchangeCode&redirectUri=" + redirectUri(), e -> { });

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("needs option code");
    }
}
