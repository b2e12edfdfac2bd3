package io.github.camelcalendly.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A {@link SharedRateWindow} in memory: the Camel contexts of one JVM that are given the same instance share the
 * windows of their tokens. Instances in other JVMs need a store they all reach, such as
 * {@code io.github.camelcalendly.jdbc.JdbcRateWindow}.
 */
public final class InMemoryRateWindow implements SharedRateWindow {

    private final Map<String, RateWindowState> windows = new ConcurrentHashMap<>();
    private final LongSupplier clockMillis;

    /** Windows on the system clock. */
    public InMemoryRateWindow() {
        this(System::currentTimeMillis);
    }

    /** @param clockMillis the clock, in milliseconds */
    public InMemoryRateWindow(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    @Override
    public RateClaim claim(String key) {
        RateClaim[] told = new RateClaim[1];
        windows.compute(key, (k, state) -> {
            long now = clockMillis.getAsLong();
            if (state == null) {
                RateWindowState first = RateWindowState.firstClaim(now);
                told[0] = RateClaim.granted(first.window());
                return first;
            }
            RateWindowState.Claimed claimed = state.claim(now);
            told[0] = claimed.claim();
            return claimed.state();
        });
        return told[0];
    }

    @Override
    public void answered(String key, long window, RateAnswer answer) {
        windows.computeIfPresent(key, (k, state) -> state.learn(window, answer, clockMillis.getAsLong()));
    }

    @Override
    public String toString() {
        return "InMemoryRateWindow[" + windows.size() + " windows]";
    }
}
