package io.github.camelcalendly.polling;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.spi.StateRepository;

/**
 * Keeps a polling consumer's {@link Watermark} in a Camel {@link StateRepository} under one key, as a small JSON
 * document ({@code {"at": "...", "id": "...", "seen": [...]}}), so that a consumer restarted with the same
 * repository continues where the last one stopped.
 */
public final class WatermarkStore {

    private final StateRepository<String, String> repository;
    private final String key;
    private final ObjectMapper mapper;

    public WatermarkStore(StateRepository<String, String> repository, String key, ObjectMapper mapper) {
        this.repository = repository;
        this.key = key;
        this.mapper = mapper;
    }

    /** The key the watermark is kept under. */
    public String key() {
        return key;
    }

    /** The stored watermark, or {@link Watermark#START} when none is stored. */
    public Watermark load() {
        String text = repository.getState(key);
        if (text == null || text.isBlank()) {
            return Watermark.START;
        }
        try {
            JsonNode root = mapper.readTree(text);
            String at = root.path("at").asText(null);
            String id = root.path("id").asText(null);
            List<String> seen = new ArrayList<>();
            root.path("seen").forEach(node -> seen.add(node.asText()));
            return new Watermark(at == null ? null : Instant.parse(at), at == null ? null : id, seen);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The polling state stored under '" + key + "' is not a calendly"
                                            + " watermark (" + e.getMessage() + "); remove it to start over", e);
        }
    }

    /** Stores the watermark, replacing the previous one. */
    public void save(Watermark watermark) {
        ObjectNode root = mapper.createObjectNode();
        if (watermark.at() != null) {
            root.put("at", watermark.at().toString());
            root.put("id", watermark.id());
        }
        com.fasterxml.jackson.databind.node.ArrayNode seen = root.putArray("seen");
        watermark.seen().forEach(seen::add);
        repository.setState(key, root.toString());
    }
}
