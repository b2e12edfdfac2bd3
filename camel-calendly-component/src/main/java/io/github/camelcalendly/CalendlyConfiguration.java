package io.github.camelcalendly;

import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.client.CallOptions;
import io.github.camelcalendly.client.RetryOptions;
import io.github.camelcalendly.oauth.PendingAuthorizationStore;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * How calls reach Calendly: the token, the base URL, retries and the overall deadline of a call. The component holds
 * one, which every endpoint starts from as a copy ({@link #copy()}); an endpoint's URI options then change only its
 * own copy. The token and base URL are the exception that lets an application connect late: an endpoint that sets
 * neither takes the component's when it starts ({@link #connectionFrom(CalendlyConfiguration)}).
 */
@UriParams
public class CalendlyConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://api.calendly.com";
    public static final long DEFAULT_CALL_TIMEOUT = 60_000;
    public static final String DEFAULT_AUTH_BASE_URL = io.github.camelcalendly.operation.OperationRegistry.AUTH_HOST;
    /** The connection id of an OAuth connection that names none. */
    public static final String DEFAULT_CONNECTION_ID = "default";

    @UriParam(label = "security", secret = true,
              description = "Personal access token (or OAuth access token) sent as the bearer token. An endpoint"
                            + " that sets none uses the component's, as it is when the endpoint starts.")
    private String accessToken;

    @UriParam(label = "security",
              description = "The OAuth client id of your Calendly app. Setting it makes the connection an OAuth one:"
                            + " its tokens come from tokenStore under connectionId, are refreshed ahead of expiry and"
                            + " once after a 401, and the rotated refresh token is saved before the new access token"
                            + " is used. An endpoint that sets none uses the component's.")
    private String clientId;

    @UriParam(label = "security", secret = true,
              description = "The OAuth client secret of your Calendly app, sent as HTTP Basic to Calendly's token,"
                            + " revoke and introspect endpoints. Without it the client is a public one (PKCE only)."
                            + " An endpoint that sets none uses the component's.")
    private String clientSecret;

    @UriParam(label = "security", secret = true,
              description = "A refresh token to start the OAuth connection with when tokenStore has no tokens for"
                            + " its connectionId. Calendly rotates it on first use and the new one is kept in"
                            + " tokenStore, so this value only seeds the store. An endpoint that sets none uses the"
                            + " component's.")
    private String refreshToken;

    @UriParam(label = "security",
              description = "The OAuth connection (one Calendly user) calls act for: the id its tokens are saved"
                            + " under in tokenStore. The CamelCalendlyConnectionId header overrides it per exchange;"
                            + " an id with no saved tokens fails and never falls back to another connection. When"
                            + " not set: default, and for oauth/exchangeCode the user URI (owner) Calendly returns."
                            + " An endpoint that sets none uses the component's.")
    private String connectionId;

    @UriParam(label = "security",
              description = "Where OAuth tokens are kept, by connection id: a TokenStore bean (a FileTokenStore,"
                            + " which survives restarts; a JdbcTokenStore on a database several instances share, which"
                            + " makes each refresh single-flight across them; or your own). The component's"
                            + " in-memory store when not set. An endpoint that sets none uses the component's.")
    private TokenStore tokenStore;

    @UriParam(label = "security",
              description = "Where oauth/authorizeUrl keeps each sign-in's state and PKCE code verifier until"
                            + " oauth/exchangeCode takes it back (once, within 10 minutes): a PendingAuthorizationStore"
                            + " bean. Set it when several instances serve the sign-in routes, so the callback may land"
                            + " on another instance than the login: a JdbcPendingAuthorizations on the database they"
                            + " share. The component's in-memory store when not set. An endpoint that sets none uses"
                            + " the component's.")
    private PendingAuthorizationStore authorizationStore;

    @UriParam(label = "advanced", defaultValue = DEFAULT_AUTH_BASE_URL,
              description = "Base URL of Calendly's OAuth authorization server (authorize, token, revoke,"
                            + " introspect). Point it at the sandbox or a test server. An endpoint that sets none"
                            + " uses the component's.")
    private String authBaseUrl;

    @UriParam(label = "security", defaultValue = "false",
              description = "Check at start-up that the OAuth connection's granted scopes include the scope the"
                            + " endpoint's operation needs (from the token response, else by introspection), and"
                            + " fail the route's start naming the missing scopes. Needs an OAuth connection:"
                            + " Calendly cannot tell the scopes of a personal access token.")
    private boolean validateScopes;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL,
              description = "Base URL of the Calendly API. Point it at the sandbox or a test server; references given"
                            + " as bare UUIDs are expanded under it. An endpoint that sets none uses the component's,"
                            + " as it is when the endpoint starts.")
    private String baseUrl;

    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times a failed call is tried again: a 429 after the rate-limit reset, a 5xx or"
                            + " an I/O error for GET, DELETE and idempotent operations (POST and PATCH only when the"
                            + " request provably did not reach Calendly, unless retryOnAllErrors). 0 never retries.")
    private int maxRetries = RetryOptions.DEFAULT_MAX_RETRIES;

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "The wait before the first retry, in milliseconds (or a duration such as 2s).")
    private long retryDelay = RetryOptions.DEFAULT_RETRY_DELAY;

    @UriParam(label = "advanced", defaultValue = "true",
              description = "Double the wait with each retry, with random jitter so clients that failed together do"
                            + " not retry together.")
    private boolean useExponentialBackoff = true;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest wait before a retry, in milliseconds. A 429 whose reset lies further away"
                            + " fails at once instead of blocking the route.")
    private long maxRetryDelay = RetryOptions.DEFAULT_MAX_RETRY_DELAY;

    @UriParam(label = "advanced", defaultValue = "false",
              description = "Also retry POST and PATCH after a 5xx or an I/O error that may have reached Calendly."
                            + " Off by default: a retried booking or note must never be created twice.")
    private boolean retryOnAllErrors;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest one call to Calendly may take, in milliseconds (or a duration such as 30s):"
                            + " every attempt, the waits for the rate limit and between retries included. A call"
                            + " still running then is aborted and fails; a retry that could not finish in time is"
                            + " not started. Each page of a list is one call. 0 for no deadline.")
    private long callTimeout = DEFAULT_CALL_TIMEOUT;

    /** An independent copy, for an endpoint to change without touching the component's. */
    public CalendlyConfiguration copy() {
        try {
            return (CalendlyConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /**
     * The token and base URL this configuration connects with: its own where set, else the component's current ones,
     * else Calendly's API for the base URL.
     *
     * @param component the component's configuration
     * @return a configuration whose token and base URL are resolved
     */
    public CalendlyConfiguration connectionFrom(CalendlyConfiguration component) {
        CalendlyConfiguration resolved = copy();
        if (resolved.accessToken == null) {
            resolved.accessToken = component.accessToken;
        }
        if (resolved.baseUrl == null) {
            resolved.baseUrl = component.baseUrl != null ? component.baseUrl : DEFAULT_BASE_URL;
        }
        if (resolved.clientId == null) {
            resolved.clientId = component.clientId;
        }
        if (resolved.clientSecret == null) {
            resolved.clientSecret = component.clientSecret;
        }
        if (resolved.refreshToken == null) {
            resolved.refreshToken = component.refreshToken;
        }
        if (resolved.connectionId == null) {
            resolved.connectionId = component.connectionId;
        }
        if (resolved.tokenStore == null) {
            resolved.tokenStore = component.tokenStore;
        }
        if (resolved.authorizationStore == null) {
            resolved.authorizationStore = component.authorizationStore;
        }
        if (resolved.authBaseUrl == null) {
            resolved.authBaseUrl = component.authBaseUrl != null ? component.authBaseUrl : DEFAULT_AUTH_BASE_URL;
        }
        return resolved;
    }

    /** The retry and deadline options of calls made with this configuration; fails naming a negative option. */
    public CallOptions callOptions() {
        if (callTimeout < 0) {
            throw new CalendlyValidationException(null, "callTimeout",
                    "Option 'callTimeout' must be 0 (no deadline) or more milliseconds, got " + callTimeout);
        }
        try {
            return new CallOptions(new RetryOptions(maxRetries, retryDelay, useExponentialBackoff, maxRetryDelay,
                    retryOnAllErrors), callTimeout);
        } catch (IllegalArgumentException e) {
            throw new CalendlyValidationException(null, e.getMessage().startsWith("maxRetries") ? "maxRetries"
                    : "retryDelay", "Invalid retry option: " + e.getMessage());
        }
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getConnectionId() {
        return connectionId;
    }

    public void setConnectionId(String connectionId) {
        this.connectionId = connectionId;
    }

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public PendingAuthorizationStore getAuthorizationStore() {
        return authorizationStore;
    }

    public void setAuthorizationStore(PendingAuthorizationStore authorizationStore) {
        this.authorizationStore = authorizationStore;
    }

    public String getAuthBaseUrl() {
        return authBaseUrl;
    }

    public void setAuthBaseUrl(String authBaseUrl) {
        this.authBaseUrl = authBaseUrl;
    }

    public boolean isValidateScopes() {
        return validateScopes;
    }

    public void setValidateScopes(boolean validateScopes) {
        this.validateScopes = validateScopes;
    }

    /** Whether this (resolved) configuration names an OAuth client, which makes its connections OAuth ones. */
    public boolean isOAuth() {
        return clientId != null && !clientId.isBlank();
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public boolean isUseExponentialBackoff() {
        return useExponentialBackoff;
    }

    public void setUseExponentialBackoff(boolean useExponentialBackoff) {
        this.useExponentialBackoff = useExponentialBackoff;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public boolean isRetryOnAllErrors() {
        return retryOnAllErrors;
    }

    public void setRetryOnAllErrors(boolean retryOnAllErrors) {
        this.retryOnAllErrors = retryOnAllErrors;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    @Override
    public String toString() {
        return "CalendlyConfiguration[baseUrl=" + baseUrl + ", accessToken=" + (accessToken == null ? "null" : "******")
               + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "******")
               + ", refreshToken=" + (refreshToken == null ? "null" : "******") + ", connectionId=" + connectionId
               + ", authBaseUrl=" + authBaseUrl + ", maxRetries=" + maxRetries + ", callTimeout=" + callTimeout + "]";
    }
}
