package io.github.camelcalendly.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStoreException;

import static io.github.camelcalendly.auth.SampleTokens.ACCESS_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.KEY_BASE64;
import static io.github.camelcalendly.auth.SampleTokens.NEXT_ACCESS_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.NEXT_REFRESH_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.OTHER_KEY_BASE64;
import static io.github.camelcalendly.auth.SampleTokens.OTHER_USER;
import static io.github.camelcalendly.auth.SampleTokens.REFRESH_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.USER;
import static io.github.camelcalendly.auth.SampleTokens.first;
import static io.github.camelcalendly.auth.SampleTokens.rotated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What a {@link JdbcTokenStore} does on one database, whichever it is: each subclass runs these on a fresh database of
 * its kind. Every failure is checked for the connection id it names and for the tokens and key it must not hold.
 */
abstract class JdbcTokenStoreContract {

    protected DataSource db;

    /** A fresh, empty database. */
    protected abstract DataSource newDatabase();

    @BeforeEach
    void freshDatabase() {
        db = newDatabase();
    }

    private static String shippedScript() throws IOException {
        try (InputStream in = JdbcTokenStore.class.getClassLoader().getResourceAsStream(JdbcTokenStore.SCRIPT)) {
            assertThat(in).as("the shipped SQL script").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertHoldsNoSecret(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(ACCESS_TOKEN, REFRESH_TOKEN, NEXT_ACCESS_TOKEN,
                    NEXT_REFRESH_TOKEN, KEY_BASE64, OTHER_KEY_BASE64);
        }
    }

    @Test
    void anIdWithoutTokensLoadsEmptyAndItsDeleteDoesNothing() {
        JdbcTokenStore store = new JdbcTokenStore(db);

        assertThat(store.load(USER)).isEmpty();
        store.delete(USER);
        assertThat(store.load(USER)).isEmpty();
    }

    @Test
    void savedTokensLoadBackWhole() {
        JdbcTokenStore store = new JdbcTokenStore(db);

        store.save(USER, first());

        assertThat(store.load(USER)).contains(first());
        assertThat(store.load(OTHER_USER)).isEmpty();
    }

    @Test
    void aSecondSaveReplacesTheRowAndAnotherStoreOnTheTableSeesIt() throws SQLException {
        new JdbcTokenStore(db).save(USER, first());

        new JdbcTokenStore(db).save(USER, rotated());

        assertThat(new JdbcTokenStore(db).load(USER)).contains(rotated());
        assertThat(TokenTableDatabase.dump(db, "calendly_tokens").lines()).hasSize(1);
    }

    @Test
    void tokensWithOnlyARefreshTokenRoundTrip() {
        JdbcTokenStore store = new JdbcTokenStore(db);

        store.save(USER, StoredTokens.refreshTokenOnly(REFRESH_TOKEN));

        assertThat(store.load(USER)).contains(StoredTokens.refreshTokenOnly(REFRESH_TOKEN));
    }

    @Test
    void deleteRemovesOnlyThatConnection() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        store.save(USER, first());
        store.save(OTHER_USER, rotated());

        store.delete(USER);

        assertThat(store.load(USER)).isEmpty();
        assertThat(store.load(OTHER_USER)).contains(rotated());
    }

    @Test
    void theStoreCreatesItsTableUnderTheNameGiven() throws SQLException {
        JdbcTokenStore store = new JdbcTokenStore(db, "app_calendly_tokens");

        store.start();

        assertThat(TokenTableDatabase.dump(db, "app_calendly_tokens")).isEmpty();
        store.save(USER, first());
        assertThat(TokenTableDatabase.column(db, "app_calendly_tokens", "encryption", USER)).isEqualTo("none");
    }

    @Test
    void withCreateTableFalseTheStoreUsesTheTableTheOperatorCreatedFromTheShippedScript() throws Exception {
        for (String statement : shippedScript().replace("calendly_tokens", "ops_tokens").split(";")) {
            String sql = statement.lines().filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + "\n" + b).strip();
            if (!sql.isEmpty()) {
                TokenTableDatabase.execute(db, sql);
            }
        }
        JdbcTokenStore store = new JdbcTokenStore(db, "ops_tokens");
        store.setCreateTable(false);

        store.save(USER, first());

        assertThat(store.load(USER)).contains(first());
        assertThat(TokenTableDatabase.column(db, "ops_tokens", "connection_id", USER)).isEqualTo(USER);
    }

    @Test
    void withCreateTableFalseAMissingTableFailsNamingTheTableAndTheConnection() {
        JdbcTokenStore store = new JdbcTokenStore(db, "nobody_created_this");
        store.setCreateTable(false);

        assertThatThrownBy(() -> store.load(USER)).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("nobody_created_this").hasMessageContaining(USER);
    }

    @Test
    void aTableNameThatIsNotAPlainIdentifierIsRefusedNamingIt() {
        assertThatThrownBy(() -> new JdbcTokenStore(db, "tokens; DROP TABLE users"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tokens; DROP TABLE users'");
        JdbcTokenStore store = new JdbcTokenStore(db);
        assertThatThrownBy(() -> store.setTableName("calendly-tokens"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'calendly-tokens'");
    }

    @Test
    void optionsCannotChangeOnceTheStoreIsInUse() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        store.load(USER);

        assertThatThrownBy(() -> store.setTableName("other_tokens")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before its first use");
    }

    @Test
    void aStoreWithoutDataSourceSaysSo() {
        assertThatThrownBy(() -> new JdbcTokenStore().load(USER)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataSource");
    }

    @Test
    void aSaveOfRotatedTokensIsRefusedWhenTheRowNoLongerHoldsTheRefreshTokenItRotated() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        store.save(USER, rotated()); // another instance rotated already

        Throwable refused = catchThrowable(() -> store.compareAndSave(USER, REFRESH_TOKEN, rotated()));

        assertThat(refused).isInstanceOf(TokenStoreException.class).hasMessageContaining(USER)
                .hasMessageContaining("no longer holds the refresh token");
        assertHoldsNoSecret(refused);
        assertThat(store.load(USER)).contains(rotated());
    }

    @Test
    void aSaveOfRotatedTokensSucceedsWhileTheRowHoldsTheRefreshTokenItRotated() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        store.save(USER, first());

        store.compareAndSave(USER, REFRESH_TOKEN, rotated());

        assertThat(store.load(USER)).contains(rotated());
    }

    @Test
    void aSaveOfRotatedTokensIsRefusedWhenTheRowWasDeleted() {
        JdbcTokenStore store = new JdbcTokenStore(db);

        assertThatThrownBy(() -> store.compareAndSave(USER, REFRESH_TOKEN, rotated()))
                .isInstanceOf(TokenStoreException.class).hasMessageContaining(USER);
        assertThat(store.load(USER)).isEmpty();
    }

    @Test
    void aRotationSavesWhatItReturnsAndSeesWhatWasStored() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        store.save(USER, first());
        List<StoredTokens> seen = new ArrayList<>();

        StoredTokens kept = store.rotate(USER, 5_000, stored -> {
            seen.add(stored);
            return rotated();
        });

        assertThat(seen).containsExactly(first());
        assertThat(kept).isEqualTo(rotated());
        assertThat(new JdbcTokenStore(db).load(USER)).contains(rotated());
    }

    @Test
    void aRotationThatThrowsChangesNothingAndItsExceptionReachesTheCaller() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        store.save(USER, first());
        IllegalStateException calendlyDown = new IllegalStateException("Calendly answered 503");

        assertThatThrownBy(() -> store.rotate(USER, 5_000, stored -> {
            throw calendlyDown;
        })).isSameAs(calendlyDown);
        assertThat(store.load(USER)).contains(first());
    }

    @Test
    void aRotationOfAConnectionWithoutRowInsertsItsAnswer() {
        JdbcTokenStore store = new JdbcTokenStore(db);

        store.rotate(USER, 5_000, stored -> stored == null ? first() : stored);

        assertThat(store.load(USER)).contains(first());
    }

    @Test
    void aSecondRotationWaitsForTheFirstThenSeesItsTokens() throws Exception {
        JdbcTokenStore one = new JdbcTokenStore(db);
        JdbcTokenStore two = new JdbcTokenStore(db);
        one.save(USER, first());
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<StoredTokens> firstRotation = threads.submit(() -> one.rotate(USER, 30_000, stored -> {
                firstHoldsTheLock.countDown();
                await(releaseFirst);
                return rotated();
            }));
            await(firstHoldsTheLock);
            List<StoredTokens> secondSaw = new ArrayList<>();
            Future<StoredTokens> secondRotation = threads.submit(() -> two.rotate(USER, 30_000, stored -> {
                secondSaw.add(stored);
                return stored;
            }));

            releaseFirst.countDown();

            assertThat(firstRotation.get(30, TimeUnit.SECONDS)).isEqualTo(rotated());
            assertThat(secondRotation.get(30, TimeUnit.SECONDS)).isEqualTo(rotated());
            assertThat(secondSaw).containsExactly(rotated());
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aRotationThatCannotGetTheLockInTimeFailsNamingTheConnection() throws Exception {
        JdbcTokenStore one = new JdbcTokenStore(db);
        JdbcTokenStore two = new JdbcTokenStore(db);
        one.save(USER, first());
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<StoredTokens> firstRotation = CompletableFuture.supplyAsync(() -> one.rotate(USER, 30_000,
                stored -> {
                    firstHoldsTheLock.countDown();
                    await(releaseFirst);
                    return rotated();
                }));
        try {
            await(firstHoldsTheLock);

            Throwable timedOut = catchThrowable(() -> two.rotate(USER, 300, stored -> {
                throw new AssertionError("the rotation ran without the lock");
            }));

            assertThat(timedOut).isInstanceOf(TokenStoreException.class).hasMessageContaining("'" + USER + "'")
                    .hasMessageContaining("locked by another instance");
            assertHoldsNoSecret(timedOut);
        } finally {
            releaseFirst.countDown();
        }
        assertThat(firstRotation.get(30, TimeUnit.SECONDS)).isEqualTo(rotated());
        assertThat(two.load(USER)).contains(rotated());
    }

    @Test
    void anEncryptingStoreKeepsNoTokenReadableInTheRow() throws SQLException {
        JdbcTokenStore store = JdbcTokenStore.encrypted(db, KEY_BASE64);

        store.save(USER, first());

        String row = TokenTableDatabase.dump(db, "calendly_tokens");
        assertThat(row).contains("AES-GCM").doesNotContain(ACCESS_TOKEN, REFRESH_TOKEN, KEY_BASE64);
        assertThat(store.load(USER)).contains(first());
        assertThat(JdbcTokenStore.encrypted(db, KEY_BASE64).load(USER)).contains(first());
    }

    @Test
    void encryptedRowsRotateWithTheCompareAndSetOnTheRefreshToken() {
        JdbcTokenStore store = JdbcTokenStore.encrypted(db, KEY_BASE64);
        store.save(USER, first());

        store.rotate(USER, 5_000, stored -> rotated());

        assertThat(store.load(USER)).contains(rotated());
        assertThatThrownBy(() -> store.compareAndSave(USER, REFRESH_TOKEN, first()))
                .isInstanceOf(TokenStoreException.class);
    }

    @Test
    void encryptedRowsDoNotOpenWithoutTheKeyUnderAnotherKeyOrForAnotherConnection() throws SQLException {
        JdbcTokenStore.encrypted(db, KEY_BASE64).save(USER, first());
        TokenTableDatabase.execute(db, "INSERT INTO calendly_tokens SELECT '" + OTHER_USER + "', encryption, key_id,"
                + " tokens, refresh_token_sha256, updated_at FROM calendly_tokens");

        Throwable plain = catchThrowable(() -> new JdbcTokenStore(db).load(USER));
        Throwable otherKey = catchThrowable(() -> JdbcTokenStore.encrypted(db, OTHER_KEY_BASE64).load(USER));
        Throwable copied = catchThrowable(() -> JdbcTokenStore.encrypted(db, KEY_BASE64).load(OTHER_USER));

        assertThat(plain).isInstanceOf(TokenStoreException.class).hasMessageContaining(USER)
                .hasMessageContaining("this store has no key");
        assertThat(otherKey).isInstanceOf(TokenStoreException.class).hasMessageContaining("another key");
        assertThat(copied).isInstanceOf(TokenStoreException.class).hasMessageContaining(OTHER_USER)
                .hasMessageContaining("integrity check");
        List.of(plain, otherKey, copied).forEach(JdbcTokenStoreContract::assertHoldsNoSecret);
    }

    @Test
    void anEncryptingStoreRefusesPlainRows() {
        new JdbcTokenStore(db).save(USER, first());

        Throwable refused = catchThrowable(() -> JdbcTokenStore.encrypted(db, KEY_BASE64).load(USER));

        assertThat(refused).isInstanceOf(TokenStoreException.class).hasMessageContaining("plain text");
        assertHoldsNoSecret(refused);
    }

    @Test
    void aKeyOfAWrongLengthIsRefusedWithoutQuotingIt() {
        String shortKey = java.util.Base64.getEncoder().encodeToString(new byte[10]);

        Throwable refused = catchThrowable(() -> JdbcTokenStore.encrypted(db, shortKey));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 bytes");
        assertThat(refused.getMessage()).doesNotContain(shortKey);
    }

    @Test
    void toStringShowsTheTableAndWhetherItEncryptsButNeverTheKey() {
        JdbcTokenStore store = JdbcTokenStore.encrypted(db, KEY_BASE64);

        assertThat(store).hasToString("JdbcTokenStore[table=calendly_tokens, encrypted=true]");
    }

    @Test
    void severalStoresCreatingTheTableAtOnceAllSucceed() throws Exception {
        int stores = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(stores);
        try {
            List<Future<Optional<StoredTokens>>> created = new ArrayList<>();
            for (int i = 0; i < stores; i++) {
                JdbcTokenStore store = new JdbcTokenStore(db);
                created.add(threads.submit(() -> {
                    await(start);
                    store.start();
                    return store.load(USER);
                }));
            }

            start.countDown();

            for (Future<Optional<StoredTokens>> each : created) {
                assertThat(each.get(60, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
        new JdbcTokenStore(db).save(USER, first());
        assertThat(new JdbcTokenStore(db).load(USER)).contains(first());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("waited a minute for a latch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
