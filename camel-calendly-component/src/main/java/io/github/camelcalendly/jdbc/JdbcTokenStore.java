package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenEncryption;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.auth.TokenStoreException;

/**
 * Keeps each OAuth connection's tokens in a row of a database table that every instance of an application shares,
 * so that several instances (pods) can run the same routes for the same Calendly users. Written for PostgreSQL (in
 * production) and H2 (a single node), in plain JDBC.
 *
 * <h2>Options</h2> Set them through the constructors or as bean properties (Camel Main's {@code camel.beans.*}, a
 * Spring bean), before the store's first use:
 * <ul>
 * <li>{@code dataSource} (required): the database, typically the application's connection pool.</li>
 * <li>{@code tableName} (default {@value #DEFAULT_TABLE}): the table, optionally schema-qualified; letters, digits and
 * underscores only, anything else is refused naming the value.</li>
 * <li>{@code createTable} (default true): the store runs its SQL script {@value #SCRIPT} (a
 * {@code CREATE TABLE IF NOT EXISTS}) at its first use; several instances doing so at once is fine. Set false when the
 * database user may not create tables and you ran that script (with your table name) yourself.</li>
 * <li>{@code key} (default none): a 16-, 24- or 32-byte AES key as Base64 text (such as {@code openssl rand -base64
 * 32}); the tokens are then sealed with AES-GCM as {@link io.github.camelcalendly.auth.FileTokenStore} seals them,
 * bound to their connection id, so the table holds no readable token. A store with a key reads only encrypted rows,
 * one without reads only plain rows, and a row sealed under another key is reported as such. A lost key means the
 * users must authorize the app again.</li>
 * </ul>
 *
 * <h2>Rotation</h2> Calendly's refresh tokens are single-use and rotate: redeeming one returns the next and retires it
 * at once, and redeeming it again fails with {@code invalid_grant}, which loses the connection. So {@link #rotate}
 * locks the connection's row ({@code SELECT ... FOR UPDATE}) in one transaction, lets the caller redeem the refresh
 * token it read there, saves the answer, and commits; an instance that wants to refresh the same connection meanwhile
 * waits for the lock (at most its call timeout, then fails naming the connection) and then reads the new tokens, so it
 * uses them without a token request of its own. The save inside a rotation is a compare-and-set on the refresh token
 * that was read (its SHA-256 is a column, so this works with encryption): it fails with a
 * {@link TokenStoreException} rather than overwrite tokens saved in between. {@link #compareAndSave} offers the same
 * check alone. If an instance dies while it holds the lock, the database ends its session and releases the lock, and
 * the next instance refreshes with the refresh token still in the row.
 *
 * <p>{@link #save} replaces a row (or inserts it), {@link #delete} removes it. No message, log line or
 * {@link #toString()} holds a token or the key. Safe for concurrent use.
 */
public final class JdbcTokenStore implements TokenStore {

    /** The table name used unless {@code tableName} is set. */
    public static final String DEFAULT_TABLE = "calendly_tokens";
    /** The classpath location of the table's SQL script. */
    public static final String SCRIPT = "io/github/camelcalendly/jdbc/calendly-token-store.sql";

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private boolean createTable = true;
    private TokenEncryption encryption;
    private volatile Ready ready;

    /** The table and codec once the store is in use. */
    private record Ready(JdbcTable table, TokenRowCodec codec, TokenRowStatements sql) {
    }

    /** A store to configure through its bean properties ({@code dataSource} at least). */
    public JdbcTokenStore() {
    }

    /**
     * A store of plain tokens in table {@value #DEFAULT_TABLE} of {@code dataSource}, created at the first use.
     *
     * @param dataSource the database
     */
    public JdbcTokenStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * A store of plain tokens in {@code tableName} of {@code dataSource}, created at the first use.
     *
     * @throws IllegalArgumentException when the table name is not a plain SQL identifier
     */
    public JdbcTokenStore(DataSource dataSource, String tableName) {
        this(dataSource);
        setTableName(tableName);
    }

    /**
     * A store in table {@value #DEFAULT_TABLE} of {@code dataSource} whose tokens are encrypted under the key written
     * as Base64 text.
     *
     * @throws IllegalArgumentException when the text is not Base64 or the key has another length; never quotes it
     */
    public static JdbcTokenStore encrypted(DataSource dataSource, String base64Key) {
        JdbcTokenStore store = new JdbcTokenStore(dataSource);
        store.setKey(base64Key);
        return store;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public void setDataSource(DataSource dataSource) {
        configurable();
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public String getTableName() {
        return tableName;
    }

    /** @throws IllegalArgumentException when the name is not a plain SQL identifier (the message names it) */
    public void setTableName(String tableName) {
        configurable();
        JdbcTable.checkName(tableName);
        this.tableName = tableName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    public void setCreateTable(boolean createTable) {
        configurable();
        this.createTable = createTable;
    }

    /**
     * Encrypts the tokens under the key written as Base64 text (16, 24 or 32 bytes); null or blank for none.
     *
     * @throws IllegalArgumentException when the text is not Base64 or the key has another length; never quotes it
     */
    public void setKey(String base64Key) {
        configurable();
        this.encryption = base64Key == null || base64Key.isBlank() ? null : TokenEncryption.withBase64Key(base64Key);
    }

    /** Whether the tokens are encrypted. */
    public boolean isEncrypted() {
        return encryption != null;
    }

    /**
     * Makes the store ready now rather than at its first use: checks the options and, with {@code createTable},
     * creates the table when it does not exist.
     *
     * @throws TokenStoreException when the table could not be created
     */
    public void start() {
        ready();
    }

    @Override
    public Optional<StoredTokens> load(String connectionId) {
        Objects.requireNonNull(connectionId, "connectionId");
        Ready r = ready();
        try {
            return Optional.ofNullable(r.table().withConnection(c -> r.sql().select(c, connectionId, false)))
                    .map(row -> r.codec().decode(connectionId, row));
        } catch (SQLException e) {
            throw failure("read", connectionId, e);
        }
    }

    @Override
    public void save(String connectionId, StoredTokens tokens) {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(tokens, "tokens");
        Ready r = ready();
        TokenRowCodec.Row row = r.codec().encode(connectionId, tokens);
        try {
            r.table().withConnection(c -> {
                if (r.sql().update(c, connectionId, row, false, null) == 0 && !r.sql().insert(c, connectionId, row)) {
                    r.sql().update(c, connectionId, row, false, null); // inserted by another instance meanwhile
                }
                return null;
            });
        } catch (SQLException e) {
            throw failure("save", connectionId, e);
        }
    }

    /**
     * Saves {@code tokens} only while the row of {@code connectionId} still holds {@code rotatedRefreshToken}: the
     * save of a rotation, which must not overwrite the tokens of a rotation saved in between.
     *
     * @param rotatedRefreshToken the refresh token that was redeemed for {@code tokens}, or null when the stored
     *                            tokens had none
     * @throws TokenStoreException when the row holds another refresh token, or no longer exists; nothing is changed
     */
    public void compareAndSave(String connectionId, String rotatedRefreshToken, StoredTokens tokens) {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(tokens, "tokens");
        Ready r = ready();
        TokenRowCodec.Row row = r.codec().encode(connectionId, tokens);
        try {
            r.table().withConnection(c -> {
                replace(r, c, connectionId, row, rotatedRefreshToken);
                return null;
            });
        } catch (SQLException e) {
            throw failure("save", connectionId, e);
        }
    }

    @Override
    public void delete(String connectionId) {
        Objects.requireNonNull(connectionId, "connectionId");
        Ready r = ready();
        try {
            r.table().withConnection(c -> r.sql().delete(c, connectionId));
        } catch (SQLException e) {
            throw failure("delete", connectionId, e);
        }
    }

    /**
     * Rotates the tokens of {@code connectionId} under the lock of its row, in one transaction: reads the row
     * ({@code SELECT ... FOR UPDATE}, waiting at most {@code timeoutMillis} for an instance that holds it), applies
     * {@code rotation}, saves its answer when it differs (a compare-and-set on the refresh token read), and commits
     * before returning. Another instance rotating the same connection waits, then sees the saved tokens. When the
     * connection has no row yet, nothing is locked and the answer is inserted (failing if another instance inserted
     * one meanwhile).
     *
     * @throws TokenStoreException when the lock did not come within {@code timeoutMillis} (the message names the
     *                             connection), or the row could not be read or saved; nothing is changed then
     */
    @Override
    public StoredTokens rotate(String connectionId, long timeoutMillis, UnaryOperator<StoredTokens> rotation) {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(rotation, "rotation");
        Ready r = ready();
        try {
            return r.table().inTransaction(timeoutMillis, c -> {
                TokenRowCodec.Row row = r.sql().select(c, connectionId, true);
                StoredTokens current = row == null ? null : r.codec().decode(connectionId, row);
                StoredTokens next = rotation.apply(current);
                if (next != null && !next.equals(current)) {
                    TokenRowCodec.Row nextRow = r.codec().encode(connectionId, next);
                    if (row == null) {
                        if (!r.sql().insert(c, connectionId, nextRow)) {
                            throw new TokenStoreException("The tokens of connection '" + connectionId + "' were not"
                                    + " saved: another instance saved tokens for it meanwhile (table "
                                    + r.table().name() + ")");
                        }
                    } else {
                        replace(r, c, connectionId, nextRow, current.refreshToken());
                    }
                }
                return next;
            });
        } catch (SQLException e) {
            if (JdbcTable.isLockTimeout(e)) {
                throw new TokenStoreException("The tokens of connection '" + connectionId + "' stayed locked by"
                        + " another instance's refresh for longer than " + timeoutMillis + " ms (table "
                        + r.table().name() + "); the call gave up without refreshing", JdbcTable.withoutDetail(e));
            }
            throw failure("rotate", connectionId, e);
        }
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[table=" + tableName + ", encrypted=" + isEncrypted() + "]";
    }

    private static void replace(Ready r, Connection c, String connectionId, TokenRowCodec.Row row,
            String rotatedRefreshToken) throws SQLException {
        if (r.sql().update(c, connectionId, row, true, TokenRowCodec.sha256(rotatedRefreshToken)) == 0) {
            throw new TokenStoreException("The tokens of connection '" + connectionId + "' were not saved: the"
                    + " table " + r.table().name() + " no longer holds the refresh token they replace (another"
                    + " instance rotated or deleted them meanwhile), and newer tokens are never overwritten");
        }
    }

    /** The driver's message is cut to its first line: a detail line may quote the row, and so a token. */
    private TokenStoreException failure(String what, String connectionId, SQLException e) {
        SQLException cause = JdbcTable.withoutDetail(e);
        return new TokenStoreException("Could not " + what + " the tokens of connection '" + connectionId
                                       + "' in table " + tableName + ": " + cause.getMessage(), cause);
    }

    private void configurable() {
        if (ready != null) {
            throw new IllegalStateException(this + " is in use already: set its options before its first use");
        }
    }

    private Ready ready() {
        Ready r = ready;
        if (r != null) {
            return r;
        }
        synchronized (this) {
            if (ready == null) {
                if (dataSource == null) {
                    throw new IllegalStateException("JdbcTokenStore needs a dataSource: set it before its first use");
                }
                JdbcTable table = new JdbcTable(dataSource, tableName);
                if (createTable) {
                    try {
                        table.create(table.script(SCRIPT, DEFAULT_TABLE));
                    } catch (SQLException e) {
                        throw new TokenStoreException("Could not create the token table " + tableName + " from "
                                                      + SCRIPT + ": " + e.getMessage(), e);
                    }
                }
                ready = new Ready(table, new TokenRowCodec(encryption, tableName), new TokenRowStatements(tableName));
            }
            return ready;
        }
    }
}
