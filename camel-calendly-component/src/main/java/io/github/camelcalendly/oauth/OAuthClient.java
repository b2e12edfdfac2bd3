package io.github.camelcalendly.oauth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A Calendly OAuth app as the component talks to Calendly's authorization server for it: where that server is, and
 * the app's client id and secret. {@link #toString()} never shows the secret.
 *
 * @param authBaseUrl  the authorization server, {@code https://auth.calendly.com} outside tests
 * @param clientId     the app's client id
 * @param clientSecret the app's client secret, or null for a public client (PKCE only)
 */
public record OAuthClient(String authBaseUrl, String clientId, String clientSecret) {

    public OAuthClient {
        Objects.requireNonNull(authBaseUrl, "authBaseUrl");
        Objects.requireNonNull(clientId, "clientId");
        authBaseUrl = authBaseUrl.endsWith("/") ? authBaseUrl.substring(0, authBaseUrl.length() - 1) : authBaseUrl;
        if (clientSecret != null && clientSecret.isBlank()) {
            clientSecret = null;
        }
    }

    /** Whether the app authenticates with a secret (a web app) rather than PKCE alone (a native app). */
    public boolean confidential() {
        return clientSecret != null;
    }

    /** {@code base64(client_id:client_secret)} for HTTP Basic, or null for a public client. */
    String basicCredentials() {
        if (clientSecret == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    }

    /** The URL of an authorization server path (the path of one of the oauth operations' default URLs). */
    URI endpoint(String defaultUrl) {
        return URI.create(authBaseUrl + URI.create(defaultUrl).getRawPath());
    }

    /** Identifies the app without its secret, for keys and messages. */
    String key() {
        return authBaseUrl + "|" + clientId;
    }

    @Override
    public String toString() {
        return "OAuthClient[authBaseUrl=" + authBaseUrl + ", clientId=" + clientId + ", clientSecret="
               + (clientSecret == null ? "none" : "******") + "]";
    }
}
