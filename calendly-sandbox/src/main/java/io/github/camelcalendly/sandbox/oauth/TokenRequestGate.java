package io.github.camelcalendly.sandbox.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Holds the token endpoint's requests before the sandbox looks at them, so that a test can catch a client in the
 * middle of a token request: the request has left the client, and Calendly has not used its refresh token yet.
 * {@link #open()} lets the held requests (and every later one) through to be answered as usual; {@link #dropHeld()}
 * answers the held ones 503 without looking at them (as if they never reached Calendly: their refresh tokens stay
 * valid) and opens the gate. A request held longer than {@value #MAX_HOLD_MINUTES} minutes is dropped.
 */
public final class TokenRequestGate {

    static final long MAX_HOLD_MINUTES = 5;

    /** One held request; dropped when the gate drops it. */
    private static final class Ticket {
        boolean dropped;
    }

    private final List<Ticket> waiting = new ArrayList<>();
    private boolean open;

    /** How many requests wait at the gate now. */
    public synchronized int held() {
        return waiting.size();
    }

    /** Lets the held requests through, and every later one, to be answered as usual. */
    public synchronized void open() {
        open = true;
        notifyAll();
    }

    /** Answers the held requests 503 without processing them, and opens the gate for later ones. */
    public synchronized void dropHeld() {
        waiting.forEach(ticket -> ticket.dropped = true);
        open();
    }

    /**
     * Waits while the gate is closed.
     *
     * @return true when the request may be processed, false when it was dropped
     */
    synchronized boolean pass() {
        if (open) {
            return true;
        }
        Ticket ticket = new Ticket();
        waiting.add(ticket);
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(MAX_HOLD_MINUTES);
        try {
            while (!open && !ticket.dropped) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return !ticket.dropped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.remove(ticket);
        }
    }
}
