package io.github.camelcalendly.generated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files derived from the operations registry (and, for the docs, the component JSON) are committed; this test fails
 * when one is stale. Run it with {@code -Dcalendly.regenerate=true} to rewrite them.
 */
class GeneratedFilesTest {

    private static final Path MODULE = Path.of(System.getProperty("calendly.module.dir", "."));

    static Map<String, Supplier<String>> generatedFiles() {
        Map<String, Supplier<String>> files = new LinkedHashMap<>();
        files.put(ApiParametersGenerator.PATH, ApiParametersGenerator::render);
        files.put(DocsGenerator.PATH, DocsGenerator::render);
        return files;
    }

    @Test
    void committedGeneratedFilesMatchTheRegistry() throws IOException {
        boolean regenerate = Boolean.getBoolean("calendly.regenerate");
        for (Map.Entry<String, Supplier<String>> file : generatedFiles().entrySet()) {
            Path path = MODULE.resolve(file.getKey());
            String expected = file.getValue().get();
            if (regenerate) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, expected, StandardCharsets.UTF_8);
            }
            assertThat(path).as("generated file %s", file.getKey()).exists();
            assertThat(Files.readString(path, StandardCharsets.UTF_8))
                    .as("%s is stale: run mvn -pl camel-calendly-component test -Dtest=GeneratedFilesTest"
                        + " -Dcalendly.regenerate=true and commit the result", file.getKey())
                    .isEqualTo(expected);
        }
    }
}
