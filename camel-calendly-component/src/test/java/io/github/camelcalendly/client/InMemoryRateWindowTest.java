package io.github.camelcalendly.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The windows of one JVM, on a clock the test moves. */
class InMemoryRateWindowTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final InMemoryRateWindow windows = new InMemoryRateWindow(now::get);

    /** The probe of {@code key} is answered: {@code limit} a window, {@code remaining} left, ending in 60 s. */
    private void probeAnswered(String key, long limit, long remaining) {
        RateClaim probe = windows.claim(key);
        windows.answered(key, probe.window(), new RateAnswer(limit, remaining, 60));
    }

    @Test
    void theFirstClaimOfAKeyProbesAndTheOthersWaitForItsAnswer() {
        RateClaim probe = windows.claim("a");
        RateClaim second = windows.claim("a");
        windows.answered("a", probe.window(), new RateAnswer(3, 2, 60));
        RateClaim third = windows.claim("a");

        assertThat(probe).isEqualTo(RateClaim.granted(1));
        assertThat(second).isEqualTo(RateClaim.refused(RateWindowState.PROBE_POLL_MILLIS));
        assertThat(third).isEqualTo(RateClaim.granted(1));
    }

    @Test
    void eachKeyHasAWindowOfItsOwn() {
        probeAnswered("a", 2, 1);
        windows.claim("a");

        RateClaim otherKey = windows.claim("b");

        assertThat(windows.claim("a").granted()).isFalse();
        assertThat(otherKey).isEqualTo(RateClaim.granted(1));
        assertThat(windows).hasToString("InMemoryRateWindow[2 windows]");
    }

    @Test
    void theWindowIsFullAtTheLimitAndStartsAgainAtItsEnd() {
        probeAnswered("a", 3, 2);
        windows.claim("a");
        windows.claim("a");

        RateClaim refused = windows.claim("a");
        now.addAndGet(60_000);
        RateClaim next = windows.claim("a");

        assertThat(refused).isEqualTo(RateClaim.refused(60_000));
        assertThat(next).isEqualTo(RateClaim.granted(2));
    }

    @Test
    void anAnswerForAKeyNoCallClaimedIsIgnored() {
        windows.answered("never", 1, new RateAnswer(3, 0, 60));

        assertThat(windows.claim("never")).isEqualTo(RateClaim.granted(1));
    }

    @Test
    void threadsClaimingAtOnceAreGrantedNoMoreThanTheLimit() throws Exception {
        probeAnswered("a", 50, 49);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> claimers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                claimers.add(() -> {
                    long granted = 0;
                    for (int i = 0; i < 20; i++) {
                        granted += windows.claim("a").granted() ? 1 : 0;
                    }
                    return granted;
                });
            }
            long granted = 0;
            for (Future<Long> result : threads.invokeAll(claimers)) {
                granted += result.get();
            }

            assertThat(granted).isEqualTo(49);
        } finally {
            threads.shutdownNow();
        }
    }
}
