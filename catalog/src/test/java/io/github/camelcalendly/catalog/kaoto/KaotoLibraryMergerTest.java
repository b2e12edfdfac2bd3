package io.github.camelcalendly.catalog.kaoto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command line: the arguments, and a run with the entries of the catalog jar (target/classes) on the classpath.
 */
class KaotoLibraryMergerTest {

    @TempDir
    Path temp;

    @Test
    void theCommandAddsTheEntriesOnTheClasspathAndSaysWhereTo() throws IOException {
        Path library = TestLibrary.write(Files.createDirectories(temp.resolve("library")));
        Path output = temp.resolve("output");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        KaotoLibraryMerge.Report report = KaotoLibraryMerger.run(
                new String[] {library.toString(), output.toString(), "--runtime", "Main"},
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(report.merged()).containsExactly(TestLibrary.MAIN);
        JsonNode calendly = new LibraryFiles(output).catalog(TestLibrary.MAIN, "components").get("calendly");
        assertThat(calendly).isEqualTo(CalendlyEntries.fromClasspath().components().get("calendly"));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Added calendly and " + CalendlyEntries.fromClasspath().kamelets().size() + " Kamelet(s) to: "
                          + TestLibrary.MAIN)
                .contains("Left as they were: " + TestLibrary.SPRING_BOOT + " (not chosen), " + TestLibrary.CITRUS
                          + " (not chosen)")
                .contains("Wrote " + output.toAbsolutePath().normalize());
    }

    @Test
    void theArgumentsNameLibraryOutputSelectionAndOverwrite() {
        KaotoLibraryMerger.Arguments arguments = KaotoLibraryMerger.Arguments.parse(new String[] {
            "lib", "--runtime", "Main", "out", "--definition", "Camel Spring Boot 4.18.4", "--overwrite"});

        assertThat(arguments.library()).isEqualTo(Path.of("lib"));
        assertThat(arguments.output()).isEqualTo(Path.of("out"));
        assertThat(arguments.selection().runtimes()).isEqualTo(Set.of("Main"));
        assertThat(arguments.selection().names()).isEqualTo(Set.of("Camel Spring Boot 4.18.4"));
        assertThat(arguments.overwrite()).isTrue();
    }

    @Test
    void withoutOptionsEveryCamelDefinitionIsChosenAndNothingOverwritten() {
        KaotoLibraryMerger.Arguments arguments = KaotoLibraryMerger.Arguments.parse(new String[] {"lib", "out"});

        assertThat(arguments.selection()).isEqualTo(KaotoLibraryMerge.Selection.everyCamelDefinition());
        assertThat(arguments.overwrite()).isFalse();
    }

    @Test
    void aMissingFolderArgumentIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> KaotoLibraryMerger.Arguments.parse(new String[] {"lib"}))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessage("Give the library folder and the output folder. " + KaotoLibraryMerger.USAGE);
    }

    @Test
    void anUnknownOptionIsRefusedNamingIt() {
        assertThatThrownBy(() -> KaotoLibraryMerger.Arguments.parse(new String[] {"lib", "out", "--force"}))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageStartingWith("Unknown option --force.");
    }

    @Test
    void anOptionWithoutValueIsRefusedNamingIt() {
        assertThatThrownBy(() -> KaotoLibraryMerger.Arguments.parse(new String[] {"lib", "out", "--runtime"}))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageStartingWith("--runtime needs a value.");
    }
}
