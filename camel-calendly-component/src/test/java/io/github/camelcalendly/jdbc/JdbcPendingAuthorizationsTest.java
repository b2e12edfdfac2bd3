package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.github.camelcalendly.oauth.PendingAuthorization;
import io.github.camelcalendly.oauth.PendingAuthorizationStoreException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pending authorization table on a real PostgreSQL: what a database reader sees in it (no state, no usable
 * verifier), a row changed behind the store's back, the optional key, the purge of expired rows, and the table's
 * name and creation options.
 */
class JdbcPendingAuthorizationsTest {

    private static final String CALLBACK = "https://app.example.com/oauth/callback";
    private static final String STATE = "Vq3tY0cW9hB2mX7kP1zR8sL4nD6fG5jH0aQ2eU9iO3w";
    private static final String VERIFIER = "k8Jd2LmQ9xZr4TbN7vWc1YpF6hGs3AeK0uRo5IjE8lMn2BqC9tXy4DwV7zPa1SfH";
    private static final String KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho=";

    private final DataSource database = TestPostgres.newDatabase().dataSource();
    private Instant now = Instant.parse("2030-01-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private JdbcPendingAuthorizations store() {
        return new JdbcPendingAuthorizations(database, clock);
    }

    private List<List<String>> rows(String table) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT state_key, sealed_verifier, redirect_uri, expires_at"
                     + " FROM " + table)) {
            while (rs.next()) {
                rows.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aDatabaseReaderSeesNeitherTheStateNorTheVerifier() throws SQLException {
        store().remember(STATE, VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));

        List<List<String>> rows = rows(JdbcPendingAuthorizations.DEFAULT_TABLE_NAME);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(String.join(" ", row)).doesNotContain(STATE, VERIFIER);
            assertThat(row.get(0)).matches("[A-Za-z0-9_-]{43}");
            assertThat(row.get(2)).isEqualTo(CALLBACK);
            assertThat(row.get(3)).isEqualTo(Long.toString(now.plus(Duration.ofMinutes(10)).toEpochMilli()));
        });
    }

    @Test
    void aRowWhoseRedirectUriWasChangedInTheDatabaseFailsWithoutShowingAnySecret() throws SQLException {
        JdbcPendingAuthorizations store = store();
        store.remember(STATE, VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));
        execute("UPDATE calendly_pending_authorizations SET redirect_uri = 'https://evil.example.com/callback'");

        assertThatThrownBy(() -> store.take(STATE)).isInstanceOf(PendingAuthorizationStoreException.class)
                .hasMessageContaining("changed in the database").hasMessageNotContaining(STATE)
                .hasMessageNotContaining(VERIFIER);
        assertThat(rows(JdbcPendingAuthorizations.DEFAULT_TABLE_NAME)).isEmpty();
    }

    @Test
    void storesWithTheSameKeyShareRequestsAndAStoreWithoutItFindsNone() {
        JdbcPendingAuthorizations keyed = store();
        keyed.setKey(KEY);
        JdbcPendingAuthorizations sameKey = store();
        sameKey.setKey(KEY);
        JdbcPendingAuthorizations unkeyed = store();
        keyed.remember(STATE, VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));

        assertThat(unkeyed.take(STATE)).isEmpty();
        assertThat(sameKey.take(STATE)).map(PendingAuthorization::codeVerifier).contains(VERIFIER);
    }

    @Test
    void aKeyThatIsNotBase64OrTooShortIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> store().setKey("not base64 at all!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not Base64").hasMessageNotContaining("at all");
        assertThatThrownBy(() -> store().setKey("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 bytes").hasMessageNotContaining("c2hvcnQ=");
    }

    @Test
    void expiredRowsArePurgedWhenARequestIsRememberedAMinuteOrMoreAfterTheLastPurge() throws SQLException {
        JdbcPendingAuthorizations store = store();
        store.remember("old", VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));
        now = now.plus(Duration.ofMinutes(10));

        store.remember("new", VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));

        assertThat(rows(JdbcPendingAuthorizations.DEFAULT_TABLE_NAME)).hasSize(1);
        assertThat(store.take("new")).isPresent();
    }

    @Test
    void anExpiredRowIsLeftUntilThePurgeButNeverHandedOut() throws SQLException {
        JdbcPendingAuthorizations store = store();
        store.remember("first", VERIFIER, CALLBACK, now.plus(Duration.ofSeconds(10)));
        now = now.plus(Duration.ofSeconds(20));
        store.remember("second", VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));

        assertThat(rows(JdbcPendingAuthorizations.DEFAULT_TABLE_NAME)).hasSize(2);
        assertThat(store.purgeExpired()).isEqualTo(1);
        assertThat(store.take("first")).isEmpty();
        assertThat(store.take("second")).isPresent();
    }

    @Test
    void theTableMayBeNamedAndLiveInASchema() throws SQLException {
        execute("CREATE SCHEMA signin");
        JdbcPendingAuthorizations store = store();
        store.setTableName("signin.pending");

        store.remember(STATE, VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));

        assertThat(rows("signin.pending")).hasSize(1);
        assertThat(store.take(STATE)).isPresent();
        assertThat(store).hasToString("JdbcPendingAuthorizations[signin.pending]");
    }

    @Test
    void aTableNameThatIsNoPlainIdentifierIsRefused() {
        assertThatThrownBy(() -> store().setTableName("pending; DROP TABLE users"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain SQL identifier");
    }

    @Test
    void withoutCreateTableAMissingTableFailsNamingIt() {
        JdbcPendingAuthorizations store = store();
        store.setCreateTable(false);

        assertThatThrownBy(() -> store.remember(STATE, VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10))))
                .isInstanceOf(PendingAuthorizationStoreException.class)
                .hasMessageContaining("calendly_pending_authorizations").hasMessageNotContaining(VERIFIER);
    }

    @Test
    void withoutCreateTableTheTableTheShippedScriptCreatedIsUsed() throws SQLException {
        JdbcTable table = new JdbcTable(database, "pending");
        table.create(table.script(JdbcPendingAuthorizations.SCRIPT, JdbcPendingAuthorizations.DEFAULT_TABLE_NAME));
        JdbcPendingAuthorizations store = store();
        store.setTableName("pending");
        store.setCreateTable(false);

        store.remember(STATE, VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));

        assertThat(store.take(STATE)).map(PendingAuthorization::codeVerifier).contains(VERIFIER);
    }

    @Test
    void optionsCannotChangeOnceTheStoreIsInUse() {
        JdbcPendingAuthorizations store = store();
        store.remember(STATE, VERIFIER, CALLBACK, now.plus(Duration.ofMinutes(10)));

        assertThatThrownBy(() -> store.setTableName("other")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tableName");
        assertThatThrownBy(() -> store.setKey(KEY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key").hasMessageNotContaining(KEY);
    }
}
