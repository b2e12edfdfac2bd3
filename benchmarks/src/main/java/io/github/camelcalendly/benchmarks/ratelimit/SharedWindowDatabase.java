package io.github.camelcalendly.benchmarks.ratelimit;

import java.io.IOException;

import javax.sql.DataSource;

import io.github.camelcalendly.client.SharedRateWindow;
import io.github.camelcalendly.jdbc.JdbcRateWindow;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server, started from the binaries Maven brings, holding the rate window the contexts of a run
 * share: each context gets a {@link JdbcRateWindow} of its own on the one table, as instances of an application
 * would. Each run starts on a table of its own, so no window carries over from the run before.
 */
final class SharedWindowDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final DataSource dataSource;
    private int runs;

    SharedWindowDatabase() throws IOException {
        this.server = EmbeddedPostgres.builder().start();
        this.dataSource = server.getPostgresDatabase();
    }

    /** The name of a new table for the next run. */
    String nextTable() {
        runs++;
        return "calendly_rate_window_run" + runs;
    }

    /** One context's store on {@code table}, created when it does not exist yet. */
    SharedRateWindow store(String table) {
        return new JdbcRateWindow(dataSource, table, true);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
