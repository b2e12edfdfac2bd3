package io.github.camelcalendly.auth;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelcalendly.auth.SampleTokens.KEY;
import static io.github.camelcalendly.auth.SampleTokens.USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threads saving and loading one connection at once never see a broken file and leave a whole entry.
 */
class FileTokenStoreConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 40;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @TempDir
    Path dir;

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void eightThreadsRotatingOnePlainEntryEndWithOneOfTheirSaves() throws Exception {
        runRotations(new FileTokenStore(dir), new FileTokenStore(dir));
    }

    @Test
    void eightThreadsRotatingOneEncryptedEntryEndWithOneOfTheirSaves() throws Exception {
        runRotations(new FileTokenStore(dir, KEY), new FileTokenStore(dir, KEY));
    }

    @Test
    void eightThreadsSavingTheirOwnConnectionsIntoADirectoryNotYetCreatedAllSucceed() throws Exception {
        FileTokenStore store = new FileTokenStore(dir.resolve("created-by-the-first-save"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> saves = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String id = USER + "-" + t;
            saves.add(pool.submit(() -> {
                start.await();
                store.save(id, tokensOf(0, 0));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> save : saves) {
            save.get(60, TimeUnit.SECONDS);
        }

        for (int t = 0; t < THREADS; t++) {
            assertThat(store.load(USER + "-" + t)).contains(tokensOf(0, 0));
        }
    }

    /**
     * Half the threads save through one store, half through another over the same directory (as two processes
     * would); every thread loads after each save. No save or load fails, every load is one of the saved entries, and
     * the directory ends with the one file.
     */
    private void runRotations(FileTokenStore one, FileTokenStore other) throws Exception {
        one.save(USER, tokensOf(-1, 0));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<StoredTokens>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            FileTokenStore store = t % 2 == 0 ? one : other;
            Callable<List<StoredTokens>> worker = () -> {
                start.await();
                List<StoredTokens> seen = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    store.save(USER, tokensOf(thread, round));
                    seen.add(store.load(USER).orElseThrow());
                }
                return seen;
            };
            workers.add(pool.submit(worker));
        }
        start.countDown();

        List<StoredTokens> seen = new ArrayList<>();
        for (Future<List<StoredTokens>> worker : workers) {
            seen.addAll(worker.get(120, TimeUnit.SECONDS));
        }

        StoredTokens last = one.load(USER).orElseThrow();
        assertThat(seen).hasSize(THREADS * ROUNDS).allSatisfy(FileTokenStoreConcurrencyTest::assertIsASavedEntry);
        assertIsASavedEntry(last);
        assertThat(other.load(USER)).contains(last);
        assertThat(FileTokenStoreTest.filesIn(dir)).as("no temporary file is left").containsExactly(one.fileOf(USER));
    }

    private static StoredTokens tokensOf(int thread, int round) {
        return new StoredTokens("at-" + thread + "-" + round, "rt-" + thread + "-" + round,
                Instant.EPOCH.plusSeconds(thread * 1000L + round), List.of("default"), USER, null);
    }

    /** A whole entry: its tokens and expiry all come from the same save. */
    private static void assertIsASavedEntry(StoredTokens tokens) {
        String save = tokens.accessToken().substring("at-".length());
        String[] threadAndRound = save.split("-");
        assertThat(tokens).isEqualTo(tokensOf(Integer.parseInt(threadAndRound[0]),
                Integer.parseInt(threadAndRound[1])));
    }
}
