package io.github.camelcalendly.benchmarks.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The line a paging child prints is read back as it was written, and a broken one is refused saying why. */
class PagingResultTest {

    @Test
    void aResultLineReadsBackAsTheResultThatPrintedIt() {
        PagingResult result = new PagingResult("calendly-list", 100_000, PagingResult.OUT_OF_MEMORY, 0, 0, 0,
                12_400_000, 126);

        assertThat(PagingResult.parse(result.line())).isEqualTo(result);
        assertThat(PagingResult.parse(result.line()).outOfMemory()).isTrue();
    }

    @Test
    void aLineWithoutAFieldIsRefusedNamingIt() {
        assertThatThrownBy(() -> PagingResult.parse("paging-result lister=calendly-streaming items=1000 outcome=ok"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itemsSeen");
    }

    @Test
    void anotherLineIsRefused() {
        assertThatThrownBy(() -> PagingResult.parse("first call done"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a paging result line");
    }
}
