package io.github.camelcalendly.polling;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a watermark admits, and how it is stored.
 */
class WatermarkTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00.000000Z");

    @Test
    void timedItemIsAdmittedOnlyAfterTheWatermark() {
        Watermark mark = Watermark.START.after(new ChangeKey(T, "https://x/b"));

        assertThat(mark.admits(new ChangeKey(T, "https://x/b"))).as("the same change").isFalse();
        assertThat(mark.admits(new ChangeKey(T, "https://x/a"))).as("same instant, earlier uri").isFalse();
        assertThat(mark.admits(new ChangeKey(T, "https://x/c"))).as("same instant, later uri").isTrue();
        assertThat(mark.admits(new ChangeKey(T.plusNanos(1000), "https://x/a"))).as("changed later").isTrue();
        assertThat(mark.after(new ChangeKey(T.minusSeconds(1), "https://x/z"))).as("never moves back")
                .isEqualTo(mark);
    }

    @Test
    void untimedItemsAreRememberedUpToTheBound() {
        Watermark mark = Watermark.START;
        for (int i = 0; i <= Watermark.SEEN_LIMIT; i++) {
            mark = mark.after(new ChangeKey(null, "item-" + i));
        }

        assertThat(mark.seen()).hasSize(Watermark.SEEN_LIMIT);
        assertThat(mark.admits(new ChangeKey(null, "item-" + Watermark.SEEN_LIMIT))).isFalse();
        assertThat(mark.admits(new ChangeKey(null, "item-1"))).isFalse();
        assertThat(mark.admits(new ChangeKey(null, "item-0"))).as("the oldest was forgotten").isTrue();
    }

    @Test
    void itemWithoutUpdatedAtIsKeyedByCreatedAtThenByContent() {
        ChangeKey created = ItemOrder.keyOf(Map.of("uri", "https://x/1", "created_at", "2026-03-01T10:00:00.000000Z"));
        ChangeKey untimed = ItemOrder.keyOf(Map.of("name", "no uri, no time"));

        assertThat(created).isEqualTo(new ChangeKey(T, "https://x/1"));
        assertThat(untimed.timed()).isFalse();
        assertThat(untimed.id()).startsWith("sha256:")
                .isEqualTo(ItemOrder.keyOf(Map.of("name", "no uri, no time")).id());
    }

    @Test
    void storeKeepsTheWatermarkAsJson() {
        MemoryStateRepository repository = new MemoryStateRepository();
        WatermarkStore store = new WatermarkStore(repository, "k", new ObjectMapper());
        Watermark mark = Watermark.START.after(new ChangeKey(T, "https://x/b")).after(new ChangeKey(null, "u1"));

        store.save(mark);

        assertThat(new WatermarkStore(repository, "k", new ObjectMapper()).load()).isEqualTo(mark);
        assertThat(repository.getState("k")).contains("https://x/b").contains("u1");
    }
}
