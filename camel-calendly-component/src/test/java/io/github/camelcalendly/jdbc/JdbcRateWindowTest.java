package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.camelcalendly.client.RateAnswer;
import io.github.camelcalendly.client.RateClaim;
import io.github.camelcalendly.client.RateWindowException;
import io.github.camelcalendly.client.RateWindowState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared window table on a real PostgreSQL (a fresh database per test), on a clock the test moves; several
 * {@link JdbcRateWindow}s on one table stand for several instances of an application.
 */
class JdbcRateWindowTest {

    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private DataSource dataSource;
    private JdbcRateWindow windows;

    @BeforeEach
    void freshDatabase() {
        dataSource = TestPostgres.newDatabase().dataSource();
        windows = instance();
    }

    /** Another instance of the application on the same table. */
    private JdbcRateWindow instance() {
        return new JdbcRateWindow(dataSource, JdbcRateWindow.DEFAULT_TABLE, true, now::get);
    }

    /** The probe of {@code key} is answered: {@code limit} a window, {@code remaining} left, ending in 60 s. */
    private void probeAnswered(String key, long limit, long remaining) {
        RateClaim probe = windows.claim(key);
        windows.answered(key, probe.window(), new RateAnswer(limit, remaining, 60));
    }

    private List<String> rows(String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT window_key, window_number, request_limit, used,"
                     + " ends_at_millis - " + now.get() + ", end_assumed, length_millis FROM " + table)) {
            while (row.next()) {
                rows.add(row.getString(1) + " #" + row.getLong(2) + " " + row.getLong(4) + "/" + row.getLong(3)
                        + " ends in " + row.getLong(5) + (row.getBoolean(6) ? " (assumed)" : "") + ", length "
                        + row.getLong(7));
            }
        }
        return rows;
    }

    @Test
    void theFirstClaimProbesForTheLimitAndTheOthersWaitForItsAnswer() throws Exception {
        RateClaim probe = windows.claim("c0ffee");
        RateClaim other = instance().claim("c0ffee");

        assertThat(probe).isEqualTo(RateClaim.granted(1));
        assertThat(other).isEqualTo(RateClaim.refused(RateWindowState.PROBE_POLL_MILLIS));
        assertThat(rows(JdbcRateWindow.DEFAULT_TABLE)).containsExactly("c0ffee #1 1/0 ends in 2000 (assumed), length 0");
    }

    @Test
    void theAnswerIsKeptForEveryInstance() throws Exception {
        RateClaim probe = windows.claim("c0ffee");
        now.addAndGet(100);
        windows.answered("c0ffee", probe.window(), new RateAnswer(5, 3, 30));

        assertThat(rows(JdbcRateWindow.DEFAULT_TABLE)).containsExactly("c0ffee #1 2/5 ends in 30000, length 30000");
        assertThat(instance().claim("c0ffee")).isEqualTo(RateClaim.granted(1));
    }

    @Test
    void instancesAreGrantedPermitsUpToTheLimitAndRefusedBeyondUntilTheReset() {
        probeAnswered("c0ffee", 4, 3);
        JdbcRateWindow second = instance();
        JdbcRateWindow third = instance();

        List<Boolean> granted = new ArrayList<>();
        for (JdbcRateWindow instance : List.of(second, third, second, third)) {
            granted.add(instance.claim("c0ffee").granted());
        }
        now.addAndGet(15_000);
        RateClaim refused = windows.claim("c0ffee");

        assertThat(granted).containsExactly(true, true, true, false);
        assertThat(refused).isEqualTo(RateClaim.refused(45_000));
    }

    @Test
    void theWindowRollsOverAtTheResetWithTheWholeLimit() throws Exception {
        probeAnswered("c0ffee", 2, 1);
        windows.claim("c0ffee");
        assertThat(windows.claim("c0ffee").granted()).isFalse();

        now.addAndGet(60_000);
        RateClaim next = instance().claim("c0ffee");
        RateClaim again = windows.claim("c0ffee");
        RateClaim full = windows.claim("c0ffee");

        assertThat(next).isEqualTo(RateClaim.granted(2));
        assertThat(again).isEqualTo(RateClaim.granted(2));
        assertThat(full).isEqualTo(RateClaim.refused(60_000));
        assertThat(rows(JdbcRateWindow.DEFAULT_TABLE)).containsExactly("c0ffee #2 2/2 ends in 60000 (assumed),"
                + " length 60000");
    }

    @Test
    void anAnswerToAPermitOfTheWindowBeforeChangesNothing() throws Exception {
        probeAnswered("c0ffee", 2, 1);
        now.addAndGet(60_000);
        windows.claim("c0ffee");
        List<String> before = rows(JdbcRateWindow.DEFAULT_TABLE);

        windows.answered("c0ffee", 1, new RateAnswer(2, 0, 1));

        assertThat(rows(JdbcRateWindow.DEFAULT_TABLE)).isEqualTo(before);
    }

    @Test
    void anAnswerForAKeyNoInstanceClaimedIsIgnored() throws Exception {
        windows.answered("never", 1, new RateAnswer(3, 0, 60));

        assertThat(rows(JdbcRateWindow.DEFAULT_TABLE)).isEmpty();
    }

    @Test
    void eachConnectionHasAWindowOfItsOwn() {
        probeAnswered("c0ffee", 1, 0);

        assertThat(windows.claim("c0ffee").granted()).isFalse();
        assertThat(windows.claim("decade").granted()).isTrue();
    }

    @Test
    void concurrentClaimsOfSeveralInstancesNeverExceedTheLimit() throws Exception {
        probeAnswered("c0ffee", 40, 39);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Long>> claimers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                JdbcRateWindow instance = instance();
                claimers.add(() -> {
                    long granted = 0;
                    for (int i = 0; i < 12; i++) {
                        granted += instance.claim("c0ffee").granted() ? 1 : 0;
                    }
                    return granted;
                });
            }
            long granted = 0;
            for (Future<Long> result : threads.invokeAll(claimers)) {
                granted += result.get();
            }

            assertThat(granted).isEqualTo(39);
            assertThat(rows(JdbcRateWindow.DEFAULT_TABLE)).containsExactly("c0ffee #1 40/40 ends in 60000,"
                    + " length 60000");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void instancesClaimingAKeysFirstPermitAtOnceGrantOnlyOneProbe() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<RateClaim>> claimers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                JdbcRateWindow instance = instance();
                claimers.add(() -> instance.claim("c0ffee"));
            }
            long granted = 0;
            for (Future<RateClaim> result : threads.invokeAll(claimers)) {
                granted += result.get().granted() ? 1 : 0;
            }

            assertThat(granted).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTableOfAnotherNameIsCreatedFromTheShippedScript() throws Exception {
        JdbcRateWindow named = new JdbcRateWindow(dataSource, "public.app_rate_window", true);

        named.claim("c0ffee");

        assertThat(rows("public.app_rate_window")).hasSize(1);
        assertThat(named).hasToString("JdbcRateWindow[public.app_rate_window]");
    }

    @Test
    void aMissingTableFailsTheClaimNamingTheTable() {
        JdbcRateWindow missing = new JdbcRateWindow(dataSource, "no_such_table", false);

        assertThatThrownBy(() -> missing.claim("c0ffee"))
                .isInstanceOf(RateWindowException.class)
                .hasMessageStartingWith("The shared rate window table no_such_table could not grant a permit: ")
                .hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> missing.answered("c0ffee", 1, new RateAnswer(3, 0, 60)))
                .isInstanceOf(RateWindowException.class)
                .hasMessageStartingWith("The shared rate window table no_such_table could not take an answer's");
    }

    @Test
    void theDefaultTableMustExistAlready() {
        JdbcRateWindow defaults = new JdbcRateWindow(TestPostgres.newDatabase().dataSource());

        assertThatThrownBy(() -> defaults.claim("c0ffee")).isInstanceOf(RateWindowException.class)
                .hasMessageContaining(JdbcRateWindow.DEFAULT_TABLE);
    }

    @Test
    void aTableNameThatIsNotAnIdentifierIsRefused() {
        assertThatThrownBy(() -> new JdbcRateWindow(dataSource, "x; DROP TABLE y", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x; DROP TABLE y");
    }
}
