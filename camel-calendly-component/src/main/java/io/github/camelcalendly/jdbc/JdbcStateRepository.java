package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} kept in a database table, so that every instance of an application reads and
 * writes the same state: the watermarks of {@code calendly:<resource>?op=list} polling consumers when the route runs
 * on several instances, one of them polling at a time (see camel-master).
 * <p>
 * One row per key in {@link #getTableName() tableName} ({@value #DEFAULT_TABLE_NAME} by default), with the columns
 * of the shipped script {@value #SCRIPT}. When started it creates that table if missing ({@code createTable=true},
 * the default), or checks that the table exists ({@code createTable=false}, for databases whose schema is managed by
 * hand or by a migration tool that ran the script). Each {@link #setState} is committed before it returns (the last
 * writer wins; two instances storing the same new key at once do not fail); each {@link #getState} reads what
 * was last committed. Plain SQL that PostgreSQL and H2 both run.
 * <p>
 * Configure it as a bean: {@code dataSource} (required), {@code tableName}, {@code createTable}.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The table's name unless one is set. */
    public static final String DEFAULT_TABLE_NAME = "calendly_poll_state";
    /** The classpath location of the table's SQL script, written with {@link #DEFAULT_TABLE_NAME}. */
    public static final String SCRIPT = "io/github/camelcalendly/jdbc/calendly-poll-state.sql";
    /** The longest key the table holds (the {@code state_key} column). */
    public static final int MAX_KEY_LENGTH = 255;

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTable = true;
    private volatile JdbcTable table;
    private volatile StateStatements sql;

    /** A repository configured through its setters (as a bean in Spring, YAML or a registry). */
    public JdbcStateRepository() {
    }

    /** A repository in the default table of {@code dataSource}. */
    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A repository in table {@code tableName} of {@code dataSource}. */
    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.dataSource = dataSource;
        this.tableName = tableName;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** Where the table lives; required. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /**
     * The table's name, optionally schema-qualified ({@code calendly.poll_state}): letters, digits and underscores
     * only, since it is put into SQL text.
     */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /**
     * Whether starting the repository creates its table when missing (true, the default), or only checks that it
     * exists (false: the script {@value #SCRIPT} was run beforehand).
     */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    @Override
    protected void doInit() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("A JdbcStateRepository needs a dataSource: the database its table "
                                               + tableName + " lives in");
        }
        JdbcTable named = new JdbcTable(dataSource, tableName);
        sql = new StateStatements(named.name());
        table = named;
    }

    @Override
    protected void doStart() throws Exception {
        JdbcTable started = table;
        if (createTable) {
            started.create(started.script(SCRIPT, DEFAULT_TABLE_NAME));
        } else {
            checkTableExists(started);
        }
    }

    private void checkTableExists(JdbcTable started) {
        try {
            started.withConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql.probe());
                     ResultSet ignored = statement.executeQuery()) {
                    return null;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("The polling state table " + tableName + " is missing or lacks the"
                                             + " columns state_key and state_value (" + e.getMessage() + "): run "
                                             + SCRIPT + " with that table name, or set createTable=true", e);
        }
    }

    /** The state stored under {@code key}, or null when none is. */
    @Override
    public String getState(String key) {
        checkKey(key);
        try {
            return started().withConnection(connection -> read(connection, key));
        } catch (SQLException e) {
            throw new RuntimeCamelException("Could not read the state under '" + key + "' from table " + tableName
                                            + ": " + e.getMessage(), e);
        }
    }

    /** Stores {@code value} under {@code key}, replacing what was there; committed when this returns. */
    @Override
    public void setState(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new IllegalArgumentException("The state to store under '" + key + "' is null: a"
                                               + " JdbcStateRepository stores text");
        }
        JdbcTable started = started();
        try {
            try {
                started.inTransaction(connection -> write(connection, key, value));
            } catch (SQLException e) {
                if (!JdbcTable.isUniqueViolation(e)) {
                    throw e;
                }
                // another instance inserted the key between our update and insert: now the update finds it
                started.inTransaction(connection -> write(connection, key, value));
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Could not store the state under '" + key + "' in table " + tableName
                                            + ": " + e.getMessage(), e);
        }
    }

    private String read(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.select())) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Updates the key's row, else inserts it; run in one transaction, committed when the caller returns. */
    private Void write(Connection connection, String key, String value) throws SQLException {
        if (!update(connection, key, value)) {
            try (PreparedStatement insert = connection.prepareStatement(sql.insert())) {
                insert.setString(1, key);
                insert.setString(2, value);
                insert.executeUpdate();
            }
        }
        return null;
    }

    private boolean update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql.update())) {
            update.setString(1, value);
            update.setString(2, key);
            return update.executeUpdate() > 0;
        }
    }

    private JdbcTable started() {
        JdbcTable known = table;
        if (known == null || !isStarted()) {
            throw new IllegalStateException("The JdbcStateRepository on table " + tableName + " is not started:"
                                            + " start it (a polling route starts the repository it uses)");
        }
        return known;
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("A state key must not be empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("The state key '" + key + "' is longer than the " + MAX_KEY_LENGTH
                                               + " characters the state table holds");
        }
    }

    @Override
    public String toString() {
        return "JdbcStateRepository[" + tableName + "]";
    }
}
