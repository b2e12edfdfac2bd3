package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.AccessTokenProvider;
import io.github.camelcalendly.operation.ConnectionIdentity;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Calendly connection: a base URL, a way to get its bearer token, and who the token belongs to (fetched once
 * from {@code /users/me} and cached). Every call of every endpoint using the connection goes through
 * {@link #execute(ResolvedRequest)}, which also keeps the connection's {@link #status()}: the last answer's status
 * and what it says about the token.
 */
public final class CalendlyConnection {

    private static final Logger LOG = LoggerFactory.getLogger(CalendlyConnection.class);

    private final String id;
    private final String baseUrl;
    private final AccessTokenProvider tokens;
    private final CalendlyHttpClient http;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;
    private final RateLimiter rateLimiter;
    private final Sleeper sleeper;
    private final RetryOptions defaultRetry;
    private final Clock clock = Clock.systemUTC();
    private volatile ConnectionIdentity identity;
    private volatile ConnectionStatus status = ConnectionStatus.NOT_USED_YET;

    /**
     * @param id           a short name for the connection that reveals nothing of its token
     * @param baseUrl      the API base URL
     * @param tokens       where the bearer token comes from
     * @param http         the component's HTTP client
     * @param mapper       the component's JSON mapper
     * @param rateLimiter  this connection's rate limiter
     * @param sleeper      how retries wait
     * @param defaultRetry the retry options of calls that name none (the component's)
     */
    public CalendlyConnection(
            String id, String baseUrl, AccessTokenProvider tokens, CalendlyHttpClient http, ObjectMapper mapper,
            RateLimiter rateLimiter, Sleeper sleeper, RetryOptions defaultRetry) {
        this.id = id;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tokens = tokens;
        this.http = http;
        this.mapper = mapper;
        this.errors = new ErrorMapper(mapper);
        this.rateLimiter = rateLimiter;
        this.sleeper = sleeper;
        this.defaultRetry = defaultRetry;
    }

    /** A short name for the connection that reveals nothing of its token, for logs and health checks. */
    public String id() {
        return id;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The last answer Calendly gave this connection and what it says about the token. */
    public ConnectionStatus status() {
        return status;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** The retry options calls use unless an endpoint overrides them. */
    public RetryOptions retryOptions() {
        return defaultRetry;
    }

    /** Sends a request with the connection's default retry options. */
    public CalendlyResponse execute(ResolvedRequest request) throws IOException {
        return execute(request, defaultRetry);
    }

    /**
     * Sends a request, waiting for the rate limiter and retrying as {@code retry} allows, and returns Calendly's
     * answer; an error status becomes a {@link io.github.camelcalendly.CalendlyApiException}.
     */
    public CalendlyResponse execute(ResolvedRequest request, RetryOptions retry) throws IOException {
        URI uri = uriOf(request);
        byte[] body = request.body() == null ? null : mapper.writeValueAsBytes(request.body());
        RetryPolicy policy = new RetryPolicy(retry, () -> ThreadLocalRandom.current().nextDouble());
        String id = request.operation().id();
        long start = System.nanoTime();
        for (int attempt = 1;; attempt++) {
            CalendlyResponse response;
            try {
                response = sendOnce(request, uri, body).withAttempts(attempt);
            } catch (IOException e) {
                long wait = policy.afterIoError(request.operation(), request.method(), attempt, e);
                if (wait == RetryPolicy.GIVE_UP) {
                    throw new IOException("Calendly " + id + " (" + request.method() + " " + uri.getRawPath()
                                          + ") could not reach " + uri.getHost() + ":" + uri.getPort()
                                          + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": "
                                          + e.getMessage(), e);
                }
                pause(id, attempt, wait, e.getClass().getSimpleName());
                continue;
            }
            if (response.statusCode() >= 400) {
                long wait = policy.afterStatus(request.operation(), request.method(), attempt, response);
                if (wait != RetryPolicy.GIVE_UP) {
                    pause(id, attempt, wait, "HTTP " + response.statusCode());
                    continue;
                }
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("Calendly {} {} {} -> {} in {} ms (attempts {})", id, request.method(), uri.getRawPath(),
                        response.statusCode(), (System.nanoTime() - start) / 1_000_000, attempt);
            }
            return checked(request, uri, response);
        }
    }

    private CalendlyResponse sendOnce(ResolvedRequest request, URI uri, byte[] body) throws IOException {
        String token = tokens.accessToken();
        if (token == null || token.isBlank()) {
            throw new CalendlyValidationException(request.operation().id(), "accessToken",
                    "No Calendly access token for " + request.operation().id()
                    + ": set accessToken on the calendly component or endpoint");
        }
        rateLimiter.acquire();
        CalendlyResponse response = http.send(
                request.method(), uri, token, body, body == null ? null : ContentType.APPLICATION_JSON);
        rateLimiter.update(response);
        status = ConnectionStatus.answered(response.statusCode(), clock.instant());
        return response;
    }

    private void pause(String operationId, int attempt, long waitMillis, String cause) throws IOException {
        LOG.debug("Calendly {} attempt {} failed ({}); retrying in {} ms", operationId, attempt, cause, waitMillis);
        try {
            sleeper.sleep(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted while waiting to retry Calendly " + operationId);
        }
    }

    private CalendlyResponse checked(ResolvedRequest request, URI uri, CalendlyResponse response) {
        if (response.statusCode() >= 300) {
            // an error, or a redirect: never followed, since the token must not travel to wherever it points
            throw errors.toException(request.operation(), request.method(), uri.getRawPath(), response);
        }
        // an answer that is not what Calendly promises must not flow into the route as if it were Calendly's data
        new AnswerCheck(request.operation(), request.method(), uri.getRawPath(), mapper)
                .read(response, request.operation().answer());
        return response;
    }

    /** The user and organization of this connection's token when a call already looked them up; never calls. */
    public Optional<ConnectionIdentity> knownIdentity() {
        return Optional.ofNullable(identity);
    }

    /** The user and organization of this connection's token, from {@code /users/me} on first use. */
    public ConnectionIdentity identity() {
        ConnectionIdentity known = identity;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (identity == null) {
                identity = fetchIdentity();
            }
            return identity;
        }
    }

    private ConnectionIdentity fetchIdentity() {
        ResolvedRequest me = new ResolvedRequest(
                OperationRegistry.resolve("users", "me"), "GET", "/users/me", Map.of(), null);
        try {
            JsonNode resource = mapper.readTree(execute(me).body()).path("resource");
            String user = resource.path("uri").asText(null);
            String organization = resource.path("current_organization").asText(null);
            if (user == null || organization == null) {
                throw new IllegalStateException("Calendly /users/me answered without uri or current_organization");
            }
            return new ConnectionIdentity(user, organization);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(
                    "Could not look up the connection's own user and organization: " + e.getMessage(), e);
        }
    }

    private URI uriOf(ResolvedRequest request) {
        String target = request.path().startsWith("/") ? baseUrl + request.path() : request.path();
        try {
            URIBuilder builder = new URIBuilder(target);
            for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
                for (String value : e.getValue()) {
                    builder.addParameter(e.getKey(), value);
                }
            }
            return builder.build();
        } catch (URISyntaxException e) {
            throw new CalendlyValidationException(request.operation().id(), null,
                    "Calendly " + request.operation().id() + " has an invalid request URL: " + e.getMessage());
        }
    }
}
