package io.github.camelcalendly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.auth.StaticAccessTokenProvider;
import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.client.CalendlyHttpClient;
import io.github.camelcalendly.client.RateLimiter;
import io.github.camelcalendly.client.RetryOptions;
import io.github.camelcalendly.client.Sleeper;
import io.github.camelcalendly.health.ComponentHealthChecks;
import io.github.camelcalendly.health.ConnectionHealthCheck;
import io.github.camelcalendly.health.WebhookTriggerHealthCheck;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;
import io.github.camelcalendly.operation.ParameterType;
import io.github.camelcalendly.webhook.RegistrationStatus;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.URISupport;

/**
 * The calendly component: one pooled HTTP client and one JSON mapper shared by all its endpoints, and one connection
 * per token and base URL. Each connection and each webhook trigger has a health check in Camel's health-check
 * registry (see {@link ComponentHealthChecks}): trigger checks follow healthCheckConsumerEnabled, and
 * connection checks, which serve producers and consumers alike, are off only when both switches are.
 */
@Component("calendly")
public class CalendlyComponent extends HealthCheckComponent {

    static {
        // Camel masks option values whose names it knows as sensitive in every URI it logs or puts in an exception;
        // signingKey and signing_key are not among its built-in names. One call: each replaces the last one's names
        URISupport.addSanitizeKeywords(io.github.camelcalendly.validation.SecretOptionNames.sanitizeKeywords(
                new CalendlyEndpointUriFactory().secretPropertyNames()));
    }

    private static final java.util.Set<String> WHOLE_NUMBER_OPTIONS = java.util.Set.of("maxResults", "maxRetries", "requestsPerMinute");

    @Metadata(label = "security", secret = true,
              description = "Personal access token (or OAuth access token) used by every endpoint that sets none.")
    private String accessToken;

    @Metadata(label = "advanced", defaultValue = CalendlyConfiguration.DEFAULT_BASE_URL,
              description = "Base URL of the Calendly API, for endpoints that set none. Point it at the sandbox or a"
                            + " test server.")
    private String baseUrl = CalendlyConfiguration.DEFAULT_BASE_URL;

    @Metadata(label = "advanced", defaultValue = "10000",
              description = "How long to wait for a connection to Calendly, in milliseconds.")
    private int connectTimeout = 10000;

    @Metadata(label = "advanced", defaultValue = "60000",
              description = "How long to wait for Calendly's response, in milliseconds.")
    private int responseTimeout = 60000;

    @Metadata(label = "advanced", defaultValue = "20",
              description = "The size of the HTTP connection pool shared by all endpoints.")
    private int maxConnections = 20;

    @Metadata(label = "advanced", defaultValue = "3",
              description = "How many times a failed call is tried again: a 429 after the rate-limit reset, a 5xx or"
                            + " an I/O error for GET, DELETE and idempotent operations (POST and PATCH only when the"
                            + " request provably did not reach Calendly, unless retryOnAllErrors). 0 never retries.")
    private int maxRetries = RetryOptions.DEFAULT_MAX_RETRIES;

    @Metadata(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "The wait before the first retry, in milliseconds (or a duration such as 2s).")
    private long retryDelay = RetryOptions.DEFAULT_RETRY_DELAY;

    @Metadata(label = "advanced", defaultValue = "true",
              description = "Double the wait with each retry, with random jitter so clients that failed together do"
                            + " not retry together.")
    private boolean useExponentialBackoff = true;

    @Metadata(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest wait before a retry, in milliseconds. A 429 whose reset lies further away"
                            + " fails at once instead of blocking the route.")
    private long maxRetryDelay = RetryOptions.DEFAULT_MAX_RETRY_DELAY;

    @Metadata(label = "advanced", defaultValue = "false",
              description = "Also retry POST and PATCH after a 5xx or an I/O error that may have reached Calendly."
                            + " Off by default: a retried booking or note must never be created twice.")
    private boolean retryOnAllErrors;

    @Metadata(label = "advanced", defaultValue = "0",
              description = "A fixed ceiling of calls per minute per connection, on top of Calendly's X-RateLimit"
                            + " headers (which are always followed); 0 for none. Calls wait instead of provoking a 429.")
    private int requestsPerMinute;

    @Metadata(label = "security", description = "TLS configuration of the HTTP client (trust store, key store,"
                                                + " protocols); the JVM default when not set.")
    private SSLContextParameters sslContextParameters;

    private final ObjectMapper objectMapper = new ObjectMapper().findAndRegisterModules();
    private final Map<String, CalendlyConnection> connections = new ConcurrentHashMap<>();
    private volatile CalendlyHttpClient httpClient;
    private final ComponentHealthChecks healthChecks = new ComponentHealthChecks(this);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        checkWholeNumbers(parameters);
        CalendlyConfiguration configuration = new CalendlyConfiguration();
        configuration.setResource(remaining);
        CalendlyEndpoint endpoint = new CalendlyEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        endpoint.bindOperation(OperationRegistry.resolve(configuration.getResource(), configuration.getOp()));
        // checks the retry options now rather than at the first exchange
        configuration.retryOptions(retryOptions());
        return endpoint;
    }

    /**
     * Camel binds text such as {@code ten} to a whole-number option as 0 (it reads it as a time pattern); a Calendly
     * option given that way must fail instead, naming the option.
     */
    private static void checkWholeNumbers(Map<String, Object> parameters) {
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            boolean wholeNumber = WHOLE_NUMBER_OPTIONS.contains(e.getKey()) || OptionCatalog.find(e.getKey())
                    .map(def -> def.type() == ParameterType.INTEGER).orElse(false);
            if (wholeNumber && e.getValue() instanceof String text && !text.trim().matches("-?\\d+")
                    && !text.trim().startsWith("{{")) {
                throw new CalendlyValidationException(null, e.getKey(),
                        "Option '" + e.getKey() + "' must be a whole number, got '" + text + "'");
            }
        }
    }

    /** The connection for a token and base URL, created on first use and shared by every endpoint that uses it. */
    CalendlyConnection connection(String token, String url) {
        if (token == null || token.isBlank()) {
            throw new CalendlyValidationException(null, "accessToken",
                    "No Calendly access token: set accessToken on the calendly component or endpoint");
        }
        String key = url + "|" + fingerprint(token, 12);
        return connections.computeIfAbsent(key, k -> {
            // the id names the connection in logs and health checks: short, and no way back to the token
            CalendlyConnection created = new CalendlyConnection(fingerprint(key, 5), url,
                    new StaticAccessTokenProvider(token), httpClient(), objectMapper,
                    new RateLimiter(requestsPerMinute, System::nanoTime, Sleeper.THREAD), Sleeper.THREAD,
                    retryOptions());
            healthChecks.add(new ConnectionHealthCheck(created),
                    isHealthCheckProducerEnabled() || isHealthCheckConsumerEnabled());
            return created;
        });
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

    /** The component's retry options, which endpoints inherit. */
    public RetryOptions retryOptions() {
        return new RetryOptions(maxRetries, retryDelay, useExponentialBackoff, maxRetryDelay, retryOnAllErrors);
    }

    private CalendlyHttpClient httpClient() {
        CalendlyHttpClient client = httpClient;
        if (client == null) {
            synchronized (this) {
                if (httpClient == null) {
                    httpClient = CalendlyHttpClient.create(connectTimeout, responseTimeout, maxConnections,
                            sslContextParameters == null ? null : createSslContext(), "camel-calendly");
                }
                client = httpClient;
            }
        }
        return client;
    }

    private javax.net.ssl.SSLContext createSslContext() {
        try {
            return sslContextParameters.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the TLS context from sslContextParameters: "
                                            + e.getMessage(), e);
        }
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text}, in hex. */
    private static String fingerprint(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        healthChecks.clear();
        connections.clear();
        CalendlyHttpClient client = httpClient;
        httpClient = null;
        if (client != null) {
            client.close();
        }
        super.doStop();
    }

    public ObjectMapper getObjectMapper() {
        return objectMapper;
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

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
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

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
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
