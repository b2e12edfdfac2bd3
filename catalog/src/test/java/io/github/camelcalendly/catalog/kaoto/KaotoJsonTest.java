package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kaoto's file format and file names.
 */
class KaotoJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void jsonIsIndentedWithTabsWithSpacedColonsAndNoFinalLineEnd() throws IOException {
        byte[] bytes = KaotoJson.bytes(MAPPER.readTree("{\"a\": {\"b\": [1, \"c\"]}, \"d\": {}, \"e\": []}"));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "{\n\t\"a\" : {\n\t\t\"b\" : [\n\t\t\t1,\n\t\t\t\"c\"\n\t\t]\n\t},\n\t\"d\" : { },\n\t\"e\" : [ ]\n}");
    }

    @Test
    void numbersAreWrittenAsTheyWereRead(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("numbers.json"),
                "{\"a\": 1.50, \"b\": 9223372036854775807, \"c\": 1.0E-7}");

        assertThat(new String(KaotoJson.bytes(KaotoJson.readObject(file, "test")), StandardCharsets.UTF_8))
                .isEqualTo("{\n\t\"a\" : 1.50,\n\t\"b\" : 9223372036854775807,\n\t\"c\" : 1.0E-7\n}");
    }

    @Test
    void theHashIsTheCrc32InHexadecimal() {
        assertThat(KaotoJson.hash("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo("cbf43926");
    }

    @Test
    void aHashedNameGetsTheNewHash() {
        byte[] content = "{}".getBytes(StandardCharsets.UTF_8);
        String hash = KaotoJson.hash(content);

        assertThat(KaotoJson.hashedName("camel-catalog-aggregate-components-2c1f3171.json", content))
                .isEqualTo("camel-catalog-aggregate-components-" + hash + ".json");
        assertThat(KaotoJson.hashedName("camel-catalog-aggregate-components-a24d30d.json", content))
                .isEqualTo("camel-catalog-aggregate-components-" + hash + ".json");
        assertThat(KaotoJson.hashedName("index-fdf5af89.json", content)).isEqualTo("index-" + hash + ".json");
    }

    @Test
    void aNameWithoutHashGetsOne() {
        byte[] content = "{}".getBytes(StandardCharsets.UTF_8);
        String hash = KaotoJson.hash(content);

        assertThat(KaotoJson.hashedName("index.json", content)).isEqualTo("index-" + hash + ".json");
        assertThat(KaotoJson.hashedName("kamelets-aggregate.json", content))
                .isEqualTo("kamelets-aggregate-" + hash + ".json");
    }
}
