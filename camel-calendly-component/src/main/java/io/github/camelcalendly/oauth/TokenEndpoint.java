package io.github.camelcalendly.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.client.CalendlyHttpClient;
import io.github.camelcalendly.client.CalendlyResponse;
import io.github.camelcalendly.client.Deadline;
import io.github.camelcalendly.client.ErrorMapper;
import io.github.camelcalendly.client.HttpCall;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;

/**
 * Talks to Calendly's authorization server for one app: the token endpoint (code exchange and refresh), revocation
 * and introspection. Requests are form-encoded, with the client's HTTP Basic credentials (or its client id in the
 * body for a public client), and are never retried: a refresh token is single-use, so a refresh whose answer was lost
 * must not be sent again. An error answer (OAuth's {@code error} and {@code error_description}) becomes a
 * {@link CalendlyApiException} whose title is the OAuth error code, such as {@code invalid_grant}.
 */
public final class TokenEndpoint {

    static final Operation EXCHANGE = OperationRegistry.resolve("oauth", "exchangeCode");
    static final Operation REFRESH = OperationRegistry.resolve("oauth", "refresh");
    static final Operation REVOKE = OperationRegistry.resolve("oauth", "revoke");
    static final Operation INTROSPECT = OperationRegistry.resolve("oauth", "introspect");

    private final OAuthClient client;
    private final CalendlyHttpClient http;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;

    public TokenEndpoint(OAuthClient client, CalendlyHttpClient http, ObjectMapper mapper) {
        this.client = client;
        this.http = http;
        this.mapper = mapper;
        this.errors = new ErrorMapper(mapper);
    }

    public OAuthClient client() {
        return client;
    }

    /** Redeems an authorization code; {@code codeVerifier} is the PKCE verifier, or null. */
    TokenResponse exchangeCode(String code, String redirectUri, String codeVerifier, Deadline deadline)
            throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        return tokens(EXCHANGE, post(EXCHANGE, form, deadline));
    }

    /** Redeems a refresh token, which is dead from then on whatever the outcome. */
    TokenResponse refresh(String refreshToken, Deadline deadline) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return tokens(REFRESH, post(REFRESH, form, deadline));
    }

    /** Revokes an access or refresh token (revoking a refresh token also ends the access token issued with it). */
    void revoke(String token, Deadline deadline) throws IOException {
        post(REVOKE, Map.of("token", token), deadline);
    }

    /** What Calendly knows of a token: {@code active}, {@code scope}, {@code exp}, {@code owner}... */
    Map<String, Object> introspect(String token, Deadline deadline) throws IOException {
        JsonNode json = json(INTROSPECT, post(INTROSPECT, Map.of("token", token), deadline));
        if (!json.isObject() || !json.has("active")) {
            throw malformed(INTROSPECT, "an object without active");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = mapper.convertValue(json, LinkedHashMap.class);
        return answer;
    }

    private CalendlyResponse post(Operation op, Map<String, String> fields, Deadline deadline) throws IOException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (!client.confidential()) {
            form.put("client_id", client.clientId());
        }
        URI uri = client.endpoint(op.pathTemplate());
        HttpCall call = HttpCall.oauthForm(op, uri, encode(form), deadline, client.basicCredentials());
        CalendlyResponse response = http.send(call);
        if (response.statusCode() >= 300) {
            throw errors.toException(op, "POST", uri.getRawPath(), response);
        }
        return response;
    }

    private TokenResponse tokens(Operation op, CalendlyResponse response) {
        TokenResponse tokens = TokenResponse.read(json(op, response));
        if (tokens == null) {
            throw malformed(op, "no access_token");
        }
        return tokens;
    }

    private JsonNode json(Operation op, CalendlyResponse response) {
        try {
            JsonNode json = mapper.readTree(response.body());
            if (json == null || !json.isObject()) {
                throw malformed(op, "no JSON object");
            }
            return json;
        } catch (IOException e) {
            throw malformed(op, "no valid JSON");
        }
    }

    private CalendlyApiException malformed(Operation op, String what) {
        String path = client.endpoint(op.pathTemplate()).getRawPath();
        return new CalendlyApiException("Calendly " + op.id() + " (POST " + path + ") answered with " + what
                + ": not a valid OAuth answer", new CalendlyApiException.ErrorInfo(200, null, null, List.of(),
                        List.of(), op.id(), "POST", path, false, Map.of()));
    }

    private static byte[] encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (value != null) {
                if (body.length() > 0) {
                    body.append('&');
                }
                body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
