package io.github.camelcalendly.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps tokens in this JVM only: they are gone when it stops, so a connection whose refresh token rotated must be
 * authorized again after a restart. The component's default store; use {@link FileTokenStore} or a store of your
 * own to keep sessions across restarts.
 */
public final class InMemoryTokenStore implements TokenStore {

    private final Map<String, StoredTokens> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredTokens> load(String connectionId) {
        return Optional.ofNullable(tokens.get(Objects.requireNonNull(connectionId, "connectionId")));
    }

    @Override
    public void save(String connectionId, StoredTokens saved) {
        tokens.put(Objects.requireNonNull(connectionId, "connectionId"), Objects.requireNonNull(saved, "tokens"));
    }

    @Override
    public void delete(String connectionId) {
        tokens.remove(Objects.requireNonNull(connectionId, "connectionId"));
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[connections=" + tokens.size() + "]";
    }
}
