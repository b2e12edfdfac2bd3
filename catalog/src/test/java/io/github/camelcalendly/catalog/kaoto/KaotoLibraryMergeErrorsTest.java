package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelcalendly.catalog.kaoto.KaotoLibraryMerge.Selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the merge refuses, with a message naming what is wrong, before it writes anything.
 */
class KaotoLibraryMergeErrorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;
    private Path library;
    private Path output;

    @BeforeEach
    void writeLibrary() throws IOException {
        library = TestLibrary.write(Files.createDirectories(temp.resolve("library")));
        output = temp.resolve("output");
    }

    @Test
    void aFolderWithoutIndexIsRefused() throws IOException {
        Path notALibrary = Files.createDirectories(temp.resolve("package"));

        assertThatThrownBy(() -> merge(notALibrary, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining(notALibrary + " has no index.json");
        assertThat(output).doesNotExist();
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = temp.resolve("missing");

        assertThatThrownBy(() -> merge(missing, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining(missing + " is not a folder");
    }

    @Test
    void anIndexThatIsNotJsonIsRefused() throws IOException {
        Files.writeString(library.resolve("index.json"), "{ definitions: ");

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining(library.resolve("index.json") + " is not JSON");
    }

    @Test
    void anIndexWithoutDefinitionsIsRefused() throws IOException {
        Files.writeString(library.resolve("index.json"), "{\"name\": \"a package.json\"}");

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("has no definitions list");
    }

    @Test
    void aDefinitionWithoutFileNameIsRefusedNamingIt() throws IOException {
        ObjectNode index = (ObjectNode) MAPPER.readTree(library.resolve("index.json").toFile());
        ((ObjectNode) index.get("definitions").get(1)).remove("fileName");
        Files.write(library.resolve("index.json"), KaotoJson.bytes(index));

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("definition 2 (" + TestLibrary.SPRING_BOOT + ") has no fileName");
    }

    @Test
    void aMissingDefinitionFileIsRefusedNamingTheDefinitionAndTheFile() throws IOException {
        String fileName = new LibraryFiles(library).definitionFileName(TestLibrary.MAIN);
        Files.delete(library.resolve(fileName));

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("definition '" + TestLibrary.MAIN + "'")
                .hasMessageContaining(library.resolve(fileName) + " does not exist");
        assertThat(output).doesNotExist();
    }

    @Test
    void aMissingComponentsFileIsRefusedNamingTheCatalogAndTheDefinition() throws IOException {
        String components = new LibraryFiles(library).catalogFileName(TestLibrary.SPRING_BOOT, "components");
        Files.delete(library.resolve(components));

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessage("The file of catalogs.components of definition '" + TestLibrary.SPRING_BOOT
                            + "' (runtime Spring Boot), " + components + ", does not exist in " + library);
        assertThat(output).doesNotExist();
    }

    @Test
    void aMissingSchemaFileIsRefusedToo() throws IOException {
        String definition = new LibraryFiles(library).definitionFileName(TestLibrary.MAIN);
        String schema = KaotoLibrary.folderOf(definition) + new LibraryFiles(library).definition(TestLibrary.MAIN)
                .at("/schemas/camelYamlDsl/file").asText();
        Files.delete(library.resolve(schema));

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("schemas.camelYamlDsl").hasMessageContaining(schema);
    }

    @Test
    void aFileNameLeadingOutOfTheLibraryIsRefused() throws IOException {
        ObjectNode index = (ObjectNode) MAPPER.readTree(library.resolve("index.json").toFile());
        ((ObjectNode) index.get("definitions").get(0)).put("fileName", "../elsewhere/index.json");
        Files.write(library.resolve("index.json"), KaotoJson.bytes(index));

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("../elsewhere/index.json, which is outside the library folder");
    }

    @Test
    void aNonEmptyOutputFolderIsRefusedAndKept() throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("The output folder " + output + " exists and is not empty")
                .hasMessageContaining("--overwrite");
        assertThat(output.resolve("notes.txt")).hasContent("mine");
        assertThat(output.resolve("index.json")).doesNotExist();
    }

    @Test
    void aNonEmptyOutputFolderIsReplacedWhenToldToOverwrite() throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve("notes.txt"), "mine");

        merge(library, Selection.everyCamelDefinition(), true);

        assertThat(output.resolve("notes.txt")).doesNotExist();
        assertThat(new LibraryFiles(output).catalog(TestLibrary.MAIN, "components").has("calendly")).isTrue();
    }

    @Test
    void anEmptyOutputFolderIsUsed() throws IOException {
        Files.createDirectories(output);

        merge(library, Selection.everyCamelDefinition(), false);

        assertThat(output.resolve("index.json")).isRegularFile();
    }

    @Test
    void anOutputFolderInsideTheLibraryIsRefused() {
        Path inside = library.resolve("with-calendly");

        assertThatThrownBy(() -> new KaotoLibraryMerge(KaotoLibraryMergeTest.entries())
                .merge(library, inside, Selection.everyCamelDefinition(), true))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("must be outside the library folder");
        assertThat(inside).doesNotExist();
    }

    @Test
    void theLibraryFolderItselfIsRefusedAsOutput() {
        assertThatThrownBy(() -> new KaotoLibraryMerge(KaotoLibraryMergeTest.entries())
                .merge(library, library, Selection.everyCamelDefinition(), true))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("must be outside the library folder");
        assertThat(library.resolve("index.json")).isRegularFile();
    }

    @Test
    void anUnknownRuntimeIsRefusedListingTheLibrarysRuntimes() {
        assertThatThrownBy(() -> merge(library, new Selection(Set.of("Karaf"), Set.of()), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessage("No definition in the library has runtime 'Karaf';"
                            + " its runtimes: Citrus, Main, Spring Boot");
    }

    @Test
    void anUnknownDefinitionIsRefusedListingTheLibrarysDefinitions() {
        assertThatThrownBy(() -> merge(library, new Selection(Set.of(), Set.of("Camel Main 9.9.9")), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("'Camel Main 9.9.9'")
                .hasMessageContaining(TestLibrary.MAIN + ", " + TestLibrary.SPRING_BOOT + ", " + TestLibrary.CITRUS);
    }

    @Test
    void aChosenDefinitionWithoutComponentsIsRefused() {
        assertThatThrownBy(() -> merge(library, new Selection(Set.of("Citrus"), Set.of()), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("definition '" + TestLibrary.CITRUS + "' (runtime Citrus) has no components"
                                      + " catalog");
        assertThat(output).doesNotExist();
    }

    @Test
    void aDefinitionWithoutKameletsCatalogIsRefusedForCalendlysKamelets() throws IOException {
        String fileName = new LibraryFiles(library).definitionFileName(TestLibrary.MAIN);
        ObjectNode definition = (ObjectNode) MAPPER.readTree(library.resolve(fileName).toFile());
        ((ObjectNode) definition.get("catalogs")).remove("kamelets");
        Files.write(library.resolve(fileName), KaotoJson.bytes(definition));

        assertThatThrownBy(() -> merge(library, Selection.everyCamelDefinition(), false))
                .isInstanceOf(KaotoLibraryException.class)
                .hasMessageContaining("definition '" + TestLibrary.MAIN + "' (runtime Main) has no kamelets catalog");
    }

    private void merge(Path from, Selection selection, boolean overwrite) throws IOException {
        new KaotoLibraryMerge(KaotoLibraryMergeTest.entries()).merge(from, output, selection, overwrite);
    }
}
