package io.github.camelcalendly.benchmarks.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcalendly.benchmarks.responder.PrecomputedResponder;
import io.github.camelcalendly.benchmarks.responder.PrecomputedResponder.Answer;
import io.vertx.core.buffer.Buffer;

/**
 * A local Calendly stand-in that grants {@code limit} requests per fixed window, counted from {@link #restart()}, and
 * answers 429 beyond; every answer carries {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and
 * {@code X-RateLimit-Reset} (whole seconds until the window ends, rounded up) as Calendly sends them. It counts, per
 * window, the requests granted and refused.
 */
final class FixedWindowServer implements AutoCloseable {

    private static final Buffer ME = Buffer.buffer("{\"resource\":{\"uri\":\"https://api.calendly.com/users/BENCH\","
            + "\"name\":\"Bench\",\"email\":\"bench@example.com\",\"timezone\":\"UTC\","
            + "\"current_organization\":\"https://api.calendly.com/organizations/BENCH\"}}");
    private static final Buffer TOO_MANY = Buffer.buffer("{\"title\":\"Too Many Requests\",\"message\":\"Rate limit"
            + " exceeded\"}");

    private final int limit;
    private final long windowNanos;
    private final PrecomputedResponder responder;
    private final List<long[]> windows = new ArrayList<>();
    private long startNanos;

    /** Starts on a free loopback port, granting {@code limit} requests per {@code windowMillis}. */
    FixedWindowServer(int limit, long windowMillis) throws Exception {
        this.limit = limit;
        this.windowNanos = TimeUnit.MILLISECONDS.toNanos(windowMillis);
        this.responder = PrecomputedResponder.start(request -> answer());
        restart();
    }

    String baseUrl() {
        return responder.baseUrl();
    }

    int limit() {
        return limit;
    }

    /** Forgets every count; the first window starts now. */
    synchronized void restart() {
        windows.clear();
        startNanos = System.nanoTime();
    }

    private synchronized Answer answer() {
        long now = System.nanoTime();
        int index = (int) ((now - startNanos) / windowNanos);
        while (windows.size() <= index) {
            windows.add(new long[2]);
        }
        long[] counts = windows.get(index);
        long endsIn = startNanos + (index + 1) * windowNanos - now;
        long reset = (endsIn + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        boolean granted = counts[0] < limit;
        counts[granted ? 0 : 1]++;
        Map<String, String> headers = Map.of("Content-Type", "application/json; charset=utf-8",
                "X-RateLimit-Limit", String.valueOf(limit),
                "X-RateLimit-Remaining", String.valueOf(limit - counts[0]),
                "X-RateLimit-Reset", String.valueOf(reset));
        return new Answer(granted ? 200 : 429, headers, granted ? ME : TOO_MANY);
    }

    /** Requests granted in each of the first {@code count} windows. */
    synchronized List<Long> grantedPerWindow(int count) {
        List<Long> granted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            granted.add(i < windows.size() ? windows.get(i)[0] : 0);
        }
        return granted;
    }

    /** 429s answered in the first {@code count} windows. */
    synchronized long refusedIn(int count) {
        long refused = 0;
        for (int i = 0; i < Math.min(count, windows.size()); i++) {
            refused += windows.get(i)[1];
        }
        return refused;
    }

    @Override
    public void close() throws Exception {
        responder.close();
    }
}
