package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.camelcalendly.oauth.PendingAuthorization;
import io.github.camelcalendly.oauth.PendingAuthorizationCipher;
import io.github.camelcalendly.oauth.PendingAuthorizationStore;
import io.github.camelcalendly.oauth.PendingAuthorizationStoreException;

/**
 * A {@link PendingAuthorizationStore} in a table of a database that every instance of an application shares
 * (PostgreSQL, or H2): a sign-in started on one instance can come back to any other, and only one of them gets it.
 * <p>
 * The table ({@value #DEFAULT_TABLE_NAME} unless {@link #setTableName named otherwise}) is created from the shipped
 * script {@value #SCRIPT} on first use unless {@link #setCreateTable createTable} is false. A row holds no state and
 * no readable verifier: it is found by a one-way key of the state, and the verifier is sealed under a key derived from
 * the state (see {@link PendingAuthorizationCipher}), plus a secret {@link #setKey key} when one is given. Taking a
 * request deletes its row in the same transaction that reads it, and only the transaction whose delete removed the
 * row hands it out. Expired rows are deleted at most once a minute, when a request is remembered.
 */
public final class JdbcPendingAuthorizations implements PendingAuthorizationStore {

    /** The table's name unless set otherwise. */
    public static final String DEFAULT_TABLE_NAME = "calendly_pending_authorizations";
    /** The classpath location of the table's SQL script, written for {@value #DEFAULT_TABLE_NAME}. */
    public static final String SCRIPT = "io/github/camelcalendly/jdbc/calendly-pending-authorizations.sql";

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTable = true;
    private PendingAuthorizationCipher cipher = PendingAuthorizationCipher.withoutKey();
    private JdbcTable table;
    private Instant lastPurge;

    /** A store on {@code dataSource}, judging expiry by the system clock. */
    public JdbcPendingAuthorizations(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** A store on {@code dataSource}, judging expiry by {@code clock}. */
    public JdbcPendingAuthorizations(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The table's name, optionally schema-qualified; {@value #DEFAULT_TABLE_NAME} unless set. Set before first use. */
    public synchronized void setTableName(String tableName) {
        requireUnused("tableName");
        new JdbcTable(dataSource, tableName); // fails now, naming the option, when it is no plain identifier
        this.tableName = tableName;
    }

    public synchronized String getTableName() {
        return tableName;
    }

    /** Whether to create the table from {@value #SCRIPT} on first use if missing; true unless set. */
    public synchronized void setCreateTable(boolean createTable) {
        requireUnused("createTable");
        this.createTable = createTable;
    }

    public synchronized boolean isCreateTable() {
        return createTable;
    }

    /**
     * A secret key (at least 16 random bytes as Base64 text), mixed into the row keys and the sealing keys, so that a
     * database reader who sees a state in a browser or a log still cannot find or open its row. Every instance
     * sharing the table must be given the same key. Optional; set before first use.
     */
    public synchronized void setKey(String base64Key) {
        requireUnused("key");
        this.cipher = PendingAuthorizationCipher.withBase64Key(base64Key);
    }

    @Override
    public void remember(String state, String codeVerifier, String redirectUri, Instant expiresAt) {
        Objects.requireNonNull(state, "state");
        PendingAuthorization request = new PendingAuthorization(codeVerifier, redirectUri, expiresAt);
        JdbcTable t = table();
        String key = cipher.keyOf(state);
        String sealed = cipher.seal(state, request.codeVerifier(), request.redirectUri());
        try {
            t.inTransaction(connection -> {
                // a state remembered again replaces its request, as in memory
                delete(connection, t, key);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + t.name()
                        + " (state_key, sealed_verifier, redirect_uri, expires_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, sealed);
                    insert.setString(3, request.redirectUri());
                    insert.setLong(4, request.expiresAt().toEpochMilli());
                    insert.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw failed("remember a pending authorization in", e);
        }
        purgeExpiredNowAndThen();
    }

    @Override
    public Optional<PendingAuthorization> take(String state) {
        if (state == null) {
            return Optional.empty();
        }
        JdbcTable t = table();
        String key = cipher.keyOf(state);
        Row row;
        try {
            row = t.inTransaction(connection -> {
                Row found = select(connection, t, key);
                // of several instances taking the same row at once, only the one whose delete removed it wins
                return found != null && delete(connection, t, key) == 1 ? found : null;
            });
        } catch (SQLException e) {
            throw failed("take a pending authorization from", e);
        }
        if (row == null || row.expiresAt() <= clock.millis()) {
            return Optional.empty();
        }
        return Optional.of(new PendingAuthorization(cipher.open(state, row.sealedVerifier(), row.redirectUri()),
                row.redirectUri(), Instant.ofEpochMilli(row.expiresAt())));
    }

    /** Deletes the rows that have expired; returns how many. */
    public int purgeExpired() {
        JdbcTable t = table();
        try {
            return t.withConnection(connection -> {
                try (PreparedStatement purge = connection.prepareStatement("DELETE FROM " + t.name()
                        + " WHERE expires_at <= ?")) {
                    purge.setLong(1, clock.millis());
                    return purge.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failed("purge expired pending authorizations from", e);
        }
    }

    private void purgeExpiredNowAndThen() {
        Instant now = clock.instant();
        synchronized (this) {
            if (lastPurge != null && now.isBefore(lastPurge.plus(PURGE_EVERY))) {
                return;
            }
            lastPurge = now;
        }
        purgeExpired();
    }

    private record Row(String sealedVerifier, String redirectUri, long expiresAt) {
    }

    private static Row select(Connection connection, JdbcTable t, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT sealed_verifier, redirect_uri,"
                + " expires_at FROM " + t.name() + " WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new Row(rs.getString(1), rs.getString(2), rs.getLong(3)) : null;
            }
        }
    }

    private static int delete(Connection connection, JdbcTable t, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + t.name()
                + " WHERE state_key = ?")) {
            delete.setString(1, key);
            return delete.executeUpdate();
        }
    }

    /** The table, created on first use when createTable is on. */
    private synchronized JdbcTable table() {
        if (table == null) {
            JdbcTable created = new JdbcTable(dataSource, tableName);
            if (createTable) {
                try {
                    created.create(created.script(SCRIPT, DEFAULT_TABLE_NAME));
                } catch (SQLException e) {
                    throw failed("create the table", created, e);
                }
            }
            table = created;
        }
        return table;
    }

    private void requireUnused(String option) {
        if (table != null) {
            throw new IllegalStateException("Option " + option + " of " + this + " must be set before its first use");
        }
    }

    private PendingAuthorizationStoreException failed(String what, SQLException e) {
        return failed(what, table, e);
    }

    private static PendingAuthorizationStoreException failed(String what, JdbcTable t, SQLException e) {
        return new PendingAuthorizationStoreException("Could not " + what + " table " + t.name() + ": "
                + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
    }

    @Override
    public synchronized String toString() {
        return "JdbcPendingAuthorizations[" + tableName + "]";
    }
}
