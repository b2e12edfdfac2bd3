package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import io.github.camelcalendly.client.RateAnswer;
import io.github.camelcalendly.client.RateClaim;
import io.github.camelcalendly.client.RateWindowException;
import io.github.camelcalendly.client.RateWindowState;
import io.github.camelcalendly.client.SharedRateWindow;

/**
 * A {@link SharedRateWindow} in a database table that every instance of the application reaches (PostgreSQL, or
 * H2): one row per connection, created by the shipped script {@value #SCRIPT}. A claim and a report each run in one
 * transaction that locks the connection's row ({@code SELECT ... FOR UPDATE}), applies the rules of
 * {@link RateWindowState} and writes the row back, so no two instances ever take the same permit. The windows are on
 * the instances' clocks (milliseconds since the epoch), which should agree to well under a second (NTP).
 */
public final class JdbcRateWindow implements SharedRateWindow {

    /** The table's name unless another is given. */
    public static final String DEFAULT_TABLE = "calendly_rate_window";
    /** The table's schema script on the classpath. */
    public static final String SCRIPT = "io/github/camelcalendly/jdbc/calendly-rate-window.sql";

    private static final String COLUMNS = "window_number, request_limit, used, ends_at_millis, end_assumed,"
            + " length_millis";
    /** A first claim of two instances at once: the one whose insert lost claims again, in the row now there. */
    private static final int ATTEMPTS = 3;

    private final JdbcTable table;
    private final LongSupplier clockMillis;
    private final String select;
    private final String insert;
    private final String update;

    /** The windows in {@value #DEFAULT_TABLE}, which must exist. */
    public JdbcRateWindow(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, false);
    }

    /**
     * @param dataSource  where the table lives
     * @param tableName   the table's name, optionally schema-qualified
     * @param createTable whether to create the table from {@value #SCRIPT} when it does not exist
     * @throws RateWindowException when the table could not be created
     */
    public JdbcRateWindow(DataSource dataSource, String tableName, boolean createTable) {
        this(dataSource, tableName, createTable, System::currentTimeMillis);
    }

    /** As above, on {@code clockMillis}. */
    public JdbcRateWindow(DataSource dataSource, String tableName, boolean createTable, LongSupplier clockMillis) {
        this.table = new JdbcTable(dataSource, tableName);
        this.clockMillis = clockMillis;
        String name = table.name();
        this.select = "SELECT " + COLUMNS + " FROM " + name + " WHERE window_key = ? FOR UPDATE";
        this.insert = "INSERT INTO " + name + " (window_key, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
        this.update = "UPDATE " + name + " SET window_number = ?, request_limit = ?, used = ?, ends_at_millis = ?,"
                + " end_assumed = ?, length_millis = ? WHERE window_key = ?";
        if (createTable) {
            try {
                table.create(table.script(SCRIPT, DEFAULT_TABLE));
            } catch (SQLException e) {
                throw failed("could not be created", e);
            }
        }
    }

    @Override
    public RateClaim claim(String key) {
        for (int attempt = 1; ; attempt++) {
            try {
                return table.inTransaction(connection -> claim(connection, key));
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !JdbcTable.isUniqueViolation(e)) {
                    throw failed("could not grant a permit", e);
                }
            }
        }
    }

    private RateClaim claim(Connection connection, String key) throws SQLException {
        long now = clockMillis.getAsLong();
        RateWindowState state = read(connection, key);
        if (state == null) {
            RateWindowState first = RateWindowState.firstClaim(now);
            insert(connection, key, first);
            return RateClaim.granted(first.window());
        }
        RateWindowState.Claimed claimed = state.claim(now);
        if (!claimed.state().equals(state)) {
            update(connection, key, claimed.state());
        }
        return claimed.claim();
    }

    @Override
    public void answered(String key, long window, RateAnswer answer) {
        try {
            table.inTransaction(connection -> {
                RateWindowState state = read(connection, key);
                if (state != null) {
                    RateWindowState learned = state.learn(window, answer, clockMillis.getAsLong());
                    if (!learned.equals(state)) {
                        update(connection, key, learned);
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw failed("could not take an answer's rate-limit headers", e);
        }
    }

    private RateWindowState read(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new RateWindowState(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getBoolean(5), row.getLong(6));
            }
        }
    }

    private void insert(Connection connection, String key, RateWindowState state) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, key);
            bind(statement, 2, state);
            statement.executeUpdate();
        }
    }

    private void update(Connection connection, String key, RateWindowState state) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            bind(statement, 1, state);
            statement.setString(7, key);
            statement.executeUpdate();
        }
    }

    /** Sets the state's six columns from parameter {@code first} on, in the order of {@link #COLUMNS}. */
    private static void bind(PreparedStatement statement, int first, RateWindowState state) throws SQLException {
        statement.setLong(first, state.window());
        statement.setLong(first + 1, state.limit());
        statement.setLong(first + 2, state.used());
        statement.setLong(first + 3, state.endsAtMillis());
        statement.setBoolean(first + 4, state.assumed());
        statement.setLong(first + 5, state.lengthMillis());
    }

    private RateWindowException failed(String what, SQLException e) {
        return new RateWindowException("The shared rate window table " + table.name() + " " + what + ": "
                + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "JdbcRateWindow[" + table.name() + "]";
    }
}
