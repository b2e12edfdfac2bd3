package io.github.camelcalendly.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.client.Deadline;
import io.github.camelcalendly.sandbox.SandboxClock;
import io.github.camelcalendly.sandbox.SandboxOptions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token endpoint client against the sandbox's authorization server: what each request carries (a form, the
 * confidential client's Basic credentials or the public client's id in the body) and how answers that are not OAuth
 * answers fail.
 */
class TokenEndpointTest extends AuthServerTestSupport {

    private final SandboxClock clock = SandboxClock.frozenAt(java.time.Instant.now());
    private final SandboxOptions.OAuthClient app = sandbox.options().oauthClient();
    private final TokenEndpoint confidential = confidentialApp();
    private final TokenEndpoint publicClient = publicApp();

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(pairs[i]).append('=')
                    .append(java.net.URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static LoggedRequest onlyRequestTo(String path) {
        List<LoggedRequest> requests = sandbox.authWireMock().findAll(WireMock.postRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((app.clientId() + ":" + app.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aConfidentialClientExchangesACodeWithBasicCredentialsAndAFormWithoutItsId() throws Exception {
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"), null);

        TokenResponse answer = confidential.exchangeCode(code, app.redirectUri(), null, Deadline.NONE);

        assertThat(answer.accessToken()).isNotBlank();
        assertThat(answer.refreshToken()).isNotBlank();
        assertThat(answer.owner()).isEqualTo(sandbox.seeded().owner());
        assertThat(answer.organization()).isEqualTo(sandbox.seeded().organization());
        assertThat(answer.scopes()).containsExactly("users:read");
        LoggedRequest sent = onlyRequestTo("/oauth/token");
        assertThat(sent.getHeader("Authorization")).isEqualTo(basic());
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(sent.getBodyAsString()).isEqualTo(form("grant_type", "authorization_code", "code", code,
                "redirect_uri", app.redirectUri()));
    }

    @Test
    void aPublicClientSendsItsIdAndTheVerifierInTheBodyAndNoAuthorization() throws Exception {
        String verifier = Pkce.newVerifier();
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"),
                Pkce.challenge(verifier));

        TokenResponse answer = publicClient.exchangeCode(code, app.redirectUri(), verifier, Deadline.NONE);

        assertThat(answer.owner()).isEqualTo(sandbox.seeded().owner());
        LoggedRequest sent = onlyRequestTo("/oauth/token");
        assertThat(sent.containsHeader("Authorization")).isFalse();
        assertThat(sent.getBodyAsString()).isEqualTo(form("grant_type", "authorization_code", "code", code,
                "redirect_uri", app.redirectUri(), "code_verifier", verifier, "client_id", app.clientId()));
        assertThat(sandbox.tokenRequests().get(sandbox.tokenRequests().size() - 1).status()).isEqualTo(200);
    }

    @Test
    void aPublicClientRefreshesWithItsIdInTheBody() throws Exception {
        String verifier = Pkce.newVerifier();
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"),
                Pkce.challenge(verifier));
        TokenResponse first = publicClient.exchangeCode(code, app.redirectUri(), verifier, Deadline.NONE);
        sandbox.restoreDefaultStubs();

        TokenResponse refreshed = publicClient.refresh(first.refreshToken(), Deadline.NONE);

        assertThat(refreshed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(refreshed.refreshToken()).isNotEqualTo(first.refreshToken());
        LoggedRequest sent = onlyRequestTo("/oauth/token");
        assertThat(sent.containsHeader("Authorization")).isFalse();
        assertThat(sent.getBodyAsString()).isEqualTo(form("grant_type", "refresh_token", "refresh_token",
                first.refreshToken(), "client_id", app.clientId()));
    }

    @Test
    void aConfidentialRefreshSendsTheGrantAndTheRefreshTokenOnly() throws Exception {
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"), null);
        TokenResponse first = confidential.exchangeCode(code, app.redirectUri(), null, Deadline.NONE);
        sandbox.restoreDefaultStubs();

        TokenResponse refreshed = confidential.refresh(first.refreshToken(), Deadline.NONE);

        assertThat(refreshed.accessToken()).isNotEqualTo(first.accessToken());
        LoggedRequest sent = onlyRequestTo("/oauth/token");
        assertThat(sent.getHeader("Authorization")).isEqualTo(basic());
        assertThat(sent.getBodyAsString()).isEqualTo(form("grant_type", "refresh_token", "refresh_token",
                first.refreshToken()));
    }

    @Test
    void formValuesAreUrlEncoded() throws Exception {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"acc\",\"expires_in\":60}")));

        confidential.exchangeCode("co de/+", "https://app.example.com/cb?x=1&y=2", "v~v", Deadline.NONE);

        assertThat(onlyRequestTo("/oauth/token").getBodyAsString()).isEqualTo("grant_type=authorization_code"
                + "&code=co+de%2F%2B&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fx%3D1%26y%3D2"
                + "&code_verifier=v%7Ev");
    }

    @Test
    void aRevokedRefreshTokenIsRefusedWithCalendlysOAuthError() throws Exception {
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"), null);
        TokenResponse tokens = confidential.exchangeCode(code, app.redirectUri(), null, Deadline.NONE);

        confidential.revoke(tokens.refreshToken(), Deadline.NONE);

        assertThat(onlyRequestTo("/oauth/revoke").getBodyAsString()).isEqualTo(form("token", tokens.refreshToken()));
        assertThatThrownBy(() -> confidential.refresh(tokens.refreshToken(), Deadline.NONE))
                .isInstanceOfSatisfying(CalendlyApiException.class, e -> {
                    assertThat(e.getTitle()).isEqualTo("invalid_grant");
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getOperation()).isEqualTo("oauth/refresh");
                    assertThat(e.getPath()).isEqualTo("/oauth/token");
                })
                .hasMessageNotContaining(tokens.refreshToken());
    }

    @Test
    void introspectionTellsWhatCalendlyKnowsOfAToken() throws Exception {
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of("users:read"), null);
        TokenResponse tokens = confidential.exchangeCode(code, app.redirectUri(), null, Deadline.NONE);

        Map<String, Object> answer = confidential.introspect(tokens.accessToken(), Deadline.NONE);

        assertThat(answer).containsEntry("active", true).containsEntry("scope", "users:read")
                .containsEntry("owner", sandbox.seeded().owner()).containsEntry("client_id", app.clientId());
        LoggedRequest sent = onlyRequestTo("/oauth/introspect");
        assertThat(sent.getHeader("Authorization")).isEqualTo(basic());
        assertThat(sent.getBodyAsString()).isEqualTo(form("token", tokens.accessToken()));
    }

    @Test
    void anAnswerThatIsNotJsonIsNoTokenResponse() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));

        assertThatThrownBy(() -> confidential.refresh("a-refresh-token", Deadline.NONE))
                .isInstanceOfSatisfying(CalendlyApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(200);
                    assertThat(e.getOperation()).isEqualTo("oauth/refresh");
                    assertThat(e.getMethod()).isEqualTo("POST");
                    assertThat(e.getPath()).isEqualTo("/oauth/token");
                })
                .hasMessage("Calendly oauth/refresh (POST /oauth/token) answered with no valid JSON: not a valid"
                        + " OAuth answer");
    }

    @Test
    void anAnswerThatIsAJsonArrayIsNoTokenResponse() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson("[\"access_token\"]")));

        assertThatThrownBy(() -> confidential.exchangeCode("code", app.redirectUri(), null, Deadline.NONE))
                .isInstanceOf(CalendlyApiException.class)
                .hasMessage("Calendly oauth/exchangeCode (POST /oauth/token) answered with no JSON object: not a"
                        + " valid OAuth answer");
    }

    @Test
    void anAnswerWithoutAnAccessTokenIsNoTokenResponse() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"refresh_token\":\"r\"}")));

        assertThatThrownBy(() -> confidential.refresh("a-refresh-token", Deadline.NONE))
                .isInstanceOf(CalendlyApiException.class)
                .hasMessage("Calendly oauth/refresh (POST /oauth/token) answered with no access_token: not a valid"
                        + " OAuth answer");
    }

    @Test
    void anIntrospectionAnswerWithoutActiveIsRefused() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/introspect"))
                .willReturn(okJson("{\"scope\":\"users:read\"}")));

        assertThatThrownBy(() -> confidential.introspect("a-token", Deadline.NONE))
                .isInstanceOf(CalendlyApiException.class)
                .hasMessage("Calendly oauth/introspect (POST /oauth/introspect) answered with an object without"
                        + " active: not a valid OAuth answer");
    }

    @Test
    void aRedirectFromTheTokenEndpointIsAnErrorNotFollowed() {
        sandbox.authWireMock().stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(300)
                .withHeader("Location", "https://elsewhere.example.com/oauth/token")
                .withBody("{\"access_token\":\"acc\"}")));

        assertThatThrownBy(() -> confidential.refresh("a-refresh-token", Deadline.NONE))
                .isInstanceOfSatisfying(CalendlyApiException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(300))
                .hasMessageContaining("answered HTTP 300 redirecting to elsewhere.example.com");
    }
}
