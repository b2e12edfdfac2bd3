package io.github.camelcalendly.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Decides whether a delivery's event should run the route, so that Calendly's redeliveries are processed once, also
 * when several instances of the route share one {@link IdempotentRepository} (a JDBC, Infinispan or Redis one).
 * <p>
 * An event ({@link WebhookEvent#deduplicationKey()}, stored as its SHA-256) has two kinds of keys in the repository:
 * a <em>processed</em> key, added once the route completed, and <em>claim</em> keys, one of which is added before
 * the route runs and removed when it finished, whether it succeeded or failed. A delivery whose processed key is
 * there is a {@link Decision#DUPLICATE}; one whose event is claimed is {@link Decision#IN_PROGRESS} and gets a
 * non-2xx answer, so Calendly retries it later, by when the claim was removed or the event processed.
 * <p>
 * A claim is only removed by the request that made it. So that an instance dying while processing does not keep
 * its event claimed for ever, a claim key names the period of {@code inProgressTimeout} it was made in, and only
 * a claim of the same or an adjacent period counts: a claim stops counting after between one and two times the
 * timeout, when a redelivery takes the event over and runs the route. After adding its own claim, a request looks
 * for a claim of the periods on either side (one made at the same moment across a period boundary): any request
 * writes its claim before it reads the others', so of two such requests at most one runs the route.
 */
public final class DeliveryDeduplicator {

    /** What to do with a delivery. */
    public enum Decision {
        /** Not seen before: run the route. */
        PROCESS,
        /** Already processed successfully: acknowledge without running the route. */
        DUPLICATE,
        /** The same event is being processed by another request (here or on another instance) right now. */
        IN_PROGRESS
    }

    private final IdempotentRepository repository;
    private final Clock clock;
    private final long inProgressTimeout;
    /** The claim key of each event this instance is processing, by deduplication key. */
    private final Map<String, String> claims = new ConcurrentHashMap<>();

    /**
     * @param inProgressTimeout how long, in milliseconds, a claim keeps other requests from processing its event
     */
    public DeliveryDeduplicator(IdempotentRepository repository, Clock clock, long inProgressTimeout) {
        if (inProgressTimeout <= 0) {
            throw new IllegalArgumentException("inProgressTimeout must be positive, got " + inProgressTimeout);
        }
        this.repository = repository;
        this.clock = clock;
        this.inProgressTimeout = inProgressTimeout;
    }

    /** Claims the event; a {@link Decision#PROCESS} must be followed by {@link #succeeded} or {@link #failed}. */
    public Decision begin(String key) {
        String id = digest(key);
        long period = clock.millis() / inProgressTimeout;
        String claim = claimKey(id, period);
        if (claims.putIfAbsent(key, claim) != null) {
            // still running here, even if for longer than the timeout: this instance did not die
            return Decision.IN_PROGRESS;
        }
        Decision decision;
        try {
            decision = claimShared(id, period, claim);
        } catch (RuntimeException e) {
            claims.remove(key);
            throw e;
        }
        if (decision != Decision.PROCESS) {
            claims.remove(key);
        }
        return decision;
    }

    private Decision claimShared(String id, long period, String claim) {
        if (repository.contains(processedKey(id))) {
            return Decision.DUPLICATE;
        }
        if (!add(claim)) {
            return Decision.IN_PROGRESS;
        }
        Decision decision = Decision.PROCESS;
        if (repository.contains(claimKey(id, period - 1)) || repository.contains(claimKey(id, period + 1))) {
            decision = Decision.IN_PROGRESS;
        } else if (repository.contains(processedKey(id))) {
            // processed by a request whose claim was removed between the first look and this claim
            decision = Decision.DUPLICATE;
        }
        if (decision != Decision.PROCESS) {
            repository.remove(claim);
        }
        return decision;
    }

    /** The route processed the event: later deliveries of it are duplicates. */
    public void succeeded(String key) {
        String claim = claims.remove(key);
        try {
            String processed = processedKey(digest(key));
            add(processed);
            repository.confirm(processed);
        } finally {
            // after the processed key, so that whoever finds the claim gone finds the processed key
            repository.remove(claim);
        }
    }

    /** The route failed: give up the claim so that Calendly's retry runs the route again. */
    public void failed(String key) {
        repository.remove(claims.remove(key));
    }

    /**
     * Adds a key; false when it is there already. A store that refuses a second insert of a key made at the same
     * moment with an exception (a primary key violation, as camel-sql's repository does) lost the race when the key
     * is there now.
     */
    private boolean add(String key) {
        try {
            return repository.add(key);
        } catch (RuntimeException e) {
            if (repository.contains(key)) {
                return false;
            }
            throw e;
        }
    }

    static String processedKey(String id) {
        return "calendly:processed:" + id;
    }

    static String claimKey(String id, long period) {
        return "calendly:claim:" + id + ":" + period;
    }

    /** The SHA-256 of the deduplication key, 43 URL-safe characters: keys fit camel-sql's VARCHAR(100) column. */
    static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
