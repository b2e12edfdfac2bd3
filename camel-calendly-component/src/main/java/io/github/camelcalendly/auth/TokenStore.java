package io.github.camelcalendly.auth;

import java.util.Optional;

/**
 * Where an OAuth connection's tokens live, keyed by connection id. The component reads a connection's tokens before
 * its first call and whenever it needs a newer access token, and saves the rotated refresh token (with its new
 * access token) before using the new access token: a refresh token is single-use, so a store that loses a save loses
 * the user's session.
 *
 * <p>Implementations must be safe for concurrent use. A {@link #save} either stores the whole {@link StoredTokens} or
 * throws; it never leaves a half-written entry. The component ships {@link InMemoryTokenStore} and
 * {@link FileTokenStore}; an application may register any bean implementing this interface (a database table, a
 * vault) and name it in the {@code tokenStore} option.
 */
public interface TokenStore {

    /**
     * The tokens saved under {@code connectionId}, or empty when there are none.
     *
     * @throws TokenStoreException when the store cannot be read (never because the id is unknown)
     */
    Optional<StoredTokens> load(String connectionId);

    /**
     * Saves {@code tokens} under {@code connectionId}, replacing what was there.
     *
     * @throws TokenStoreException when the tokens could not be saved; the previous entry is then unchanged
     */
    void save(String connectionId, StoredTokens tokens);

    /**
     * Forgets the tokens of {@code connectionId}; does nothing when there are none.
     *
     * @throws TokenStoreException when the store cannot be changed
     */
    void delete(String connectionId);
}
