package io.github.camelcalendly.polling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a polling consumer has got: the change key of the last item with a change time it emitted, and the
 * identities of the items without a change time it emitted.
 * <p>
 * An item with a change time ({@code updated_at}, else {@code created_at}) is new when its key lies after
 * {@code (at, id)}: created or changed since. An item without one is new when its identity was not emitted
 * before; of those the last {@value #SEEN_LIMIT} are remembered, the oldest forgotten first, so on a list without
 * timestamps holding more items than that, forgotten items would be emitted again.
 *
 * @param at   the change time of the last timed item emitted, or null when none was
 * @param id   the identity of that item, or null when none was
 * @param seen identities of untimed items emitted, oldest first, at most {@value #SEEN_LIMIT}
 */
public record Watermark(Instant at, String id, List<String> seen) {

    /** How many identities of items without a change time are remembered. */
    public static final int SEEN_LIMIT = 1000;

    /** Where a consumer starts that has emitted nothing yet. */
    public static final Watermark START = new Watermark(null, null, List.of());

    public Watermark {
        if ((at == null) != (id == null)) {
            throw new IllegalArgumentException("A watermark needs both a time and an identity, or neither");
        }
        seen = List.copyOf(seen);
    }

    /** Whether the item with this key is new or changed since the watermark. */
    public boolean admits(ChangeKey key) {
        if (key.timed()) {
            return at == null || key.compareTo(new ChangeKey(at, id)) > 0;
        }
        return !seen.contains(key.id());
    }

    /** The watermark once the item with this key was emitted. */
    public Watermark after(ChangeKey key) {
        if (key.timed()) {
            return at != null && key.compareTo(new ChangeKey(at, id)) <= 0 ? this : new Watermark(key.at(), key.id(), seen);
        }
        if (seen.contains(key.id())) {
            return this;
        }
        List<String> more = new ArrayList<>(seen.size() + 1);
        more.addAll(seen.size() >= SEEN_LIMIT ? seen.subList(seen.size() - SEEN_LIMIT + 1, seen.size()) : seen);
        more.add(key.id());
        return new Watermark(at, id, more);
    }
}
