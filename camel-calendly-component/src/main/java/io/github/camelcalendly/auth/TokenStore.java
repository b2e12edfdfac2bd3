package io.github.camelcalendly.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where an OAuth connection's tokens live, keyed by connection id. The component reads a connection's tokens before
 * its first call and whenever it needs a newer access token, and saves the rotated refresh token (with its new
 * access token) before using the new access token: a refresh token is single-use, so a store that loses a save loses
 * the user's session.
 *
 * <p>Implementations must be safe for concurrent use. A {@link #save} either stores the whole {@link StoredTokens} or
 * throws; it never leaves a half-written entry. The component ships {@link InMemoryTokenStore} and
 * {@link FileTokenStore}, and {@code io.github.camelcalendly.jdbc.JdbcTokenStore} for a table that several
 * instances of an application share; an application may register any bean implementing this interface (a vault, a
 * table of its own) and name it in the {@code tokenStore} option.
 *
 * <p>Refreshes go through {@link #rotate}: a store that several processes share overrides it so that one process at a
 * time rotates a connection's tokens, the others waiting and then reading the rotated tokens.
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

    /**
     * Rotates the tokens of {@code connectionId}: reads them, lets {@code rotation} compute the next ones (typically
     * by redeeming the refresh token at Calendly), and saves its answer when it differs from what was read. The
     * answer is saved before this method returns, so the caller may use the new access token as soon as it has it.
     *
     * <p>This default reads, applies and saves without a lock of its own: it suits stores used by one process, whose
     * callers already take turns per connection. A store that several processes share must override it so that
     * rotations of one connection take turns across processes (each rotation sees the tokens the previous one
     * saved), and so that the save fails rather than overwrite tokens another process saved in between.
     *
     * @param connectionId  the connection whose tokens rotate
     * @param timeoutMillis the longest this call may wait for its turn; 0 for no limit
     * @param rotation      given the stored tokens (null when there are none), returns the tokens to keep: the same
     *                      tokens to change nothing, or new ones to save. It may throw to abandon the rotation, which
     *                      then changes nothing; the exception reaches the caller as it is
     * @return what {@code rotation} returned
     * @throws TokenStoreException when the tokens could not be read, the turn did not come within the timeout, or the
     *                             new tokens could not be saved (they must then not be used)
     */
    default StoredTokens rotate(String connectionId, long timeoutMillis, UnaryOperator<StoredTokens> rotation) {
        Objects.requireNonNull(rotation, "rotation");
        StoredTokens current = load(connectionId).orElse(null);
        StoredTokens next = rotation.apply(current);
        if (next != null && !next.equals(current)) {
            save(connectionId, next);
        }
        return next;
    }
}
