package io.github.camelcalendly.generator;

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
 * Every build regenerates, in place, the files derived from the operations registry and the component's options:
 * {@code CalendlyApiParameters}, Camel's component JSON, configurers and service files under {@code src/generated},
 * and {@code src/main/docs/calendly-component.md}. The build keeps a copy of them as they were before it started
 * ({@code calendly.committed.dir}); this test fails when the build had to change one, so that a commit that changed
 * the registry or an option without its regenerated files fails in CI, which builds a fresh clone. Locally, the
 * files are already regenerated when it fails: commit them. With {@code -Dcalendly.regenerate=true} it expects the
 * changes and does not fail. It also checks that the files are the ones the generators write, so that it cannot pass
 * because the build stopped generating them.
 */
class GeneratedFilesTest {

    private static final Path MODULE = Path.of(System.getProperty("calendly.module.dir", "."));
    private static final Path BEFORE_BUILD =
            Path.of(System.getProperty("calendly.committed.dir", "target/generated-files-before-build"));
    private static final String GENERATED = "src/generated";
    private static final String DOCS = "src/main/docs/calendly-component.md";

    @Test
    void theBuildChangedNoGeneratedFile() throws IOException {
        assumeFalse(Boolean.getBoolean("calendly.regenerate"), "regenerating on purpose (calendly.regenerate)");
        Map<String, String> before = generatedFiles(BEFORE_BUILD);
        Map<String, String> after = generatedFiles(MODULE);
        assertThat(after).as("the generated files").containsKeys(DOCS,
                GENERATED + "/java/io/github/camelcalendly/CalendlyApiParameters.java",
                GENERATED + "/resources/META-INF/io/github/camelcalendly/calendly.json");

        assertThat(changes(before, after))
                .as("generated files that were stale and that this build regenerated: commit them (after changing the"
                    + " registry or an option, mvn -B package -DskipTests from the repository root regenerates all)")
                .isEmpty();
    }

    @Test
    void theGeneratedFilesAreTheOnesTheGeneratorsWrite() throws IOException {
        Path json = MODULE.resolve(GENERATED + "/resources/META-INF/io/github/camelcalendly/calendly.json");

        assertThat(read(MODULE.resolve(GENERATED + "/java").resolve(ApiParametersGenerator.FILE)))
                .isEqualTo(ApiParametersGenerator.render());
        assertThat(read(MODULE.resolve(DOCS))).isEqualTo(DocsGenerator.render(ComponentJsonDocs.read(json)));
    }

    /** The files under {@code src/generated} and the docs, below a module folder or its copy, with their text. */
    private static Map<String, String> generatedFiles(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path generated = root.resolve(GENERATED);
        if (Files.isDirectory(generated)) {
            try (Stream<Path> walk = Files.walk(generated)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(file).toString().replace('\\', '/'), read(file));
                }
            }
        }
        if (Files.isRegularFile(root.resolve(DOCS))) {
            files.put(DOCS, read(root.resolve(DOCS)));
        }
        return files;
    }

    private static List<String> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<String> changes = new ArrayList<>();
        for (String path : paths) {
            if (!after.containsKey(path)) {
                changes.add(path + " (removed)");
            } else if (!before.containsKey(path)) {
                changes.add(path + " (added)");
            } else if (!before.get(path).equals(after.get(path))) {
                changes.add(path);
            }
        }
        return changes;
    }

    /** A file's text with line ends as committed, whatever a checkout made of them. */
    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
