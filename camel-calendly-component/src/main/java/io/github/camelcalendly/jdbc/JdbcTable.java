package io.github.camelcalendly.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * One table of a JDBC-backed store that several instances of an application share: its validated name, its schema
 * (created from the store's documented SQL script when the store is told to), and the transactions the store runs on
 * it. Written for PostgreSQL and H2 (used in PostgreSQL mode or not); the SQL it runs is plain SQL both accept.
 */
public final class JdbcTable {

    /** SQLSTATE of a unique or primary key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATEs of an object or table created by another transaction since this one looked. */
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_TABLE = "42P07";
    private static final int CREATE_ATTEMPTS = 3;
    /** SQLSTATE PostgreSQL reports when lock_timeout ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** SQLSTATE of a statement cancelled by its query timeout (PostgreSQL). */
    private static final String QUERY_CANCELED = "57014";
    /** SQLSTATE H2 reports when its lock timeout ran out (error code 50200). */
    private static final String H2_LOCK_TIMEOUT = "HYT00";

    /** A table name, optionally schema-qualified: letters, digits and underscores, not starting with a digit. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_]{0,62}\\.)?[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** Work done with one JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final String name;

    /**
     * @param dataSource where the table lives
     * @param name       the table's name, optionally schema-qualified ({@code calendly.tokens})
     * @throws IllegalArgumentException when the name is not a plain SQL identifier (it is put into SQL text)
     */
    public JdbcTable(DataSource dataSource, String name) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.name = checkName(name);
    }

    /**
     * {@code name} when it is a plain SQL identifier, optionally schema-qualified.
     *
     * @throws IllegalArgumentException naming the value otherwise (a table name is put into SQL text)
     */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The table name '" + name + "' is not a plain SQL identifier: use"
                                               + " letters, digits and underscores (at most 63), optionally after a"
                                               + " schema name and a dot");
        }
        return name;
    }

    /** The table's name as given. */
    public String name() {
        return name;
    }

    /**
     * Reads a store's SQL script from the classpath with its default table name replaced by this table's name.
     *
     * @param resource    the script's classpath location
     * @param defaultName the table name the script is written with
     */
    public String script(String resource, String defaultName) {
        try (InputStream in = JdbcTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The SQL script " + resource + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace(defaultName, name);
        } catch (IOException e) {
            throw new IllegalStateException("The SQL script " + resource + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the statements of a schema script ({@code CREATE TABLE IF NOT EXISTS ...}, separated by semicolons at the
     * end of a line) in one transaction. Another instance creating the same objects at the same moment is not an
     * error: PostgreSQL then reports a duplicate (a unique violation of its catalog, or an object that already
     * exists), and the script runs again, finding the other instance's objects in place.
     */
    public void create(String script) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                runScript(script);
                return;
            } catch (SQLException e) {
                if (attempt == CREATE_ATTEMPTS || !isConcurrentCreation(e)) {
                    throw e;
                }
            }
        }
    }

    private void runScript(String script) throws SQLException {
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.split(";\\s*(\\r?\\n|$)")) {
                    String trimmed = stripComments(sql);
                    if (!trimmed.isBlank()) {
                        statement.execute(trimmed);
                    }
                }
            }
            return null;
        });
    }

    private static boolean isConcurrentCreation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (UNIQUE_VIOLATION.equals(state) || DUPLICATE_OBJECT.equals(state) || DUPLICATE_TABLE.equals(state)) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} in a transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        }
    }

    /**
     * Runs {@code work} in a transaction whose waits for row locks ({@code SELECT ... FOR UPDATE}) last at most
     * {@code lockTimeoutMillis}: PostgreSQL's {@code lock_timeout} for this transaction only, H2's
     * {@code LOCK_TIMEOUT} of the session (it stays set on that connection); another database keeps its own setting.
     * A wait that runs out fails with an {@link SQLException} that {@link #isLockTimeout} recognizes.
     *
     * @param lockTimeoutMillis the longest wait for a lock; 0 for the database's own setting
     */
    public <T> T inTransaction(long lockTimeoutMillis, SqlWork<T> work) throws SQLException {
        if (lockTimeoutMillis < 0) {
            throw new IllegalArgumentException("A lock timeout must be 0 or more milliseconds, got "
                                               + lockTimeoutMillis);
        }
        return inTransaction(connection -> {
            if (lockTimeoutMillis > 0) {
                limitLockWaits(connection, lockTimeoutMillis);
            }
            return work.run(connection);
        });
    }

    /**
     * Whether {@code e} reports a wait for a lock that ran out (see {@link #inTransaction(long, SqlWork)}), rather
     * than another failure.
     */
    public static boolean isLockTimeout(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (LOCK_NOT_AVAILABLE.equals(state) || QUERY_CANCELED.equals(state) || H2_LOCK_TIMEOUT.equals(state)
                || next instanceof java.sql.SQLTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code e} without what its message says after the first line, with the same SQLSTATE, vendor code and stack
     * trace: drivers put details there (PostgreSQL's "Detail: Failing row contains (...)") that may quote a row's
     * values, which a store of secrets must not pass on.
     */
    public static SQLException withoutDetail(SQLException e) {
        String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getName());
        int end = message.indexOf('\n');
        SQLException cut = new SQLException((end < 0 ? message : message.substring(0, end)).strip(), e.getSQLState(),
                e.getErrorCode());
        cut.setStackTrace(e.getStackTrace());
        return cut;
    }

    private static void limitLockWaits(Connection connection, long millis) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        try (Statement statement = connection.createStatement()) {
            if ("PostgreSQL".equalsIgnoreCase(product)) {
                statement.execute("SET LOCAL lock_timeout = '" + millis + "ms'");
            } else if ("H2".equalsIgnoreCase(product)) {
                statement.execute("SET LOCK_TIMEOUT " + Math.min(millis, Integer.MAX_VALUE));
            }
        }
    }

    /** Runs {@code work} with a connection in auto-commit mode: each statement is its own transaction. */
    public <T> T withConnection(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
    }

    /** Whether {@code e}, or an exception it chains to, reports a unique or primary key violation. */
    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String stripComments(String sql) {
        StringBuilder kept = new StringBuilder();
        for (String line : sql.split("\\r?\\n")) {
            if (!line.strip().startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().strip();
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit) throws SQLException {
        if (connection.getAutoCommit() != autoCommit) {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public String toString() {
        return "JdbcTable[" + name + "]";
    }
}
