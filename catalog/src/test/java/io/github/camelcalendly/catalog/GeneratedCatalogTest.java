package io.github.camelcalendly.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The catalog files are committed and every build regenerates them. The build keeps a copy of them as they were
 * before it started ({@code calendly.committed.dir}); this test renders the catalog afresh and fails when the copy
 * differs, so that a commit that changed the registry, an option or a generator without its regenerated files fails
 * in CI. Locally, the build has already rewritten the files when it fails: commit them. With
 * {@code -Dcalendly.regenerate=true} it expects the changes and does not fail.
 */
class GeneratedCatalogTest {

    static final Path MODULE = Path.of(System.getProperty("calendly.module.dir", "."));
    private static final Path BEFORE_BUILD =
            Path.of(System.getProperty("calendly.committed.dir", "target/generated-files-before-build"));

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws IOException {
        assumeFalse(Boolean.getBoolean("calendly.regenerate"), "regenerating on purpose (calendly.regenerate)");
        Map<String, String> rendered = CatalogGenerator.render(CatalogSources.fromClasspath(version()));

        assertThat(rendered).as("the generated catalog files").isNotEmpty();
        assertThat(filesIn(BEFORE_BUILD))
                .as("the committed catalog files: after changing the registry, an option or a generator,"
                    + " mvn -B package -DskipTests from the repository root regenerates them; commit them")
                .isEqualTo(rendered);
    }

    @Test
    void theBuildWroteWhatTheGeneratorRenders() throws IOException {
        Map<String, String> rendered = CatalogGenerator.render(CatalogSources.fromClasspath(version()));

        assertThat(filesIn(MODULE)).isEqualTo(rendered);
    }

    static String version() {
        return System.getProperty("calendly.version", "0.1.0-SNAPSHOT");
    }

    /** The files in the folders the generator owns, below a module folder or its copy, with their text. */
    private static Map<String, String> filesIn(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String folder : CatalogGenerator.OWNED_FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(file).toString().replace('\\', '/'),
                            Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
                }
            }
        }
        return files;
    }
}
