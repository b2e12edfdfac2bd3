package io.github.camelcalendly.examples.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The messages the trigger route completed, in arrival order, and the failures it had, for the scenario to wait on.
 * Filled by {@link TriggerObserver} on Camel's threads and read by the scenario on its own.
 */
public final class TriggerInbox {

    private final List<TriggerMessage> messages = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    /** Records a message the route completed. */
    public synchronized void received(TriggerMessage message) {
        messages.add(message);
        notifyAll();
    }

    /** Records that the route failed on a message (the webhook then answers 500 and Calendly delivers again). */
    public synchronized void failed(String description) {
        failures.add(description);
        notifyAll();
    }

    /** Every message so far. */
    public synchronized List<TriggerMessage> messages() {
        return List.copyOf(messages);
    }

    /** Every failure so far. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * The first message that matches, waiting up to {@code timeout} for it to arrive.
     *
     * @return empty when none arrived in time
     */
    public synchronized Optional<TriggerMessage> await(Predicate<TriggerMessage> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<TriggerMessage> found = messages.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
