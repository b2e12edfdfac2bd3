package io.github.camelcalendly.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyConfiguration;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.client.Deadline;
import io.github.camelcalendly.operation.Operation;

/**
 * The {@code calendly:oauth} operations: build the authorization URL (PKCE S256 and a state, remembered for the
 * callback), exchange the code and save the tokens, refresh, revoke and introspect. Their answers never carry a token:
 * tokens go to the token store, and routes get who the connection is and what it may do.
 */
public final class OAuthActions {

    /** What an oauth operation gives the route: the message body and headers to set. */
    public record Outcome(Object body, Map<String, Object> headers) {
    }

    private final OAuthContext ctx;

    public OAuthActions(OAuthContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Carries out {@code op}.
     *
     * @param options          the endpoint's options with the exchange's header overrides
     * @param connectionHeader the exchange's CamelCalendlyConnectionId, or null
     * @param stateHeader      the exchange's CamelCalendlyOAuthState, or null
     */
    public Outcome run(Operation op, Map<String, Object> options, String connectionHeader, String stateHeader) {
        return switch (op.name()) {
            case "authorizeUrl" -> authorizeUrl(op, options);
            case "exchangeCode" -> exchangeCode(op, options, connectionHeader, stateHeader);
            case "refresh" -> refresh(connectionHeader);
            case "revoke" -> revoke(options, connectionHeader);
            case "introspect" -> introspect(options, connectionHeader);
            default -> throw new IllegalStateException("No OAuth action " + op.id());
        };
    }

    private Outcome authorizeUrl(Operation op, Map<String, Object> options) {
        OAuthClient client = ctx.endpoint().client();
        String redirectUri = required(op, options, "redirectUri");
        String state = text(options.get("state"));
        if (state == null || state.isBlank()) {
            state = Pkce.newState();
        }
        String verifier = Pkce.newVerifier();
        List<String> scopes = scopes(options.get("scopes"));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", client.clientId());
        query.put("response_type", "code");
        query.put("redirect_uri", redirectUri);
        if (!scopes.isEmpty()) {
            query.put("scope", String.join(" ", scopes));
        }
        query.put("state", state);
        query.put("code_challenge", Pkce.challenge(verifier));
        query.put("code_challenge_method", "S256");
        ctx.pending().remember(state, verifier, redirectUri);
        StringBuilder url = new StringBuilder(client.endpoint(op.pathTemplate()).toString());
        char separator = '?';
        for (Map.Entry<String, String> param : query.entrySet()) {
            url.append(separator).append(param.getKey()).append('=')
                    .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            separator = '&';
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(CalendlyConstants.OAUTH_STATE, state);
        return new Outcome(url.toString(), headers);
    }

    private Outcome exchangeCode(Operation op, Map<String, Object> options, String connectionHeader,
            String stateHeader) {
        String code = required(op, options, "code");
        String redirectUri = required(op, options, "redirectUri");
        String verifier = text(options.get("codeVerifier"));
        if (verifier == null) {
            // without the state authorizeUrl handed out, a code injected by someone else would be redeemed
            if (stateHeader == null) {
                throw new CalendlyValidationException(op.id(), "codeVerifier", "Calendly " + op.id() + " needs the"
                        + " state of the callback in header " + CalendlyConstants.OAUTH_STATE
                        + " (the redirect's state query parameter), or the PKCE codeVerifier of the authorization"
                        + " request: without either, no code is exchanged");
            }
            verifier = ctx.pending().take(stateHeader, redirectUri).orElseThrow(() -> new CalendlyValidationException(
                    op.id(), "state", "The OAuth state of this callback (header "
                    + CalendlyConstants.OAUTH_STATE + ") is not one calendly:oauth?op="
                    + "authorizeUrl handed out for this redirectUri in the last 10 minutes, or was used already:"
                    + " the request may be forged or replayed, so no code is exchanged"));
        }
        TokenResponse answer;
        try {
            answer = ctx.endpoint().exchangeCode(code, redirectUri, verifier, deadline());
        } catch (IOException e) {
            throw new UncheckedIOException("Calendly " + op.id() + " could not reach the authorization server: "
                    + e.getMessage(), e);
        }
        String id = connectionHeader != null ? connectionHeader
                : ctx.configuredConnection() != null ? ctx.configuredConnection() : answer.owner();
        if (id == null || id.isBlank()) {
            throw new CalendlyValidationException(op.id(), "connectionId", "Calendly's token response named no"
                    + " owner, so the tokens have no connection id to be saved under: set connectionId");
        }
        StoredTokens tokens = answer.toStored(ctx.clock().instant(), null);
        ctx.store().save(id, tokens);
        ctx.sessions().apply(id).adopt(tokens);
        return described(id, tokens);
    }

    private Outcome refresh(String connectionHeader) {
        String id = connectionId(connectionHeader);
        return described(id, ctx.sessions().apply(id).refreshNow(ctx.callTimeoutMillis()));
    }

    private Outcome revoke(Map<String, Object> options, String connectionHeader) {
        String id = connectionId(connectionHeader);
        String given = text(options.get("token"));
        OAuthSession session = ctx.sessions().apply(id);
        // read from the store, not the session: a revoked connection's dead tokens can be revoked and forgotten too
        StoredTokens own = ctx.store().load(id).orElse(null);
        if (given == null && own == null) {
            throw new CalendlyValidationException(TokenEndpoint.REVOKE.id(), "connectionId", "No Calendly OAuth"
                    + " tokens are saved for connection id '" + id + "': there is nothing to revoke");
        }
        String token = given != null ? given : own.refreshToken() != null ? own.refreshToken() : own.accessToken();
        try {
            ctx.endpoint().revoke(token, deadline());
        } catch (IOException e) {
            throw new UncheckedIOException("Calendly oauth/revoke could not reach the authorization server: "
                    + e.getMessage(), e);
        }
        boolean ownToken = own != null && (token.equals(own.refreshToken()) || token.equals(own.accessToken()));
        if (ownToken) {
            ctx.store().delete(id);
            session.forget();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connectionId", id);
        body.put("revoked", true);
        body.put("forgotten", ownToken);
        return new Outcome(body, Map.of(CalendlyConstants.CONNECTION_ID, id));
    }

    private Outcome introspect(Map<String, Object> options, String connectionHeader) {
        String id = connectionId(connectionHeader);
        String given = text(options.get("token"));
        OAuthSession session = given == null ? ctx.sessions().apply(id) : null;
        String token = given != null ? given : session.accessToken();
        Map<String, Object> answer;
        try {
            answer = ctx.endpoint().introspect(token, deadline());
        } catch (IOException e) {
            throw new UncheckedIOException("Calendly oauth/introspect could not reach the authorization server: "
                    + e.getMessage(), e);
        }
        if (session != null && Boolean.TRUE.equals(answer.get("active")) && answer.get("scope") instanceof String s) {
            session.learnScopes(scopes(s));
        }
        return new Outcome(answer, Map.of(CalendlyConstants.CONNECTION_ID, id));
    }

    private String connectionId(String connectionHeader) {
        if (connectionHeader != null) {
            return connectionHeader;
        }
        return ctx.configuredConnection() != null ? ctx.configuredConnection()
                : CalendlyConfiguration.DEFAULT_CONNECTION_ID;
    }

    private Deadline deadline() {
        return Deadline.inMillis(ctx.callTimeoutMillis());
    }

    /** Who the connection is and what it may do; no token. */
    private static Outcome described(String id, StoredTokens tokens) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connectionId", id);
        body.put("owner", tokens.owner());
        body.put("organization", tokens.organization());
        body.put("scopes", tokens.scopes());
        body.put("expiresAt", tokens.expiresAt() == null ? null : tokens.expiresAt().toString());
        return new Outcome(body, Map.of(CalendlyConstants.CONNECTION_ID, id));
    }

    private static String required(Operation op, Map<String, Object> options, String name) {
        String value = text(options.get(name));
        if (value == null || value.isBlank()) {
            throw new CalendlyValidationException(op.id(), name, "Calendly " + op.id() + " needs option " + name
                    + " (on the endpoint or in header CamelCalendly." + name + ")");
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Scopes given as one text (comma- or space-separated) or a collection. */
    static List<String> scopes(Object value) {
        List<String> scopes = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> scopes.addAll(scopes(v)));
        } else if (value != null) {
            for (String scope : value.toString().trim().split("[,\\s]+")) {
                if (!scope.isEmpty()) {
                    scopes.add(scope);
                }
            }
        }
        return scopes;
    }
}
