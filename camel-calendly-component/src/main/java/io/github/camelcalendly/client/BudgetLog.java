package io.github.camelcalendly.client;

import java.util.ArrayList;
import java.util.List;

import io.github.camelcalendly.operation.RateBudget;

/**
 * The start times of recent calls held to a {@link RateBudget}: when the next call may start so that no window of the
 * budget sees more calls than it allows. Not thread-safe: the {@link RateLimiter} uses it under its lock.
 */
final class BudgetLog {

    private final RateBudget budget;
    private final long longestWindowNanos;
    private final int mostCalls;
    /** Start times, oldest first; never more than the largest window allows. */
    private final List<Long> starts = new ArrayList<>();

    BudgetLog(RateBudget budget) {
        this.budget = budget;
        this.longestWindowNanos = budget.windows().stream().mapToLong(w -> w.per().toNanos()).max().orElse(0);
        this.mostCalls = budget.windows().stream().mapToInt(RateBudget.Window::calls).max().orElse(0);
    }

    /** The earliest moment, {@code now} or later, at which one more call keeps within every window. */
    long earliestStart(long now) {
        forgetBefore(now);
        long earliest = now;
        for (RateBudget.Window window : budget.windows()) {
            if (starts.size() >= window.calls()) {
                // the call that must leave the window before one more may start
                long oldestCounted = starts.get(starts.size() - window.calls());
                earliest = Math.max(earliest, oldestCounted + window.per().toNanos());
            }
        }
        return earliest;
    }

    /** Counts a call started at {@code at}, which is not earlier than any call counted before. */
    void started(long at) {
        if (budget.isNone()) {
            return;
        }
        starts.add(at);
        if (starts.size() > mostCalls) {
            starts.remove(0);
        }
    }

    private void forgetBefore(long now) {
        while (!starts.isEmpty() && now - starts.get(0) >= longestWindowNanos) {
            starts.remove(0);
        }
    }
}
