package io.github.camelcalendly.client;

import java.util.concurrent.TimeUnit;

/**
 * Calendly's window of one key as a {@link SharedRateWindow} keeps it, and the rules by which calls claim permits in
 * it and answers correct it. Immutable: a store reads the state, applies a rule and writes the result back, under a
 * lock of its own (a row lock in a database).
 * <ul>
 * <li><b>Claims.</b> A permit is granted while fewer than {@code limit} were claimed in the window; beyond, the caller
 * waits until the window ends. Before any answer told the limit, one call at a time probes for it.</li>
 * <li><b>Rollover.</b> The first claim after the window's end starts the next one, assumed to last as long as the
 * longest window an answer told, until the next answer says where it really ends.</li>
 * <li><b>Answers.</b> Calendly's reset is in whole seconds rounded up, so the earliest end an answer of the window
 * tells is the closest to the truth and never before it: the window never ends early here. When Calendly counted
 * more calls than were claimed (another client of the token), the count follows Calendly's. An answer to a call that
 * left in an earlier window, or that arrives after the window ended, changes nothing.</li>
 * </ul>
 *
 * @param window       counts the windows, from 1; a permit remembers the one it was granted in
 * @param limit        Calendly's {@code X-RateLimit-Limit}, 0 while no answer told it
 * @param used         permits claimed in the window, or the calls Calendly counted when it said more
 * @param endsAtMillis when the window ends, in milliseconds of the store's clock
 * @param assumed      whether the end was assumed when the window started, and the next answer says the real one
 * @param lengthMillis the longest window an answer told, 0 while none did
 */
public record RateWindowState(long window, long limit, long used, long endsAtMillis, boolean assumed,
        long lengthMillis) {

    /** How long a call that probes for the limit holds the others before another may probe. */
    public static final long PROBE_MILLIS = 2_000;
    /** How often a call waiting for a probe's answer asks again. */
    public static final long PROBE_POLL_MILLIS = 50;
    /** Calendly's window is a minute; a reset further away than this is not trusted. */
    static final long MAX_RESET_MILLIS = TimeUnit.SECONDS.toMillis(60);
    /** An answer telling an end this much later than the window's (and half a window) tells of a later window. */
    static final long LATER_WINDOW_MARGIN_MILLIS = 1_500;

    /** The state of a key no call claimed a permit for yet, claiming the first: the call that probes. */
    public static RateWindowState firstClaim(long nowMillis) {
        return new RateWindowState(1, 0, 1, nowMillis + PROBE_MILLIS, true, 0);
    }

    /** The outcome of a claim: the state to keep and what the caller was told. */
    public record Claimed(RateWindowState state, RateClaim claim) {
    }

    /** Claims one permit at {@code nowMillis}. */
    public Claimed claim(long nowMillis) {
        if (nowMillis >= endsAtMillis) {
            long length = lengthMillis > 0 ? lengthMillis : PROBE_MILLIS;
            RateWindowState next = new RateWindowState(window + 1, limit, 1, nowMillis + length, true, lengthMillis);
            return new Claimed(next, RateClaim.granted(next.window));
        }
        if (limit == 0) {
            return new Claimed(this, RateClaim.refused(Math.min(PROBE_POLL_MILLIS, endsAtMillis - nowMillis)));
        }
        if (used < limit) {
            RateWindowState next = new RateWindowState(window, limit, used + 1, endsAtMillis, assumed, lengthMillis);
            return new Claimed(next, RateClaim.granted(window));
        }
        return new Claimed(this, RateClaim.refused(endsAtMillis - nowMillis));
    }

    /** Learns from the answer, arrived at {@code nowMillis}, to a call that left with a permit of {@code permitWindow}. */
    public RateWindowState learn(long permitWindow, RateAnswer answer, long nowMillis) {
        if (permitWindow != window || nowMillis >= endsAtMillis) {
            return this;
        }
        long resetMillis = Math.min(TimeUnit.SECONDS.toMillis(answer.resetSeconds()), MAX_RESET_MILLIS);
        long endsAt = nowMillis + resetMillis;
        long toldLimit = answer.limit() > 0 ? answer.limit() : Math.max(limit, answer.remaining() + 1);
        long counted = Math.max(0, toldLimit - answer.remaining());
        long length = Math.max(lengthMillis, resetMillis);
        if (assumed) {
            return new RateWindowState(window, toldLimit, Math.max(used, counted), endsAt, false, length);
        }
        if (endsAt >= endsAtMillis + Math.max(lengthMillis / 2, LATER_WINDOW_MARGIN_MILLIS)) {
            // Calendly already counts in a window after this one: the calls claimed so far were counted in its own
            return new RateWindowState(window + 1, toldLimit, counted, endsAt, false, length);
        }
        return new RateWindowState(window, toldLimit, Math.max(used, counted), Math.min(endsAtMillis, endsAt), false,
                length);
    }
}
