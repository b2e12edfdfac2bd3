package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The databases the JDBC token store tests run on, and plain JDBC to look at them as an operator would. */
final class TokenTableDatabase {

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    private TokenTableDatabase() {
    }

    /** A fresh PostgreSQL database on the shared test server. */
    static DataSource postgres() {
        return TestPostgres.newDatabase().dataSource();
    }

    /** A fresh in-memory H2 database, kept until the JVM ends. */
    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:calendly_tokens_" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** Runs {@code sql} in auto-commit mode. */
    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Every column of every row of {@code table}, as one text. */
    static String dump(DataSource dataSource, String table) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    text.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The value of {@code column} in the row of {@code connectionId}. */
    static String column(DataSource dataSource, String table, String column, String connectionId)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
             var s = c.prepareStatement("SELECT " + column + " FROM " + table + " WHERE connection_id = ?")) {
            s.setString(1, connectionId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + connectionId + " in " + table);
                }
                return rs.getString(1);
            }
        }
    }
}
