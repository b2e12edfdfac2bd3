package io.github.camelcalendly.oauth;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.camelcalendly.auth.TokenStore;

/**
 * A component's OAuth connections, one per app, token store and connection id, shared by every endpoint and exchange
 * that names the same ones; so there is one refresh at a time per connection however many routes use it.
 */
public final class OAuthSessions {

    private final Map<String, OAuthSession> sessions = new ConcurrentHashMap<>();

    /**
     * The session of {@code connectionId} for {@code client} and {@code store}, made by {@code factory} when there
     * is none yet.
     */
    public OAuthSession session(OAuthClient client, TokenStore store, String connectionId,
            Supplier<OAuthSession> factory) {
        return sessions.computeIfAbsent(key(client, store, connectionId), k -> factory.get());
    }

    /** The key a session is known by: the app (not its secret), the store's identity and the connection id. */
    public static String key(OAuthClient client, TokenStore store, String connectionId) {
        return client.key() + "|" + System.identityHashCode(store) + "|" + connectionId;
    }

    /** Every session, for health checks. */
    public Collection<OAuthSession> all() {
        return List.copyOf(sessions.values());
    }

    /** Forgets every session (the component stopped); their tokens stay in their stores. */
    public void clear() {
        sessions.clear();
    }
}
