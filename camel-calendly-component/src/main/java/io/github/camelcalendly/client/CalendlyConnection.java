package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.auth.AccessTokenProvider;
import io.github.camelcalendly.operation.ConnectionIdentity;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Calendly connection: a base URL, a way to get its bearer token, and who the token belongs to (fetched once
 * from {@code /users/me} and cached). Every call of every endpoint using the connection goes through
 * {@link #execute(ResolvedRequest, CallOptions)}, which runs it through the connection's {@link CallChain}:
 * {@link RetryStep} (retries and the call's deadline), {@link AuthStep} (the bearer token, renewed once after a 401
 * when the provider can), {@link RateLimitStep}, the recording of the connection's {@link #status()}, and the HTTP
 * client, which sends it. An error answer then
 * becomes a {@link io.github.camelcalendly.CalendlyApiException}.
 */
public final class CalendlyConnection {

    private static final Logger LOG = LoggerFactory.getLogger(CalendlyConnection.class);

    private final String id;
    private final String baseUrl;
    private final RequestUris uris;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;
    private final RateLimiter rateLimiter;
    private final CallOptions defaultOptions;
    private final CallChain chain;
    private final AccessTokenProvider tokens;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock identityLock = new ReentrantLock();
    private volatile ConnectionIdentity identity;
    private volatile ConnectionStatus status = ConnectionStatus.NOT_USED_YET;

    /**
     * @param id             a short name for the connection that reveals nothing of its token
     * @param baseUrl        the API base URL
     * @param tokens         where the bearer token comes from
     * @param http           the component's HTTP client
     * @param mapper         the component's JSON mapper
     * @param rateLimiter    this connection's rate limiter
     * @param sleeper        how retries wait
     * @param defaultOptions the retry and deadline options of calls that name none (the component's)
     */
    public CalendlyConnection(
            String id, String baseUrl, AccessTokenProvider tokens, CalendlyHttpClient http, ObjectMapper mapper,
            RateLimiter rateLimiter, Sleeper sleeper, CallOptions defaultOptions) {
        this.id = id;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.uris = new RequestUris(this.baseUrl);
        this.mapper = mapper;
        this.errors = new ErrorMapper(mapper);
        this.rateLimiter = rateLimiter;
        this.defaultOptions = defaultOptions;
        this.tokens = tokens;
        this.chain = CallChain.of(List.of(
                new RetryStep(sleeper, System::nanoTime, () -> ThreadLocalRandom.current().nextDouble()),
                // before the rate limit, so that the second send after a renewed token waits its turn too
                new AuthStep(tokens),
                new RateLimitStep(rateLimiter),
                this::recordStatus,
                http));
    }

    /** A short name for the connection that reveals nothing of its token, for logs and health checks. */
    public String id() {
        return id;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Where the connection's bearer token comes from (an OAuth session tells its own state). */
    public AccessTokenProvider tokens() {
        return tokens;
    }

    /** The last answer Calendly gave this connection and what it says about the token. */
    public ConnectionStatus status() {
        return status;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** The retry and deadline options calls use unless an endpoint overrides them. */
    public CallOptions callOptions() {
        return defaultOptions;
    }

    /** Sends a request with the connection's default options. */
    public CalendlyResponse execute(ResolvedRequest request) throws IOException {
        return execute(request, defaultOptions);
    }

    /**
     * Sends a request through the connection's chain (retries within the call's deadline, rate limit, token) and
     * returns Calendly's answer; an error status becomes a {@link io.github.camelcalendly.CalendlyApiException}.
     */
    public CalendlyResponse execute(ResolvedRequest request, CallOptions options) throws IOException {
        URI uri = uris.of(request);
        byte[] body = request.body() == null ? null : mapper.writeValueAsBytes(request.body());
        long start = System.nanoTime();
        HttpCall call = new HttpCall(request.operation(), request.method(), uri, body, options.deadlineFrom(start),
                options.retry());
        CalendlyResponse response = chain.proceed(call);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> {} in {} ms (attempts {})", call.describe(), response.statusCode(),
                    (System.nanoTime() - start) / 1_000_000, response.attempts());
        }
        return checked(request, uri, response);
    }

    private CalendlyResponse recordStatus(HttpCall call, CallChain next) throws IOException {
        CalendlyResponse response = next.proceed(call);
        status = ConnectionStatus.answered(response.statusCode(), clock.instant());
        return response;
    }

    private CalendlyResponse checked(ResolvedRequest request, URI uri, CalendlyResponse response) {
        if (response.statusCode() >= 300) {
            // an error, or a redirect: never followed, since the token must not travel to wherever it points
            throw errors.toException(request.operation(), request.method(), uri.getRawPath(), response,
                    tokens.grantedScopes().orElse(null));
        }
        // an answer that is not what Calendly promises must not flow into the route as if it were Calendly's data
        return new AnswerCheck(request.operation(), request.method(), uri.getRawPath(), mapper)
                .checked(response, request.operation().answer());
    }

    /**
     * The user and organization of this connection's token when known without a call: from the OAuth token response,
     * or from a {@code /users/me} a call already made.
     */
    public Optional<ConnectionIdentity> knownIdentity() {
        ConnectionIdentity known = identity;
        return known != null ? Optional.of(known) : tokens.identity();
    }

    /**
     * The user and organization of this connection's token: from the OAuth token response when it named them, else
     * from {@code /users/me} on first use.
     */
    public ConnectionIdentity identity() {
        ConnectionIdentity known = identity;
        if (known != null) {
            return known;
        }
        Optional<ConnectionIdentity> fromTokens = tokens.identity();
        if (fromTokens.isPresent()) {
            return fromTokens.get();
        }
        identityLock.lock();
        try {
            if (identity == null) {
                identity = fetchIdentity();
            }
            return identity;
        } finally {
            identityLock.unlock();
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
}
