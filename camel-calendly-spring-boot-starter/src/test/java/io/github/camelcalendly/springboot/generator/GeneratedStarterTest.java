package io.github.camelcalendly.springboot.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every build regenerates the starter's sources in place from the component JSON ({@link StarterSourceGenerator}, in
 * generate-sources), and keeps a copy of {@code src/generated} as it was before it started
 * ({@code calendly.committed.dir}). This test fails when the build had to change, add or delete a generated file,
 * so that a commit that changed a component option without the regenerated starter fails in CI, which builds a fresh
 * clone. Locally, the files are already regenerated when it fails: commit them. With
 * {@code -Dcalendly.regenerate=true} it expects the changes and does not fail.
 */
class GeneratedStarterTest {

    private static final Path MODULE = Path.of(System.getProperty("calendly.module.dir", "."));
    private static final Path BEFORE_BUILD =
            Path.of(System.getProperty("calendly.committed.dir", "target/generated-files-before-build"));
    private static final String GENERATED = "src/generated";

    @Test
    void theBuildChangedNoGeneratedFile() throws IOException {
        assumeFalse(Boolean.getBoolean("calendly.regenerate"), "regenerating on purpose (calendly.regenerate)");
        Map<String, String> before = generatedFiles(BEFORE_BUILD);
        Map<String, String> after = generatedFiles(MODULE);
        assertThat(after).as("the generated files").containsKey(GENERATED + "/" + StarterSourceGenerator.IMPORTS_FILE);

        assertThat(changes(before, after))
                .as("generated files that were stale and that this build regenerated: commit them (after changing a"
                    + " component option, mvn -B package -DskipTests from the repository root regenerates all)")
                .isEmpty();
    }

    @Test
    void theGeneratedFilesAreTheOnesTheGeneratorWrites() throws IOException {
        Map<String, String> rendered = new TreeMap<>();
        StarterSourceGenerator.render(ComponentModel.calendly())
                .forEach((file, text) -> rendered.put(GENERATED + "/" + file, text));

        assertThat(generatedFiles(MODULE)).isEqualTo(rendered);
    }

    /** The files under {@code src/generated} of a module folder or its copy, with their text. */
    private static Map<String, String> generatedFiles(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path generated = root.resolve(GENERATED);
        if (Files.isDirectory(generated)) {
            try (Stream<Path> walk = Files.walk(generated)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(file).toString().replace('\\', '/'),
                            Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
                }
            }
        }
        return files;
    }

    private static List<String> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<String> changes = new ArrayList<>();
        for (String path : paths) {
            if (!after.containsKey(path)) {
                changes.add(path + " (deleted)");
            } else if (!before.containsKey(path)) {
                changes.add(path + " (added)");
            } else if (!before.get(path).equals(after.get(path))) {
                changes.add(path);
            }
        }
        return changes;
    }
}
