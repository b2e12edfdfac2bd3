package io.github.camelcalendly.examples.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * How the OAuth sign-in example runs: with the OAuth app of {@value #CLIENT_ID} against Calendly, or, without it,
 * against the embedded sandbox's app ({@link #withApp}). Read from environment variables; a bad value fails naming
 * the variable, never repeating a secret.
 *
 * @param clientId     the OAuth app's client id; null until the sandbox's app is filled in
 * @param clientSecret the OAuth app's client secret; null for a public app (PKCE only)
 * @param redirectUri  the redirect URI registered for the app: where the browser comes back, served by the callback
 *                     route on {@value #CALLBACK_PATH}
 * @param serverPort   the local port Camel's HTTP server listens on
 * @param scopes       the scopes the sign-in asks for, comma-separated
 * @param baseUrl      the Calendly API base URL; null until the sandbox's is filled in
 * @param authBaseUrl  the Calendly OAuth base URL; null until the sandbox's is filled in
 */
public record OAuthLoginSettings(String clientId, String clientSecret, String redirectUri, int serverPort,
        String scopes, String baseUrl, String authBaseUrl) {

    public static final String CLIENT_ID = "CALENDLY_CLIENT_ID";
    public static final String CLIENT_SECRET = "CALENDLY_CLIENT_SECRET";
    public static final String REDIRECT_URI = "CALENDLY_REDIRECT_URI";
    public static final String SCOPES = "CALENDLY_OAUTH_SCOPES";
    public static final String SERVER_PORT = SettingsReader.SERVER_PORT;
    public static final String BASE_URL = SettingsReader.BASE_URL;
    public static final String AUTH_URL = "CALENDLY_AUTH_URL";

    /** The path the sign-in starts on. */
    public static final String LOGIN_PATH = "/calendly/login";
    /** The path Calendly sends the browser back to: the path of the redirect URI. */
    public static final String CALLBACK_PATH = "/calendly/callback";
    /** Calendly's OAuth host. */
    public static final String CALENDLY_AUTH = "https://auth.calendly.com";
    /**
     * What the example needs: the user's scheduled events. The user to list them for is the owner Calendly names in
     * its token response, so no {@code users:read} is needed.
     */
    public static final String DEFAULT_SCOPES = "scheduled_events:read";

    private static final int DEFAULT_PORT = 8080;

    /**
     * The settings the variables in {@code env} ask for.
     *
     * @throws IllegalArgumentException naming the variable that is wrong
     */
    public static OAuthLoginSettings read(Map<String, String> env) {
        String clientId = text(env, CLIENT_ID);
        String secret = text(env, CLIENT_SECRET);
        String baseUrl = text(env, BASE_URL);
        String authUrl = text(env, AUTH_URL);
        if (clientId == null && (secret != null || baseUrl != null || authUrl != null)) {
            throw new IllegalArgumentException("Set " + CLIENT_ID + " with " + CLIENT_SECRET + ", " + BASE_URL + " or "
                    + AUTH_URL + ", or none of them to sign in at the embedded sandbox");
        }
        int port = port(text(env, SERVER_PORT));
        String redirectUri = text(env, REDIRECT_URI);
        if (redirectUri == null) {
            redirectUri = "http://localhost:" + port + CALLBACK_PATH;
        } else {
            requireCallbackUrl(redirectUri);
        }
        String scopes = text(env, SCOPES);
        return new OAuthLoginSettings(clientId, secret, redirectUri, port, scopes == null ? DEFAULT_SCOPES : scopes,
                clientId == null ? null : baseUrl == null ? SettingsReader.CALENDLY_API : withoutSlash(baseUrl),
                clientId == null ? null : authUrl == null ? CALENDLY_AUTH : withoutSlash(authUrl));
    }

    /** Whether the sign-in goes to the embedded sandbox, which registers an app of its own. */
    public boolean sandbox() {
        return baseUrl == null;
    }

    /** These settings with the OAuth app and the URLs of a Calendly stand-in (the embedded sandbox). */
    public OAuthLoginSettings withApp(String id, String secret, String apiUrl, String authUrl) {
        return new OAuthLoginSettings(id, secret, redirectUri, serverPort, scopes, apiUrl, authUrl);
    }

    /** Where a browser starts signing in. */
    public String loginUrl() {
        return "http://localhost:" + serverPort + LOGIN_PATH;
    }

    @Override
    public String toString() {
        return "OAuthLoginSettings[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "******")
               + ", redirectUri=" + redirectUri + ", serverPort=" + serverPort + ", scopes=" + scopes + ", baseUrl="
               + baseUrl + ", authBaseUrl=" + authBaseUrl + "]";
    }

    private static String text(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static int port(String value) {
        if (value == null) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(SERVER_PORT + " must lie between 1 and 65535, got " + port);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SERVER_PORT + " must be a whole number, got '" + value + "'", e);
        }
    }

    private static void requireCallbackUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(REDIRECT_URI + " is not a valid URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException(REDIRECT_URI + " must be an http(s) URL with a host");
        }
        if (!CALLBACK_PATH.equals(uri.getPath()) || uri.getQuery() != null) {
            throw new IllegalArgumentException(REDIRECT_URI + " must lead to the callback route's path, "
                    + CALLBACK_PATH + " (through a tunnel or proxy if its host is not this machine), got path '"
                    + uri.getPath() + "'");
        }
    }
}
