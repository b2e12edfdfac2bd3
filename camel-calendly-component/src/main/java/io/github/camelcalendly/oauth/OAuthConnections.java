package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyConfiguration;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.client.CalendlyHttpClient;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;

/**
 * A component's OAuth side: its sessions (one per app, token store and connection id), its default in-memory token
 * store, and its default in-memory store of the authorization requests awaiting their code. Given an endpoint's configuration (resolved against the
 * component's), it finds the session a call acts for, builds the endpoint's {@code calendly:oauth} actions, and checks
 * granted scopes for validateScopes.
 */
public final class OAuthConnections {

    private static final Operation INTROSPECT = OperationRegistry.resolve("oauth", "introspect");

    private final InMemoryTokenStore defaultStore = new InMemoryTokenStore();
    private final OAuthSessions sessions = new OAuthSessions();
    private final Clock clock;
    private final InMemoryPendingAuthorizationStore defaultAuthorizationStore;
    private final Supplier<CalendlyHttpClient> http;
    private final Supplier<ObjectMapper> mapper;

    /**
     * @param clock  tells when tokens expire
     * @param http   the component's running HTTP client (fails when the component is not started)
     * @param mapper the component's JSON mapper
     */
    public OAuthConnections(Clock clock, Supplier<CalendlyHttpClient> http, Supplier<ObjectMapper> mapper) {
        this.clock = clock;
        this.defaultAuthorizationStore = new InMemoryPendingAuthorizationStore(clock);
        this.http = http;
        this.mapper = mapper;
    }

    /** The token store of a resolved configuration: its own, else the component's in-memory one. */
    public TokenStore storeOf(CalendlyConfiguration resolved) {
        return resolved.getTokenStore() != null ? resolved.getTokenStore() : defaultStore;
    }

    /** The pending authorization store of a resolved configuration: its own, else the component's in-memory one. */
    public PendingAuthorizationStore authorizationStoreOf(CalendlyConfiguration resolved) {
        return resolved.getAuthorizationStore() != null ? resolved.getAuthorizationStore() : defaultAuthorizationStore;
    }

    /**
     * The session of {@code connectionId}, else of the configuration's connection id (else
     * {@value CalendlyConfiguration#DEFAULT_CONNECTION_ID}). The configured refreshToken (and accessToken) seed only
     * the configured connection id, never one an exchange names.
     *
     * @param resolved the endpoint's configuration resolved against the component's (an OAuth one)
     */
    public OAuthSession session(CalendlyConfiguration resolved, String connectionId) {
        if (resolved.getConnectionId() != null && resolved.getConnectionId().isBlank()) {
            throw new CalendlyValidationException(null, "connectionId", "Option connectionId is blank: name the"
                    + " OAuth connection (user) calls act for, or leave it out for '"
                    + CalendlyConfiguration.DEFAULT_CONNECTION_ID + "'");
        }
        String configured = resolved.getConnectionId() != null ? resolved.getConnectionId()
                : CalendlyConfiguration.DEFAULT_CONNECTION_ID;
        String id = connectionId != null ? connectionId : configured;
        StoredTokens seed = id.equals(configured)
                && (resolved.getRefreshToken() != null || resolved.getAccessToken() != null)
                ? new StoredTokens(resolved.getAccessToken(), resolved.getRefreshToken(), null, List.of(), null, null)
                : null;
        TokenStore store = storeOf(resolved);
        OAuthClient app = app(resolved);
        return sessions.session(app, store, id, () -> new OAuthSession(id, endpoint(app), store, seed,
                OAuthSession.tokenRequestLimiter(), resolved.getCallTimeout(), clock));
    }

    /** The key that tells a session's connection apart from every other (no secret in it). */
    public String keyOf(CalendlyConfiguration resolved, OAuthSession session) {
        return OAuthSessions.key(session.endpoint().client(), storeOf(resolved), session.connectionId());
    }

    /**
     * The {@code calendly:oauth} actions of an endpoint.
     *
     * @param resolved the endpoint's configuration resolved against the component's
     * @throws CalendlyValidationException when no OAuth client is configured
     */
    public OAuthActions actions(Operation operation, CalendlyConfiguration resolved) {
        if (!resolved.isOAuth()) {
            throw new CalendlyValidationException(operation.id(), "clientId", "Calendly " + operation.id()
                    + " needs an OAuth client: set clientId (and clientSecret) on the calendly component or endpoint");
        }
        return new OAuthActions(new OAuthContext(endpoint(app(resolved)), storeOf(resolved),
                resolved.getConnectionId(), id -> session(resolved, id),
                new PendingAuthorizations(authorizationStoreOf(resolved), clock), resolved.getCallTimeout(), clock));
    }

    /**
     * Fails naming the missing scopes when the configuration's OAuth connection was not granted the scope
     * {@code operation} needs; asks Calendly by introspection when the token response did not name the scopes.
     */
    public void validateScopes(Operation operation, CalendlyConfiguration resolved) {
        if (!resolved.isOAuth()) {
            throw new CalendlyValidationException(operation.id(), "validateScopes", "validateScopes=true needs an"
                    + " OAuth connection (clientId): Calendly offers no way to read the scopes of a personal access"
                    + " token");
        }
        OAuthSession session = session(resolved, null);
        Set<String> granted = session.grantedScopes().orElse(null);
        if (granted == null) {
            actions(INTROSPECT, resolved).run(INTROSPECT, Map.of(), null, null);
            granted = session.grantedScopes().orElseThrow(() -> new CalendlyValidationException(operation.id(),
                    "validateScopes", "Calendly did not tell the scopes of connection '" + session.connectionId()
                    + "' (introspection named none), so validateScopes cannot check them"));
        }
        List<String> missing = GrantedScopes.missing(granted, List.of(operation.scope()));
        if (!missing.isEmpty()) {
            throw new CalendlyValidationException(operation.id(), "validateScopes", "Calendly " + operation.id()
                    + " needs scope " + String.join(", ", missing) + ", which connection '" + session.connectionId()
                    + "' was not granted (granted: " + String.join(" ", granted) + "). Ask the user to authorize"
                    + " the app again with that scope (calendly:oauth?op=authorizeUrl&scopes=...)");
        }
    }

    /** Forgets every session (the component stopped); the tokens stay in their stores. */
    public void clear() {
        sessions.clear();
    }

    private static OAuthClient app(CalendlyConfiguration resolved) {
        return new OAuthClient(resolved.getAuthBaseUrl(), resolved.getClientId(), resolved.getClientSecret());
    }

    private TokenEndpoint endpoint(OAuthClient app) {
        return new TokenEndpoint(app, http.get(), mapper.get());
    }
}
