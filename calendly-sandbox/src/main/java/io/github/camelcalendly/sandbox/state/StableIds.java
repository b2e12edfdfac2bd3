package io.github.camelcalendly.sandbox.state;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids in Calendly's 16-letter style derived from a key, for resources the sandbox renders on demand rather than
 * stores (a user's locations, an event type's schedules): the same key gives the same id every time, so listing
 * twice names the same resource.
 */
public final class StableIds {

    private StableIds() {
    }

    /** The 16 capital letters derived from {@code key}. */
    public static String of(String key) {
        UUID uuid = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        long bits = uuid.getMostSignificantBits() ^ uuid.getLeastSignificantBits();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            id.append((char) ('A' + (int) Math.floorMod(bits >> (i * 4), 26L)));
        }
        return id.toString();
    }
}
