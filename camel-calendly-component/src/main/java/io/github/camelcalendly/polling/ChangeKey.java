package io.github.camelcalendly.polling;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an item stands in the order of changes: the time of its last change ({@code updated_at}, else
 * {@code created_at}; null when the item carries neither) and its identity (its {@code uri}, else a digest of its
 * content), which breaks ties between items changed in the same instant.
 *
 * @param at the time of the item's last change, or null when the item has no timestamp
 * @param id the item's identity
 */
public record ChangeKey(Instant at, String id) implements Comparable<ChangeKey> {

    private static final Comparator<ChangeKey> ORDER = Comparator
            .comparing(ChangeKey::at, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChangeKey::id);

    public ChangeKey {
        Objects.requireNonNull(id, "id");
    }

    /** Whether the item has a change time, so a watermark can order it. */
    public boolean timed() {
        return at != null;
    }

    @Override
    public int compareTo(ChangeKey other) {
        return ORDER.compare(this, other);
    }
}
