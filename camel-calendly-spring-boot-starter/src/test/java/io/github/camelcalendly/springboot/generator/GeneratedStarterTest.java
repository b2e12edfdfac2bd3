package io.github.camelcalendly.springboot.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's sources are generated from the component JSON and committed; this test regenerates them in memory
 * and fails when a committed file is stale or when a generated file is left over. Run it with
 * {@code -Dcalendly.regenerate=true} to rewrite them (the command is in the README).
 */
class GeneratedStarterTest {

    private static final Path MODULE = Path.of(System.getProperty("calendly.module.dir", "."));

    @Test
    void committedStarterSourcesMatchTheComponentJson() throws IOException {
        Map<String, String> files = StarterSourceGenerator.render(ComponentModel.calendly());
        boolean regenerate = Boolean.getBoolean("calendly.regenerate");
        if (regenerate) {
            deleteLeftovers(files);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = MODULE.resolve(file.getKey());
            if (regenerate) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(path).as("generated file %s is missing: %s", file.getKey(), GeneratedHeader.REGENERATE)
                    .exists();
            assertThat(Files.readString(path, StandardCharsets.UTF_8))
                    .as("%s is stale: run %s and commit the result", file.getKey(), GeneratedHeader.REGENERATE)
                    .isEqualTo(file.getValue());
        }
        assertThat(generatedJavaSources()).as("generated sources the generator no longer writes: run %s",
                GeneratedHeader.REGENERATE).allMatch(files::containsKey);
    }

    private static void deleteLeftovers(Map<String, String> files) throws IOException {
        for (String stale : generatedJavaSources().stream().filter(path -> !files.containsKey(path)).toList()) {
            Files.delete(MODULE.resolve(stale));
        }
    }

    /** The Java files now under the generated sources folder, as module-relative paths with forward slashes. */
    private static List<String> generatedJavaSources() throws IOException {
        Path root = MODULE.resolve(StarterSourceGenerator.JAVA_DIR);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> StarterSourceGenerator.JAVA_DIR + root.relativize(path).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
