package io.github.camelcalendly.sandbox.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import io.github.camelcalendly.sandbox.SandboxOptions.OAuthClient;

/**
 * Who is calling an OAuth endpoint: the client id and secret from HTTP Basic ({@code client_id:client_secret}, as
 * web apps send them) or from the form body ({@code client_id}, optionally {@code client_secret}, as native apps
 * send them). A client that sends no secret is a public client, for which PKCE is mandatory.
 */
final class ClientAuthentication {

    private ClientAuthentication() {
    }

    /** The client the request authenticates as; with {@code secretRequired}, a missing secret is refused. */
    static AuthenticatedClient authenticate(String authorizationHeader, FormParams form, OAuthClient registered,
            boolean secretRequired) {
        Optional<String[]> basic = basicCredentials(authorizationHeader);
        Optional<String> bodyId = form.optional("client_id");
        Optional<String> bodySecret = form.optional("client_secret");
        String clientId;
        String secret;
        if (basic.isPresent()) {
            if (bodySecret.isPresent()) {
                throw OAuthError.invalidRequest("Send the client credentials either as HTTP Basic or in the body, "
                        + "not both.");
            }
            clientId = basic.get()[0];
            secret = basic.get()[1];
            if (bodyId.isPresent() && !bodyId.get().equals(clientId)) {
                throw OAuthError.invalidRequest("client_id in the body differs from the HTTP Basic client id.");
            }
        } else {
            clientId = bodyId.orElseThrow(() -> OAuthError.missingParameter("client_id"));
            secret = bodySecret.orElse(null);
        }
        if (!clientId.equals(registered.clientId())) {
            throw OAuthError.invalidClient("Client authentication failed: unknown client.");
        }
        if (secret == null || secret.isEmpty()) {
            if (secretRequired) {
                throw OAuthError.missingParameter("client_secret");
            }
            return new AuthenticatedClient(clientId, false);
        }
        if (registered.clientSecret() == null || !MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), registered.clientSecret().getBytes(StandardCharsets.UTF_8))) {
            throw OAuthError.invalidClient("Client authentication failed: wrong client secret.");
        }
        return new AuthenticatedClient(clientId, true);
    }

    private static Optional<String[]> basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient("Client authentication failed: malformed HTTP Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthError.invalidClient("Client authentication failed: malformed HTTP Basic credentials.");
        }
        // RFC 6749 2.3.1: both parts are form-encoded before they are joined.
        return Optional.of(new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
    }

    /**
     * An authenticated client.
     *
     * @param confidential  true when it proved the client secret
     */
    record AuthenticatedClient(String clientId, boolean confidential) {
    }
}
