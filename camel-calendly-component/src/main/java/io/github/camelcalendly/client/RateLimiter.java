package io.github.camelcalendly.client;

import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.RateBudget;

/**
 * One connection's rate limiter, shared by every endpoint that uses the connection. Calls wait for a turn instead of
 * provoking a 429:
 * <ul>
 * <li><b>Calendly's window.</b> Each answer's {@code X-RateLimit-Reset} (seconds from the answer's arrival) says
 * when Calendly's current window ends, and its {@code X-RateLimit-Remaining} how many requests it still takes. A call
 * takes a permit before it leaves; an answer's remaining count is reconciled with the permits still in flight (which
 * Calendly may not have counted yet), so no more calls leave than the window allows. The calls left are spread
 * evenly over the time left in the window rather than let out in a burst. An answer to a call that left under an
 * earlier window, or one older than an answer already applied, changes nothing.</li>
 * <li><b>requestsPerMinute.</b> A ceiling the calls are paced to: one every {@code 60 s / requestsPerMinute}, so no
 * period, however short, sees more than its share.</li>
 * <li><b>Budgets.</b> An operation's own {@link RateBudget} from the registry (Calendly limits
 * {@code invitees/create} on its own), and a budget of the limiter's own (OAuth token requests), each a set of
 * sliding windows.</li>
 * <li><b>Instances of one token</b> share its window through a {@link SharedRateGate}.</li>
 * </ul>
 * A caller decides under a short lock whether it may start; if not, it sleeps outside the lock until its turn could
 * come and asks again, so answers are never held up by a waiting caller. A call whose turn would come after its
 * deadline fails at once without taking a permit.
 */
public final class RateLimiter {

    /** Calendly's window is a minute; a reset further away than this is not trusted. */
    static final long MAX_SERVER_WAIT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long ONE_MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final long ceilingSpacingNanos;
    private final boolean operationBudgets;
    private final BudgetLog ownBudget;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final SharedRateGate sharedGate;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, BudgetLog> budgetsByOperation = new HashMap<>();

    /** Whether an answer told Calendly's window; until then only the ceiling and the budgets hold calls. */
    private boolean windowKnown;
    /** Whether the window was assumed when the last one ended, and the next answer says what it really is. */
    private boolean windowAssumed;
    /** Counts the windows; a permit remembers the one it was taken in. */
    private long epoch;
    private long windowEndNanos;
    private long windowLengthNanos;
    /** Calendly's X-RateLimit-Limit, or the most it was seen to allow. */
    private long windowLimit;
    /** X-RateLimit-Remaining of the newest answer applied in this window. */
    private long lastRemaining;
    /** How many more calls may start in this window. */
    private long permitsLeft;
    private int inFlight;
    private long nextPacedStart = Long.MIN_VALUE;
    private long nextCeilingStart = Long.MIN_VALUE;
    private long waits;

    /**
     * A connection's limiter, holding each operation to its budget from the registry.
     *
     * @param requestsPerMinute a ceiling the calls are paced to, or 0 to follow Calendly's headers only
     * @param nanoClock         the clock, {@code System::nanoTime} outside tests
     * @param sleeper           how to wait
     */
    public RateLimiter(int requestsPerMinute, LongSupplier nanoClock, Sleeper sleeper) {
        this(requestsPerMinute, true, RateBudget.NONE, nanoClock, sleeper);
    }

    /**
     * @param requestsPerMinute a ceiling the calls are paced to, or 0 for none
     * @param operationBudgets  whether an operation's {@link Operation#budget()} holds its calls
     * @param ownBudget         a budget every call of this limiter is held to, {@link RateBudget#NONE} for none
     * @param nanoClock         the clock, {@code System::nanoTime} outside tests
     * @param sleeper           how to wait
     */
    public RateLimiter(int requestsPerMinute, boolean operationBudgets, RateBudget ownBudget, LongSupplier nanoClock,
            Sleeper sleeper) {
        this(requestsPerMinute, operationBudgets, ownBudget, nanoClock, sleeper, SharedRateGate.NONE);
    }

    /** As above, with the window shared with other instances of the token, or {@link SharedRateGate#NONE}. */
    public RateLimiter(int requestsPerMinute, boolean operationBudgets, RateBudget ownBudget, LongSupplier nanoClock,
            Sleeper sleeper, SharedRateGate sharedGate) {
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("requestsPerMinute must be 0 or more, got " + requestsPerMinute);
        }
        this.ceilingSpacingNanos = requestsPerMinute == 0 ? 0 : ONE_MINUTE / requestsPerMinute;
        this.operationBudgets = operationBudgets;
        this.ownBudget = new BudgetLog(ownBudget);
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.sharedGate = sharedGate;
    }

    /** The window shared with other instances of the token, consulted after this limiter let a call go. */
    public SharedRateGate sharedGate() {
        return sharedGate;
    }

    /** The turn of one call, taken before it leaves; tell it the answer, or that there was none. */
    public final class Permit {

        private final long takenInEpoch;
        private boolean over;

        private Permit(long takenInEpoch) {
            this.takenInEpoch = takenInEpoch;
        }

        /** The call was answered: learns the window's state from Calendly's rate-limit headers. */
        public void answered(CalendlyResponse response) {
            lock.lock();
            try {
                if (end()) {
                    learn(takenInEpoch, response);
                }
            } finally {
                lock.unlock();
            }
        }

        /** The call got no answer (an I/O error, a timeout): it stays counted, and is no longer in flight. */
        public void unanswered() {
            lock.lock();
            try {
                end();
            } finally {
                lock.unlock();
            }
        }

        private boolean end() {
            if (over) {
                return false;
            }
            over = true;
            inFlight--;
            return true;
        }
    }

    /**
     * Waits until {@code call} may start, then takes its permit; fails when that would be past its deadline. The
     * caller tells the permit the answer, or that there was none.
     */
    public Permit acquire(HttpCall call) throws InterruptedIOException {
        return acquire(call.deadline(), call.describe(), call.operation(), true);
    }

    /** Waits until a call whose answer this limiter does not learn may start, then counts it; no deadline. */
    public void acquire() throws InterruptedIOException {
        acquire(Deadline.NONE, "a call");
    }

    /**
     * Waits until a call whose answer this limiter does not learn (a token request) may start, then counts it; fails
     * at once when that would be past {@code deadline}.
     *
     * @param what names the call in the failure's message
     */
    public void acquire(Deadline deadline, String what) throws InterruptedIOException {
        acquire(deadline, what, null, false);
    }

    private Permit acquire(Deadline deadline, String what, Operation operation, boolean tracked) throws InterruptedIOException {
        boolean waited = false;
        while (true) {
            long wakeAt;
            lock.lock();
            try {
                long now = nanoClock.getAsLong();
                BudgetLog budget = budgetOf(operation);
                long startAt = earliestStart(now, budget);
                if (startAt <= now) {
                    if (waited) {
                        waits++;
                    }
                    return grant(now, budget, tracked);
                }
                // slept in whole milliseconds, rounded up, so that the turn has come on waking
                wakeAt = now + TimeUnit.MILLISECONDS.toNanos(TimeUnit.NANOSECONDS.toMillis(startAt - now) + 1);
                if (!deadline.isNone() && wakeAt >= deadline.atNanos()) {
                    throw new CallTimeoutException("the rate limit would hold " + what + " for "
                            + TimeUnit.NANOSECONDS.toMillis(wakeAt - now) + " ms, past its deadline");
                }
            } finally {
                lock.unlock();
            }
            waited = true;
            RateWait.sleepNanos(sleeper, wakeAt - nanoClock.getAsLong());
        }
    }

    /**
     * Counts a call that already started elsewhere (a token request made before the connection it belongs to was
     * known), without waiting.
     */
    public void record() {
        lock.lock();
        try {
            long now = nanoClock.getAsLong();
            ownBudget.earliestStart(now);
            ownBudget.started(now);
            if (ceilingSpacingNanos > 0) {
                nextCeilingStart = Math.max(nextCeilingStart, now + ceilingSpacingNanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many calls had to wait for their turn so far. */
    public long waits() {
        lock.lock();
        try {
            return waits;
        } finally {
            lock.unlock();
        }
    }

    private BudgetLog budgetOf(Operation operation) {
        if (!operationBudgets || operation == null || operation.budget().isNone()) {
            return null;
        }
        return budgetsByOperation.computeIfAbsent(operation.id(), id -> new BudgetLog(operation.budget()));
    }

    private long earliestStart(long now, BudgetLog operationBudget) {
        if (windowKnown && now >= windowEndNanos) {
            nextWindow(now);
        }
        long earliest = Math.max(now, nextCeilingStart);
        earliest = Math.max(earliest, ownBudget.earliestStart(now));
        if (operationBudget != null) {
            earliest = Math.max(earliest, operationBudget.earliestStart(now));
        }
        if (windowKnown) {
            earliest = Math.max(earliest, permitsLeft > 0 ? nextPacedStart : windowEndNanos);
        }
        return earliest;
    }

    private Permit grant(long now, BudgetLog operationBudget, boolean tracked) {
        if (windowKnown) {
            // the calls left share the time left: the next one may start after its share
            nextPacedStart = now + (windowEndNanos - now) / permitsLeft;
            permitsLeft--;
        }
        if (ceilingSpacingNanos > 0) {
            nextCeilingStart = now + ceilingSpacingNanos;
        }
        ownBudget.started(now);
        if (operationBudget != null) {
            operationBudget.started(now);
        }
        if (!tracked) {
            return null;
        }
        inFlight++;
        return new Permit(epoch);
    }

    /**
     * Calendly's window ended: the next one starts where it ended (or now, after an idle window) with the whole
     * limit, less the calls still in flight; the next answer says where it really ends.
     */
    private void nextWindow(long now) {
        if (now < windowEndNanos + windowLengthNanos) {
            windowEndNanos += windowLengthNanos;
        } else {
            windowEndNanos = now + windowLengthNanos;
        }
        epoch++;
        windowAssumed = true;
        lastRemaining = windowLimit;
        permitsLeft = windowLimit - inFlight;
        nextPacedStart = now;
    }

    private void learn(long permitEpoch, CalendlyResponse response) {
        RateAnswer answer = RateAnswer.of(response).orElse(null);
        if (answer == null || permitEpoch != epoch) {
            // no window to learn, or the call left under an earlier window: its answer says nothing of this one
            return;
        }
        long left = answer.remaining();
        long now = nanoClock.getAsLong();
        long untilReset = Math.min(TimeUnit.SECONDS.toNanos(answer.resetSeconds()), MAX_SERVER_WAIT_NANOS);
        long endsAt = now + untilReset;
        windowLimit = answer.limit() > 0 ? answer.limit() : Math.max(windowLimit, left + 1);
        if (!windowKnown || windowAssumed) {
            windowLengthNanos = Math.max(windowLengthNanos, Math.max(untilReset, ONE_SECOND));
            adopt(endsAt, left);
        } else if (endsAt >= windowEndNanos + windowLengthNanos / 2) {
            // Calendly already counts in a window after the one this limiter knew: calls in flight stay counted
            windowLengthNanos = Math.max(windowLengthNanos, untilReset);
            epoch++;
            adopt(endsAt, left);
        } else {
            // the same window: the reset is in whole seconds rounded up, so the earliest end told is the closest
            windowEndNanos = Math.min(windowEndNanos, endsAt);
            windowLengthNanos = Math.max(windowLengthNanos, untilReset);
            if (left <= lastRemaining) {
                lastRemaining = left;
                permitsLeft = left - inFlight;
            }
        }
    }

    private void adopt(long endsAt, long left) {
        windowKnown = true;
        windowAssumed = false;
        windowEndNanos = endsAt;
        lastRemaining = left;
        permitsLeft = left - inFlight;
    }
}
