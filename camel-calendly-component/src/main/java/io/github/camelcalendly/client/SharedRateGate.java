package io.github.camelcalendly.client;

import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's door to a {@link SharedRateWindow}: a call waits here for a permit of the window the instances
 * share, after its own {@link RateLimiter} let it go, and reports the rate-limit headers of its answer. {@link #NONE}
 * lets every call through at once: without a shared store, each limiter counts on its own.
 */
public final class SharedRateGate {

    /** No shared window. */
    public static final SharedRateGate NONE = new SharedRateGate();

    private static final Logger LOG = LoggerFactory.getLogger(SharedRateGate.class);

    private final SharedRateWindow store;
    private final String key;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;

    private SharedRateGate() {
        this.store = null;
        this.key = null;
        this.nanoClock = null;
        this.sleeper = null;
    }

    /**
     * @param store     the window the instances share
     * @param key       the connection's name in the store (its id: a hash that leads back to nothing, never the token)
     * @param nanoClock the clock deadlines are on, {@code System::nanoTime} outside tests
     * @param sleeper   how to wait
     */
    public SharedRateGate(SharedRateWindow store, String key, LongSupplier nanoClock, Sleeper sleeper) {
        this.store = Objects.requireNonNull(store, "store");
        this.key = Objects.requireNonNull(key, "key");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Waits until the shared window grants {@code what} a permit and returns the window it was granted in (0 without
     * a store); fails at once when the wait would end past {@code deadline}.
     */
    public long claim(Deadline deadline, String what) throws InterruptedIOException {
        if (store == null) {
            return 0;
        }
        while (true) {
            RateClaim claim = store.claim(key);
            if (claim.granted()) {
                return claim.window();
            }
            long wakeAt = nanoClock.getAsLong() + TimeUnit.MILLISECONDS.toNanos(claim.waitMillis());
            if (!deadline.isNone() && wakeAt >= deadline.atNanos()) {
                throw new CallTimeoutException("the shared rate limit would hold " + what + " for "
                        + claim.waitMillis() + " ms, past its deadline");
            }
            RateWait.sleep(sleeper, claim.waitMillis());
        }
    }

    /**
     * Reports the rate-limit headers of the answer to a call that left with a permit of {@code window}. The answer
     * reached the caller whatever happens here: a store that cannot take the report is logged, and the window keeps
     * the permit counted.
     */
    public void answered(long window, CalendlyResponse response) {
        if (store == null) {
            return;
        }
        RateAnswer.of(response).ifPresent(answer -> {
            try {
                store.answered(key, window, answer);
            } catch (RateWindowException e) {
                LOG.warn("The shared rate window of connection {} did not take Calendly's rate-limit headers: {}",
                        key, e.getMessage(), e);
            }
        });
    }

    /** Whether calls wait for a shared window. */
    public boolean isShared() {
        return store != null;
    }

    @Override
    public String toString() {
        return store == null ? "SharedRateGate[none]" : "SharedRateGate[" + key + " in " + store + "]";
    }
}
