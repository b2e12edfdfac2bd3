package io.github.camelcalendly.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a {@link JdbcStateRepository} does on a database: each subclass runs it on one (a real PostgreSQL, H2), an
 * empty database per test.
 */
abstract class JdbcStateRepositoryContract {

    private final List<JdbcStateRepository> started = new ArrayList<>();

    /** A new, empty database. */
    protected abstract DataSource newDatabase();

    @AfterEach
    void stopRepositories() {
        started.forEach(ServiceHelper::stopService);
    }

    @Test
    void aKeyNeverStoredHasNoState() {
        JdbcStateRepository repository = start(new JdbcStateRepository(newDatabase()));

        assertThat(repository.getState("calendly:eventTypes/list:0001")).isNull();
    }

    @Test
    void storedStateIsReadBack() {
        JdbcStateRepository repository = start(new JdbcStateRepository(newDatabase()));

        repository.setState("calendly:eventTypes/list:0001", "{\"at\":\"2026-05-01T09:00:00Z\"}");

        assertThat(repository.getState("calendly:eventTypes/list:0001")).isEqualTo("{\"at\":\"2026-05-01T09:00:00Z\"}");
    }

    @Test
    void storingAgainReplacesTheStateOfThatKeyOnly() {
        JdbcStateRepository repository = start(new JdbcStateRepository(newDatabase()));
        repository.setState("first", "one");
        repository.setState("second", "two");

        repository.setState("first", "three");

        assertThat(repository.getState("first")).isEqualTo("three");
        assertThat(repository.getState("second")).isEqualTo("two");
        assertThat(rowCount(repository.getDataSource(), JdbcStateRepository.DEFAULT_TABLE_NAME)).isEqualTo(2);
    }

    @Test
    void twoRepositoriesOnOneTableSeeEachOthersState() {
        DataSource database = newDatabase();
        JdbcStateRepository first = start(new JdbcStateRepository(database));
        JdbcStateRepository second = start(new JdbcStateRepository(database));

        first.setState("watermark", "from the first instance");
        assertThat(second.getState("watermark")).isEqualTo("from the first instance");

        second.setState("watermark", "from the second instance");
        assertThat(first.getState("watermark")).isEqualTo("from the second instance");
    }

    @Test
    void instancesStoringTheSameNewKeyAtOnceAllSucceedAndOneValueIsKept() throws Exception {
        DataSource database = newDatabase();
        int instances = 6;
        List<JdbcStateRepository> repositories = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            repositories.add(start(new JdbcStateRepository(database)));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Object>> writes = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                JdbcStateRepository repository = repositories.get(i);
                String value = "instance " + i;
                Callable<Object> write = () -> {
                    go.await();
                    repository.setState("contended", value);
                    return null;
                };
                writes.add(threads.submit(write));
            }
            go.countDown();
            for (Future<Object> write : writes) {
                write.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(repositories.get(0).getState("contended")).startsWith("instance ");
        assertThat(rowCount(database, JdbcStateRepository.DEFAULT_TABLE_NAME)).isEqualTo(1);
    }

    @Test
    void startingCreatesTheTableOfTheShippedScript() throws SQLException {
        DataSource database = newDatabase();

        start(new JdbcStateRepository(database));

        assertThat(columnsOf(database, JdbcStateRepository.DEFAULT_TABLE_NAME))
                .containsExactly("state_key", "state_value", "updated_at");
    }

    @Test
    void withCreateTableOffItUsesTheTableTheDocumentedScriptMade() throws Exception {
        DataSource database = newDatabase();
        runDocumentedScript(database);
        JdbcStateRepository repository = new JdbcStateRepository(database);
        repository.setCreateTable(false);
        start(repository);

        repository.setState("watermark", "kept");

        assertThat(repository.getState("watermark")).isEqualTo("kept");
    }

    @Test
    void withCreateTableOffAMissingTableStopsTheStartNamingTheScript() {
        JdbcStateRepository repository = new JdbcStateRepository(newDatabase(), "poll_state");
        repository.setCreateTable(false);

        assertThatThrownBy(() -> ServiceHelper.startService(repository))
                .hasMessageContaining("poll_state")
                .hasMessageContaining(JdbcStateRepository.SCRIPT)
                .hasMessageContaining("createTable=true");
    }

    @Test
    void anotherTableNameKeepsTheStateThere() {
        DataSource database = newDatabase();
        JdbcStateRepository repository = start(new JdbcStateRepository(database, "orders_poll_state"));

        repository.setState("watermark", "kept");

        assertThat(rowCount(database, "orders_poll_state")).isEqualTo(1);
        assertThat(tableExists(database, JdbcStateRepository.DEFAULT_TABLE_NAME)).isFalse();
    }

    @Test
    void aTableNameThatIsNotAPlainIdentifierIsRefused() {
        DataSource database = newDatabase();
        JdbcStateRepository repository = new JdbcStateRepository(database, "poll_state; DROP TABLE users");

        assertThatThrownBy(() -> ServiceHelper.startService(repository))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'poll_state; DROP TABLE users' is not a plain SQL identifier");
        assertThat(tableExists(database, "poll_state")).isFalse();
    }

    @Test
    void withoutADataSourceTheStartSaysSo() {
        JdbcStateRepository repository = new JdbcStateRepository();

        assertThatThrownBy(() -> ServiceHelper.startService(repository))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a dataSource");
    }

    @Test
    void aRepositoryNotStartedRefusesToReadOrWrite() {
        JdbcStateRepository repository = new JdbcStateRepository(newDatabase());

        assertThatThrownBy(() -> repository.getState("watermark")).hasMessageContaining("is not started");
        assertThatThrownBy(() -> repository.setState("watermark", "x")).hasMessageContaining("is not started");
    }

    @Test
    void aKeyLongerThanTheColumnOrANullStateIsRefused() {
        JdbcStateRepository repository = start(new JdbcStateRepository(newDatabase()));

        assertThatThrownBy(() -> repository.setState("k".repeat(JdbcStateRepository.MAX_KEY_LENGTH + 1), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than the 255 characters");
        assertThatThrownBy(() -> repository.setState("watermark", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is null");
    }

    private JdbcStateRepository start(JdbcStateRepository repository) {
        ServiceHelper.startService(repository);
        started.add(repository);
        return repository;
    }

    /** Runs the shipped SQL file as a user would, without the repository. */
    private static void runDocumentedScript(DataSource database) throws IOException, SQLException {
        String script;
        try (InputStream in = JdbcStateRepositoryContract.class.getClassLoader()
                .getResourceAsStream(JdbcStateRepository.SCRIPT)) {
            assertThat(in).as(JdbcStateRepository.SCRIPT).isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    private static List<String> columnsOf(DataSource database, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, null, null, null)) {
            while (rows.next()) {
                if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static boolean tableExists(DataSource database, String table) {
        try {
            return !columnsOf(database, table).isEmpty();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static int rowCount(DataSource database, String table) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
