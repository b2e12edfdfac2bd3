package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Calls a sandbox's {@code POST /oauth/token} as its registered confidential client (HTTP Basic), for the tests of
 * the token endpoint's limit, log and per-user grants.
 */
final class TokenEndpointCalls {

    private final CalendlySandbox sandbox;
    private final SandboxOptions.OAuthClient app;

    TokenEndpointCalls(CalendlySandbox sandbox) {
        this.sandbox = sandbox;
        this.app = sandbox.options().oauthClient();
    }

    /** A code the owner consented to (every scope), redeemed. */
    SandboxClient.Reply redeemNewCode() {
        return redeem(sandbox.authorizationCode(List.of(), null));
    }

    SandboxClient.Reply redeem(String code) {
        return post(basicAuth(app.clientSecret()), "grant_type", "authorization_code", "code", code,
                "redirect_uri", app.redirectUri());
    }

    SandboxClient.Reply refresh(String refreshToken) {
        return post(basicAuth(app.clientSecret()), "grant_type", "refresh_token", "refresh_token", refreshToken);
    }

    /** Redeems a new owner code, then refreshes until {@code count} requests succeeded; the last answer's body. */
    SandboxClient.Reply succeed(int count) {
        SandboxClient.Reply reply = redeemNewCode();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        for (int i = 1; i < count; i++) {
            reply = refresh(reply.json().path("refresh_token").asText());
            assertThat(reply.status()).as("request %d: %s", i + 1, reply).isEqualTo(200);
        }
        return reply;
    }

    /** Posts {@code params} (name, value, name, value...) form-encoded, with HTTP Basic {@code basic} unless null. */
    SandboxClient.Reply post(String basic, String... params) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < params.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(params[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return new SandboxClient(sandbox.authUrl(), null).postForm(sandbox.authUrl() + "/oauth/token",
                form.toString(), basic);
    }

    /** The HTTP Basic credentials of the registered client with {@code secret}. */
    String basicAuth(String secret) {
        return Base64.getEncoder().encodeToString((app.clientId() + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
