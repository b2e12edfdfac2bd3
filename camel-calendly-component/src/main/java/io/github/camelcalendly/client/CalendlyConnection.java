package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.AccessTokenProvider;
import io.github.camelcalendly.operation.ConnectionIdentity;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Calendly connection: a base URL, a way to get its bearer token, and who the token belongs to (fetched once
 * from {@code /users/me} and cached). Every call of every endpoint using the connection goes through
 * {@link #execute(ResolvedRequest)}.
 */
public final class CalendlyConnection {

    private static final Logger LOG = LoggerFactory.getLogger(CalendlyConnection.class);

    private final String baseUrl;
    private final AccessTokenProvider tokens;
    private final CalendlyHttpClient http;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;
    private volatile ConnectionIdentity identity;

    public CalendlyConnection(String baseUrl, AccessTokenProvider tokens, CalendlyHttpClient http, ObjectMapper mapper) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tokens = tokens;
        this.http = http;
        this.mapper = mapper;
        this.errors = new ErrorMapper(mapper);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Sends a request and returns Calendly's answer; an error status becomes a
     * {@link io.github.camelcalendly.CalendlyApiException}.
     */
    public CalendlyResponse execute(ResolvedRequest request) throws IOException {
        URI uri = uriOf(request);
        byte[] body = request.body() == null ? null : mapper.writeValueAsBytes(request.body());
        String token = tokens.accessToken();
        if (token == null || token.isBlank()) {
            throw new CalendlyValidationException(request.operation().id(), "accessToken",
                    "No Calendly access token for " + request.operation().id()
                    + ": set accessToken on the calendly component or endpoint");
        }
        long start = System.nanoTime();
        CalendlyResponse response;
        try {
            response = http.send(request.method(), uri, token, body, body == null ? null : ContentType.APPLICATION_JSON);
        } catch (IOException e) {
            throw new IOException("Calendly " + request.operation().id() + " (" + request.method() + " "
                                  + uri.getRawPath() + ") could not reach " + uri.getHost() + ": " + e.getMessage(),
                    e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Calendly {} {} {} -> {} in {} ms (attempts {})", request.operation().id(), request.method(),
                    uri.getRawPath(), response.statusCode(), (System.nanoTime() - start) / 1_000_000,
                    response.attempts());
        }
        if (response.statusCode() >= 400) {
            throw errors.toException(request.operation(), request.method(), uri.getRawPath(), response);
        }
        if (request.operation().kind() == OperationKind.HTTP && response.hasBody() && !startsAsJsonObject(response)) {
            // a proxy's or portal's page must not flow into the route as if it were Calendly's data
            throw errors.unexpectedBody(request.operation(), request.method(), uri.getRawPath(), response);
        }
        return response;
    }

    private static boolean startsAsJsonObject(CalendlyResponse response) {
        for (byte b : response.body()) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
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
