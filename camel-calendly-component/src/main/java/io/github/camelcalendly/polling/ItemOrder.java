package io.github.camelcalendly.polling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Gives each listed item its {@link ChangeKey} and puts a poll's items in the order they are emitted: items with a
 * change time oldest change first (ties by identity), then the items without one in the order Calendly listed them.
 */
public final class ItemOrder {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private ItemOrder() {
    }

    /** The item's change key: {@code updated_at}, else {@code created_at}, and its uri, else a content digest. */
    public static ChangeKey keyOf(Map<String, Object> item) {
        Instant at = time(item.get("updated_at"));
        if (at == null) {
            at = time(item.get("created_at"));
        }
        return new ChangeKey(at, identity(item));
    }

    /** The items paired with their keys, in emission order. */
    public static List<Keyed> sorted(List<Map<String, Object>> items) {
        List<Keyed> keyed = new ArrayList<>(items.size());
        for (Map<String, Object> item : items) {
            keyed.add(new Keyed(keyOf(item), item));
        }
        // a stable sort: untimed items sort last (nulls last) and keep Calendly's order among themselves
        keyed.sort(Comparator.comparing((Keyed k) -> k.key().at(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(k -> k.key().timed() ? k.key().id() : ""));
        return keyed;
    }

    /** An item and its change key. */
    public record Keyed(ChangeKey key, Map<String, Object> item) {
    }

    static String identity(Map<String, Object> item) {
        Object uri = item.get("uri");
        if (uri instanceof String text && !text.isBlank()) {
            return text;
        }
        try {
            byte[] json = CANONICAL.writeValueAsBytes(item);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the identity of a listed item without uri", e);
        }
    }

    static Instant time(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
