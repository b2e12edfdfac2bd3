package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The table of a JDBC store: its name checked before it goes into SQL, its script run once however many instances
 * run it, its transactions committed or rolled back, and the failures it recognizes (unique violations, lock waits
 * that ran out) on H2 and on a real PostgreSQL.
 */
class JdbcTableTest {

    private static final String SCRIPT = "io/github/camelcalendly/jdbc/calendly-token-store.sql";

    private static int count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"calendly_tokens", "app.calendly_tokens", "_t1", "T"})
    void plainIdentifiersAreAccepted(String name) {
        assertThat(new JdbcTable(TokenTableDatabase.h2(), name).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1tokens", "calendly-tokens", "tokens; DROP TABLE users", "a.b.c", "\"quoted\"",
                            "tokens ", "x234567890123456789012345678901234567890123456789012345678901234"})
    void anythingElseIsRefusedNamingTheValue(String name) {
        assertThatThrownBy(() -> new JdbcTable(TokenTableDatabase.h2(), name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + name + "'");
    }

    @Test
    void aMissingNameIsRefused() {
        assertThatThrownBy(() -> JdbcTable.checkName(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'null'");
    }

    @Test
    void theScriptIsReadWithTheTablesName() {
        JdbcTable table = new JdbcTable(TokenTableDatabase.h2(), "app_tokens");

        String script = table.script(SCRIPT, "calendly_tokens");

        assertThat(script).contains("CREATE TABLE IF NOT EXISTS app_tokens (").doesNotContain("calendly_tokens");
    }

    @Test
    void aMissingScriptIsNamed() {
        JdbcTable table = new JdbcTable(TokenTableDatabase.h2(), "app_tokens");

        assertThatThrownBy(() -> table.script("io/github/camelcalendly/jdbc/no-such.sql", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such.sql");
    }

    @Test
    void creatingTwiceKeepsTheTableAndItsRows() throws SQLException {
        DataSource db = TokenTableDatabase.h2();
        JdbcTable table = new JdbcTable(db, "kept");
        String script = "-- a comment line\nCREATE TABLE IF NOT EXISTS kept (id INT PRIMARY KEY);\n";
        table.create(script);
        TokenTableDatabase.execute(db, "INSERT INTO kept VALUES (1)");

        table.create(script);

        assertThat(count(db, "kept")).isEqualTo(1);
    }

    @Test
    void severalInstancesCreatingTheSameTableAtOnceOnPostgresqlAllSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            DataSource db = TokenTableDatabase.postgres();
            ExecutorService instances = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Void>> creations = new ArrayList<>();
            for (int instance = 0; instance < 8; instance++) {
                JdbcTable table = new JdbcTable(db, "calendly_tokens");
                creations.add(CompletableFuture.runAsync(() -> {
                    try {
                        go.await();
                        table.create(table.script(SCRIPT, "calendly_tokens"));
                    } catch (SQLException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, instances));
            }

            go.countDown();

            try {
                CompletableFuture.allOf(creations.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            } finally {
                instances.shutdownNow();
            }
            assertThat(count(db, "calendly_tokens")).isZero();
        }
    }

    @Test
    void aTransactionCommitsWhenItsWorkReturns() throws SQLException {
        DataSource db = TokenTableDatabase.postgres();
        JdbcTable table = new JdbcTable(db, "t");
        TokenTableDatabase.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)");

        table.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (1)"));

        assertThat(count(db, "t")).isEqualTo(1);
    }

    @Test
    void aTransactionRollsBackWhenItsWorkThrows() throws SQLException {
        DataSource db = TokenTableDatabase.postgres();
        JdbcTable table = new JdbcTable(db, "t");
        TokenTableDatabase.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)");
        IllegalStateException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> table.inTransaction(c -> {
            c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            throw failure;
        })).isSameAs(failure);

        assertThat(count(db, "t")).isZero();
    }

    @Test
    void aDuplicateKeyIsRecognizedAsAUniqueViolationOnBothDatabases() throws SQLException {
        for (DataSource db : new DataSource[] {TokenTableDatabase.h2(), TokenTableDatabase.postgres()}) {
            TokenTableDatabase.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)");
            TokenTableDatabase.execute(db, "INSERT INTO t VALUES (1)");

            SQLException duplicate = catchThrowableOfType(SQLException.class,
                    () -> TokenTableDatabase.execute(db, "INSERT INTO t VALUES (1)"));

            assertThat(JdbcTable.isUniqueViolation(duplicate)).isTrue();
            assertThat(JdbcTable.isLockTimeout(duplicate)).isFalse();
        }
    }

    @Test
    void aLockWaitLongerThanTheLimitFailsAsALockTimeoutOnBothDatabases() throws Exception {
        for (DataSource db : new DataSource[] {TokenTableDatabase.h2(), TokenTableDatabase.postgres()}) {
            TokenTableDatabase.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)");
            TokenTableDatabase.execute(db, "INSERT INTO t VALUES (1)");
            JdbcTable table = new JdbcTable(db, "t");
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> {
                try {
                    return table.inTransaction(c -> {
                        c.createStatement().executeQuery("SELECT id FROM t WHERE id = 1 FOR UPDATE").close();
                        locked.countDown();
                        try {
                            return release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    });
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();

                SQLException waitedTooLong = catchThrowableOfType(SQLException.class, () -> table.inTransaction(200,
                        c -> c.createStatement().executeQuery("SELECT id FROM t WHERE id = 1 FOR UPDATE")));

                assertThat(JdbcTable.isLockTimeout(waitedTooLong)).as(waitedTooLong.toString()).isTrue();
            } finally {
                release.countDown();
            }
            holder.get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aNegativeLockTimeoutIsRefused() {
        JdbcTable table = new JdbcTable(TokenTableDatabase.h2(), "t");

        assertThatThrownBy(() -> table.inTransaction(-1, c -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void withoutDetailKeepsTheFirstLineTheStateAndTheCodeOnly() {
        SQLException driver = new SQLException("ERROR: null value in column \"tokens\"\n  Detail: Failing row contains"
                                               + " (id, rt-secret)", "23502", 7);

        SQLException cut = JdbcTable.withoutDetail(driver);

        assertThat(cut.getMessage()).isEqualTo("ERROR: null value in column \"tokens\"");
        assertThat(cut.getSQLState()).isEqualTo("23502");
        assertThat(cut.getErrorCode()).isEqualTo(7);
        assertThat(cut.getStackTrace()).isEqualTo(driver.getStackTrace());
    }

    @Test
    void toStringNamesTheTable() {
        assertThat(new JdbcTable(TokenTableDatabase.h2(), "app_tokens")).hasToString("JdbcTable[app_tokens]");
    }
}
