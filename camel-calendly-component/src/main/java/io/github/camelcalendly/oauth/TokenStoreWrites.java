package io.github.camelcalendly.oauth;

import java.util.List;
import java.util.Objects;

import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.auth.TokenStoreException;

/**
 * The writes a session makes to its store besides refreshes, run as {@linkplain TokenStore#rotate rotations} so
 * that they never overwrite tokens another instance rotated meanwhile: a store shared by several instances may hold
 * newer tokens than the ones a session remembers, and writing back a retired refresh token would lose the
 * connection.
 */
final class TokenStoreWrites {

    private TokenStoreWrites() {
    }

    /**
     * The stored tokens of {@code connectionId}, saving {@code seed} first when there are none (a configured refresh
     * token). When another instance saved tokens at the same moment, those are returned.
     *
     * @throws TokenStoreException when the store could not be read or written
     */
    static StoredTokens seedUnlessStored(TokenStore store, String connectionId, StoredTokens seed,
            long timeoutMillis) {
        try {
            return store.rotate(connectionId, timeoutMillis, stored -> stored != null ? stored : seed);
        } catch (TokenStoreException e) {
            return store.load(connectionId).orElseThrow(() -> e);
        }
    }

    /**
     * Saves {@code scopes} with the stored tokens of {@code connectionId} when they are still {@code known}'s (the
     * same refresh token); the tokens to use from now on: with the scopes, or the newer ones another instance saved
     * (kept as they are), or null when the store has none any more.
     */
    static StoredTokens withScopes(TokenStore store, String connectionId, StoredTokens known, List<String> scopes,
            long timeoutMillis) {
        return store.rotate(connectionId, timeoutMillis, stored -> stored == null
                || !Objects.equals(stored.refreshToken(), known.refreshToken()) ? stored
                        : new StoredTokens(stored.accessToken(), stored.refreshToken(), stored.expiresAt(), scopes,
                                stored.owner(), stored.organization()));
    }
}
