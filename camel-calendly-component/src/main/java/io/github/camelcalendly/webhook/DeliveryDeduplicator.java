package io.github.camelcalendly.webhook;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Decides whether a delivery's event should run the route, so that Calendly's redeliveries are processed once. The
 * key ({@link WebhookEvent#deduplicationKey()}) is added to the repository before the route runs, confirmed when it
 * succeeded and removed when it failed, so Calendly's retry of a failed event runs the route again. A key that is
 * being processed right now by another request is reported as {@link Decision#IN_PROGRESS}: that request gets a
 * non-2xx answer and Calendly retries it later, by when the first one has been confirmed or removed.
 */
public final class DeliveryDeduplicator {

    /** What to do with a delivery. */
    public enum Decision {
        /** Not seen before: run the route. */
        PROCESS,
        /** Already processed successfully: acknowledge without running the route. */
        DUPLICATE,
        /** The same event is being processed by another request right now. */
        IN_PROGRESS
    }

    private final IdempotentRepository repository;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public DeliveryDeduplicator(IdempotentRepository repository) {
        this.repository = repository;
    }

    /** Claims the key; a {@link Decision#PROCESS} must be followed by {@link #succeeded} or {@link #failed}. */
    public Decision begin(String key) {
        if (!inFlight.add(key)) {
            return Decision.IN_PROGRESS;
        }
        boolean added;
        try {
            added = repository.add(key);
        } catch (RuntimeException e) {
            inFlight.remove(key);
            throw e;
        }
        if (!added) {
            inFlight.remove(key);
            return Decision.DUPLICATE;
        }
        return Decision.PROCESS;
    }

    /** The route processed the event: later deliveries of it are duplicates. */
    public void succeeded(String key) {
        try {
            repository.confirm(key);
        } finally {
            inFlight.remove(key);
        }
    }

    /** The route failed: forget the event so that Calendly's retry runs the route again. */
    public void failed(String key) {
        try {
            repository.remove(key);
        } finally {
            inFlight.remove(key);
        }
    }

    IdempotentRepository repository() {
        return repository;
    }
}
