package io.github.camelcalendly.operation;

import java.time.Duration;
import java.util.List;

/**
 * How many calls of an operation Calendly accepts per period, on top of the connection's own limit: registry data,
 * held client-side by the connection's rate limiter (calls wait for a turn instead of provoking a 429).
 *
 * @param windows each limit, e.g. 10 a minute and 50 an hour; empty for none
 */
public record RateBudget(List<Window> windows) {

    /** No budget of its own: only the connection's limit applies. */
    public static final RateBudget NONE = new RateBudget(List.of());

    /**
     * At most {@code calls} calls start in any {@code per}.
     *
     * @param calls how many calls, at least 1
     * @param per   the sliding period, positive
     */
    public record Window(int calls, Duration per) {

        public Window {
            if (calls < 1) {
                throw new IllegalArgumentException("A rate budget window needs at least 1 call, got " + calls);
            }
            if (per == null || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("A rate budget window needs a positive period, got " + per);
            }
        }

        @Override
        public String toString() {
            return calls + " per " + describe(per);
        }

        private static String describe(Duration per) {
            if (per.equals(Duration.ofDays(1))) {
                return "day";
            }
            if (per.equals(Duration.ofHours(1))) {
                return "hour";
            }
            if (per.equals(Duration.ofMinutes(1))) {
                return "minute";
            }
            return per.toString();
        }
    }

    public RateBudget {
        windows = List.copyOf(windows);
    }

    /** A budget of the given windows. */
    public static RateBudget of(Window... windows) {
        return new RateBudget(List.of(windows));
    }

    /** At most {@code calls} a minute. */
    public static RateBudget perMinute(int calls) {
        return of(new Window(calls, Duration.ofMinutes(1)));
    }

    public boolean isNone() {
        return windows.isEmpty();
    }

    /** The budget as docs name it: "10 per minute, 50 per hour, 100 per day", or "none". */
    @Override
    public String toString() {
        return windows.isEmpty() ? "none" : String.join(", ", windows.stream().map(Window::toString).toList());
    }
}
