package io.github.camelcalendly;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.auth.AccessTokenProvider;
import io.github.camelcalendly.auth.StaticAccessTokenProvider;
import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.client.CalendlyHttpClient;
import io.github.camelcalendly.client.CalendlyJson;
import io.github.camelcalendly.client.ConnectionRegistry;
import io.github.camelcalendly.client.HttpSettings;
import io.github.camelcalendly.client.RateLimiter;
import io.github.camelcalendly.client.SharedRateGate;
import io.github.camelcalendly.client.SharedRateWindow;
import io.github.camelcalendly.client.Sleeper;
import io.github.camelcalendly.health.ComponentHealthChecks;
import io.github.camelcalendly.health.ConnectionHealthCheck;
import io.github.camelcalendly.health.WebhookTriggerHealthCheck;
import io.github.camelcalendly.oauth.OAuthActions;
import io.github.camelcalendly.oauth.OAuthConnections;
import io.github.camelcalendly.oauth.OAuthSession;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.RateBudget;
import io.github.camelcalendly.webhook.RegistrationStatus;
import org.apache.camel.Endpoint;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.classic.HttpClient;

/**
 * The calendly component: one HTTP client and one JSON mapper shared by all its endpoints, and one connection per
 * token and base URL. Its {@link CalendlyConfiguration} (token, base URL, retries, callTimeout) is copied into every
 * endpoint it creates, where the endpoint's URI options may change it. The HTTP client is started with the component
 * and closed with it (unless the application gave its own). Each connection and each webhook trigger has a health
 * check in Camel's health-check registry (see {@link ComponentHealthChecks}): trigger checks follow
 * healthCheckConsumerEnabled, and connection checks, which serve producers and consumers alike, are off only when
 * both switches are.
 */
@Component("calendly")
public class CalendlyComponent extends HealthCheckComponent {

    /** The spellings of our secret options Camel does not mask by itself (signingKey, signing_key...). */
    private static final String SENSITIVE_KEYWORDS = io.github.camelcalendly.validation.SecretOptionNames
            .sanitizeKeywords(new CalendlyEndpointUriFactory().secretPropertyNames());

    static {
        // Camel masks option values whose names it knows as sensitive in every URI it logs or puts in an exception;
        // signingKey and signing_key are not among its built-in names. One call: each replaces the last one's names
        URISupport.addSanitizeKeywords(SENSITIVE_KEYWORDS);
    }

    private static final String USER_AGENT = "camel-calendly";

    @Metadata(description = "The options every endpoint starts from: token, base URL, retries and callTimeout. An"
                            + " endpoint's own URI options change its copy only.")
    private CalendlyConfiguration configuration = new CalendlyConfiguration();

    @Metadata(label = "advanced", defaultValue = "10000",
              description = "How long to wait for a connection to Calendly, in milliseconds.")
    private int connectTimeout = 10000;

    @Metadata(label = "advanced", defaultValue = "30000",
              description = "How long to wait for each read of Calendly's response, in milliseconds. The whole call is"
                            + " limited by callTimeout.")
    private int responseTimeout = 30000;

    @Metadata(label = "advanced", defaultValue = "20",
              description = "The size of the HTTP connection pool shared by all endpoints.")
    private int maxConnections = 20;

    @Metadata(label = "advanced", defaultValue = "0",
              description = "A ceiling of calls per minute per connection, on top of Calendly's X-RateLimit headers"
                            + " (which are always followed): calls are paced to one every 60 s / requestsPerMinute, so"
                            + " no shorter period sees more than its share either; 0 for none. Calls wait instead of"
                            + " provoking a 429.")
    private int requestsPerMinute;

    @Metadata(label = "advanced", defaultValue = "true",
              description = "Whether calls of an operation Calendly limits on its own wait for their turn within that"
                            + " limit, per connection and on top of its X-RateLimit headers: invitees/create (the"
                            + " Scheduling API), held to Calendly's limits on paid plans below Enterprise as the"
                            + " operations registry lists them (see Rate limiting in the docs). Calls wait within"
                            + " callTimeout instead of provoking a 429; false leaves these limits to Calendly"
                            + " (Enterprise plans allow more).")
    private boolean operationBudgets = true;

    @Metadata(label = "advanced",
              description = "Shares Calendly's per-minute window of a token among the instances of an application"
                            + " that call Calendly with it, so that together they stay within its budget: each call"
                            + " claims a permit of the window in this store before it leaves, and reports the"
                            + " X-RateLimit headers of its answer. A bean reference to a SharedRateWindow"
                            + " (io.github.camelcalendly.client): a JdbcRateWindow (io.github.camelcalendly.jdbc) on a"
                            + " database every instance reaches (PostgreSQL or H2, its table from the shipped"
                            + " calendly-rate-window.sql), or one InMemoryRateWindow given to the Camel contexts of one"
                            + " JVM. Windows are keyed by a hash of the connection, never by its token. Not set: each"
                            + " instance limits its own calls, exact for one instance, while several on one token may"
                            + " provoke 429s, which the component retries after Calendly's reset.")
    private SharedRateWindow rateLimitStore;

    @Metadata(label = "security", description = "TLS configuration of the HTTP client (trust store, key store,"
                                                + " protocols); the JVM default when not set.")
    private SSLContextParameters sslContextParameters;

    @Metadata(label = "advanced",
              description = "Customizes the component's HTTP client (Apache HttpClient 5) before it is built: a proxy,"
                            + " interceptors, a route planner. Applied after the component's own settings.")
    private HttpClientConfigurer httpClientConfigurer;

    @Metadata(label = "advanced", autowired = true,
              description = "An Apache HttpClient 5 to send every call with, instead of the component's own pool. The"
                            + " application owns and closes it; connectTimeout, responseTimeout, maxConnections,"
                            + " sslContextParameters and httpClientConfigurer then do not apply. Redirects stay"
                            + " unfollowed: each request sets its own request config.")
    private HttpClient httpClient;

    @Metadata(label = "advanced", autowired = true,
              description = "The Jackson ObjectMapper to read and write Calendly's JSON with. The component uses a"
                            + " copy of it with its own limits on what it reads (see the docs); one of its own when"
                            + " not set.")
    private ObjectMapper objectMapper;

    private final OAuthConnections oauth = new OAuthConnections(Clock.systemUTC(), this::runningHttpClient,
            this::jsonMapper);
    private final ComponentHealthChecks healthChecks = new ComponentHealthChecks(this);
    private final ConnectionRegistry connections = new ConnectionRegistry(created -> healthChecks.add(
            new ConnectionHealthCheck(created), isHealthCheckProducerEnabled() || isHealthCheckConsumerEnabled()));
    private volatile ObjectMapper effectiveMapper;
    private volatile CalendlyHttpClient client;
    private ScheduledExecutorService deadlineTimer;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        io.github.camelcalendly.validation.WholeNumberOptions.check(parameters);
        CalendlyRequestOptions requestOptions = new CalendlyRequestOptions();
        requestOptions.setResource(remaining);
        CalendlyEndpoint endpoint = new CalendlyEndpoint(uri, this, configuration.copy(), requestOptions);
        setProperties(endpoint, parameters);
        endpoint.bindOperation(OperationRegistry.resolve(requestOptions.getResource(), requestOptions.getOp()));
        // checks the retry options and callTimeout now rather than at the first exchange
        endpoint.getConfiguration().callOptions();
        return endpoint;
    }

    /** The connection of an endpoint's own token and base URL (or OAuth connection id). */
    CalendlyConnection connection(Operation operation, CalendlyConfiguration endpointConfiguration) {
        return connection(operation, endpointConfiguration, null);
    }

    /**
     * The connection for an endpoint's token and base URL, created on first use and shared by every endpoint that
     * uses the same ones. With an OAuth client configured, the connection of {@code connectionId} (an exchange's
     * header), else of the endpoint's connectionId option, else of {@value CalendlyConfiguration#DEFAULT_CONNECTION_ID}.
     *
     * @param connectionId the OAuth connection an exchange names, or null for the endpoint's own
     */
    CalendlyConnection connection(Operation operation, CalendlyConfiguration endpointConfiguration,
            String connectionId) {
        CalendlyConfiguration resolved = endpointConfiguration.connectionFrom(configuration);
        String url = resolved.getBaseUrl();
        if (url == null || url.isBlank()) {
            throw new CalendlyValidationException(operation.id(), "baseUrl", "No Calendly base URL for "
                    + operation.id() + ": set baseUrl on the calendly component or endpoint, or leave the default");
        }
        CalendlyHttpClient http = runningHttpClient();
        if (resolved.isOAuth()) {
            OAuthSession session = oauth.session(resolved, connectionId);
            String windowKey = ConnectionRegistry.sharedWindowKey(url,
                    "oauth|" + resolved.getClientId() + "|" + session.connectionId());
            return connections.connection(url, "oauth|" + oauth.keyOf(resolved, session),
                    (id, baseUrl, key) -> newConnection(id, baseUrl, session, http, windowKey));
        }
        String named = connectionId != null ? connectionId : resolved.getConnectionId();
        if (named != null) {
            throw new CalendlyValidationException(operation.id(), "connectionId", "Calendly connection id '" + named
                    + "' names an OAuth connection, but no OAuth client is configured: set clientId (and"
                    + " clientSecret) on the calendly component or endpoint. Calls never fall back to the"
                    + " accessToken");
        }
        String token = resolved.getAccessToken();
        if (token == null || token.isBlank()) {
            throw new CalendlyValidationException(operation.id(), "accessToken", "No Calendly access token for "
                    + operation.id() + ": set accessToken on the calendly component or endpoint, or an OAuth client"
                    + " (clientId, clientSecret)");
        }
        return connections.connection(url, token, (id, baseUrl, bearer) -> newConnection(id, baseUrl,
                new StaticAccessTokenProvider(bearer), http, ConnectionRegistry.sharedWindowKey(baseUrl, bearer)));
    }

    private CalendlyConnection newConnection(String id, String baseUrl, AccessTokenProvider tokens,
            CalendlyHttpClient http, String windowKey) {
        SharedRateGate shared = rateLimitStore == null ? SharedRateGate.NONE
                : new SharedRateGate(rateLimitStore, windowKey, System::nanoTime, Sleeper.THREAD);
        return new CalendlyConnection(id, baseUrl, tokens, http, jsonMapper(),
                new RateLimiter(requestsPerMinute, operationBudgets, RateBudget.NONE, System::nanoTime,
                        Sleeper.THREAD, shared), Sleeper.THREAD,
                configuration.callOptions());
    }

    private CalendlyHttpClient runningHttpClient() {
        CalendlyHttpClient http = client;
        if (http == null) {
            throw new IllegalStateException("The calendly component is not started: its HTTP client is not ready");
        }
        return http;
    }

    /** The oauth operations of an endpoint: its OAuth client, token store and connection id. */
    OAuthActions oauthActions(Operation operation, CalendlyConfiguration endpointConfiguration) {
        return oauth.actions(operation, endpointConfiguration.connectionFrom(configuration));
    }

    /**
     * Fails naming the missing scopes when the endpoint's OAuth connection was not granted the scope its operation
     * needs.
     */
    void validateScopes(Operation operation, CalendlyConfiguration endpointConfiguration) {
        oauth.validateScopes(operation, endpointConfiguration.connectionFrom(configuration));
    }

    /**
     * Reports a webhook trigger's registration through Camel's health checks until {@link #removeHealthCheck} is
     * called; switched off when healthCheckConsumerEnabled is false.
     *
     * @param routeId     the trigger's route
     * @param endpointUri the trigger's endpoint URI with its secrets masked
     * @param status      the trigger's current registration status
     * @return the check, to remove it when the trigger goes away
     */
    public HealthCheck addWebhookTriggerHealthCheck(
            String routeId, String endpointUri, Supplier<RegistrationStatus> status) {
        return healthChecks.add(new WebhookTriggerHealthCheck(routeId, endpointUri, status),
                isHealthCheckConsumerEnabled());
    }

    /** Stops reporting a check added by this component. */
    public void removeHealthCheck(HealthCheck check) {
        healthChecks.remove(check);
    }

    /**
     * Adds our secret spellings to the context's additional sensitive keywords, so that an application's own
     * ({@code camel.main.additionalSensitiveKeywords}), which replace the sanitizer's extra keywords when Camel applies
     * them, keep ours too.
     */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        org.apache.camel.ExtendedCamelContext context = getCamelContext().getCamelContextExtension();
        String merged = io.github.camelcalendly.validation.SecretOptionNames.merged(
                context.getAdditionalSensitiveKeywords(), SENSITIVE_KEYWORDS);
        context.setAdditionalSensitiveKeywords(merged);
        URISupport.addSanitizeKeywords(merged);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        effectiveMapper = CalendlyJson.copyWithLimits(objectMapper);
        deadlineTimer = getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "CalendlyCallDeadline");
        client = httpClient != null
                ? CalendlyHttpClient.wrap(httpClient, USER_AGENT, deadlineTimer)
                : CalendlyHttpClient.create(new HttpSettings(connectTimeout, responseTimeout, maxConnections,
                        sslContextParameters == null ? null : createSslContext(), USER_AGENT), httpClientConfigurer,
                        deadlineTimer);
    }

    private javax.net.ssl.SSLContext createSslContext() {
        try {
            return sslContextParameters.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the TLS context from sslContextParameters: "
                                            + e.getMessage(), e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        healthChecks.clear();
        connections.clear();
        oauth.clear();
        CalendlyHttpClient http = client;
        client = null;
        try {
            if (http != null) {
                http.close();
            }
        } finally {
            if (deadlineTimer != null) {
                getCamelContext().getExecutorServiceManager().shutdown(deadlineTimer);
                deadlineTimer = null;
            }
            super.doStop();
        }
    }

    /**
     * The mapper the component reads and writes Calendly's JSON with: a copy of objectMapper with the component's
     * read limits, or the component's own when objectMapper is not set.
     */
    public ObjectMapper jsonMapper() {
        ObjectMapper mapper = effectiveMapper;
        if (mapper == null) {
            // before the component starts (an endpoint being created): the same limits, not yet shared
            mapper = CalendlyJson.copyWithLimits(objectMapper);
        }
        return mapper;
    }

    /** The HTTP client calls go through while the component runs; null when it is stopped. */
    CalendlyHttpClient httpClientInUse() {
        return client;
    }

    /** The application's ObjectMapper, as set or autowired; null when the component uses its own. */
    public ObjectMapper getObjectMapper() {
        return objectMapper;
    }

    /** Sets the ObjectMapper the component copies; takes effect when the component (re)starts. */
    public void setObjectMapper(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public CalendlyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CalendlyConfiguration configuration) {
        this.configuration = configuration;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public String getAccessToken() {
        return configuration.getAccessToken();
    }

    public void setAccessToken(String accessToken) {
        configuration.setAccessToken(accessToken);
    }

    public String getBaseUrl() {
        return configuration.getBaseUrl() != null ? configuration.getBaseUrl() : CalendlyConfiguration.DEFAULT_BASE_URL;
    }

    public void setBaseUrl(String baseUrl) {
        configuration.setBaseUrl(baseUrl);
    }

    public long getCallTimeout() {
        return configuration.getCallTimeout();
    }

    public void setCallTimeout(long callTimeout) {
        configuration.setCallTimeout(callTimeout);
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxRetries() {
        return configuration.getMaxRetries();
    }

    public void setMaxRetries(int maxRetries) {
        configuration.setMaxRetries(maxRetries);
    }

    public long getRetryDelay() {
        return configuration.getRetryDelay();
    }

    public void setRetryDelay(long retryDelay) {
        configuration.setRetryDelay(retryDelay);
    }

    public boolean isUseExponentialBackoff() {
        return configuration.isUseExponentialBackoff();
    }

    public void setUseExponentialBackoff(boolean useExponentialBackoff) {
        configuration.setUseExponentialBackoff(useExponentialBackoff);
    }

    public long getMaxRetryDelay() {
        return configuration.getMaxRetryDelay();
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        configuration.setMaxRetryDelay(maxRetryDelay);
    }

    public boolean isRetryOnAllErrors() {
        return configuration.isRetryOnAllErrors();
    }

    public void setRetryOnAllErrors(boolean retryOnAllErrors) {
        configuration.setRetryOnAllErrors(retryOnAllErrors);
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public boolean isOperationBudgets() {
        return operationBudgets;
    }

    public void setOperationBudgets(boolean operationBudgets) {
        this.operationBudgets = operationBudgets;
    }

    public SharedRateWindow getRateLimitStore() {
        return rateLimitStore;
    }

    public void setRateLimitStore(SharedRateWindow rateLimitStore) {
        this.rateLimitStore = rateLimitStore;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    /**
     * Refuses the options no setter took before Camel core would list them with their values, which may be secrets
     * given under a wrong name, and names the option meant instead.
     */
    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        io.github.camelcalendly.validation.UnknownOptions.ofCalendlyEndpoints()
                .refuseAny(uri, parameters, optionPrefix);
    }
}
