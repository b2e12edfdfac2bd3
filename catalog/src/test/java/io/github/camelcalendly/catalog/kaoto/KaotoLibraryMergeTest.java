package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelcalendly.catalog.CatalogGenerator;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.catalog.kaoto.KaotoLibraryMerge.Selection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding Calendly to a small library in Kaoto's format (see {@link TestLibrary}), with the calendly component and a
 * hand-made Calendly Kamelet, and reading the copy back the way Kaoto does.
 */
class KaotoLibraryMergeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VERSION = System.getProperty("calendly.version", "0.1.0-SNAPSHOT");

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
    void everyFileTheIndexAndTheDefinitionsNameExists() throws IOException {
        merge(Selection.everyCamelDefinition());

        Set<String> referenced = new LibraryFiles(output).referencedFiles();
        assertThat(referenced).as("definition, components, kamelets, schema; twice; Citrus' definition and catalog")
                .hasSize(4 + 4 + 2);
        assertThat(referenced).allSatisfy(file -> assertThat(output.resolve(file)).isRegularFile());
    }

    @Test
    void theCopyHoldsNoFileThatNothingNames() throws IOException {
        merge(Selection.everyCamelDefinition());

        assertThat(new LibraryFiles(output).allFiles().keySet())
                .containsExactlyInAnyOrderElementsOf(new LibraryFiles(output).referencedFiles());
    }

    @Test
    void calendlySitsBesideTheOtherComponentsInNameOrder() throws IOException {
        merge(Selection.everyCamelDefinition());

        assertThat(new LibraryFiles(output).catalog(TestLibrary.MAIN, "components").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("calendly", "http", "kamelet", "log", "platform-http", "timer");
    }

    @Test
    void theOtherComponentsAreAsTheyWere() throws IOException {
        merge(Selection.everyCamelDefinition());

        ObjectNode components = new LibraryFiles(output).catalog(TestLibrary.MAIN, "components");
        ObjectNode before = new LibraryFiles(library).catalog(TestLibrary.MAIN, "components");
        components.remove("calendly");
        assertThat(components).isEqualTo(before);
    }

    @Test
    void calendlysEntryHasTheKeysOfTheOtherEntries() throws IOException {
        merge(Selection.everyCamelDefinition());

        ObjectNode components = new LibraryFiles(output).catalog(TestLibrary.MAIN, "components");
        List<String> calendlyKeys = keys(components.get("calendly"));
        assertThat(calendlyKeys).containsExactly("component", "componentProperties", "headers", "properties",
                "propertiesSchema");
        assertThat(keys(components.get("timer"))).isEqualTo(calendlyKeys);
        for (String other : TestLibrary.COMPONENTS) {
            assertThat(keys(components.get(other).get("propertiesSchema")))
                    .as("propertiesSchema of %s", other)
                    .isEqualTo(keys(components.get("calendly").get("propertiesSchema")));
            assertThat(keys(components.get(other).get("component")))
                    .as("component section of %s", other)
                    .containsAll(keys(components.get("calendly").get("component")));
        }
    }

    @Test
    void calendlysOptionsHaveTheKeysOtherOptionsOfTheirKindHave() throws IOException {
        merge(Selection.everyCamelDefinition());

        ObjectNode components = new LibraryFiles(output).catalog(TestLibrary.MAIN, "components");
        Map<String, Set<List<String>>> keysByKind = new HashMap<>();
        for (String other : TestLibrary.COMPONENTS) {
            JsonNode entry = components.get(other);
            for (Map.Entry<String, JsonNode> option : entry.get("properties").properties()) {
                keysByKind.computeIfAbsent(kind(option.getValue()), k -> new HashSet<>())
                        .add(keys(entry.get("propertiesSchema").get("properties").get(option.getKey())));
            }
        }
        JsonNode calendly = components.get("calendly");
        Set<String> compared = new HashSet<>();
        for (Map.Entry<String, JsonNode> option : calendly.get("properties").properties()) {
            String kind = kind(option.getValue());
            if (keysByKind.containsKey(kind)) {
                assertThat(keysByKind.get(kind)).as("option %s (%s)", option.getKey(), kind)
                        .contains(keys(calendly.get("propertiesSchema").get("properties").get(option.getKey())));
                compared.add(kind);
            }
        }
        assertThat(compared).contains("string", "string secret", "boolean default", "integer", "integer default",
                "enum", "enum default", "duration default", "object");
    }

    @Test
    void calendlysKameletsSitBesideTheOtherKamelets() throws IOException {
        merge(Selection.everyCamelDefinition());

        ObjectNode kamelets = new LibraryFiles(output).catalog(TestLibrary.MAIN, "kamelets");
        assertThat(kamelets.properties()).extracting(Map.Entry::getKey)
                .containsExactly("calendly-test-source", "tick-source");
        assertThat(keys(kamelets.get("calendly-test-source"))).isEqualTo(keys(kamelets.get("tick-source")));
        assertThat(kamelets.get("tick-source")).isEqualTo(KaotoEntries.kamelet(TestKamelets.TICK_SOURCE));
        assertThat(kamelets.get("calendly-test-source"))
                .isEqualTo(KaotoEntries.kamelet(TestKamelets.CALENDLY_TEST_SOURCE));
    }

    @Test
    void theRenderedCatalogMergesWithEveryRenderedKamelet() throws IOException {
        Map<String, String> rendered = CatalogGenerator.render(CatalogSources.fromClasspath(VERSION));
        List<String> kameletFiles = rendered.keySet().stream()
                .filter(path -> path.startsWith(KaotoPart.KAMELETS_FOLDER) && path.endsWith(".kamelet.yaml"))
                .toList();

        new KaotoLibraryMerge(CalendlyEntries.fromRendered(rendered))
                .merge(library, output, Selection.everyCamelDefinition(), false);

        LibraryFiles copy = new LibraryFiles(output);
        assertThat(copy.catalog(TestLibrary.MAIN, "components").has("calendly")).isTrue();
        ObjectNode kamelets = copy.catalog(TestLibrary.MAIN, "kamelets");
        for (String file : kameletFiles) {
            ObjectNode expected = KaotoEntries.kamelet(rendered.get(file));
            assertThat(kamelets.get(KaotoEntries.kameletKey(expected))).as(file).isEqualTo(expected);
        }
        assertThat(kamelets.size()).isEqualTo(1 + kameletFiles.size());
    }

    @Test
    void aSpringBootDefinitionNamesTheStarter() throws IOException {
        merge(Selection.everyCamelDefinition());

        LibraryFiles copy = new LibraryFiles(output);
        assertThat(copy.catalog(TestLibrary.SPRING_BOOT, "components").at("/calendly/component/artifactId").asText())
                .isEqualTo("camel-calendly-spring-boot-starter");
        assertThat(copy.catalog(TestLibrary.MAIN, "components").at("/calendly/component/artifactId").asText())
                .isEqualTo("camel-calendly");
    }

    @Test
    void changedFilesGetNewNamesWithTheHashOfTheirContent() throws IOException {
        merge(Selection.everyCamelDefinition());

        LibraryFiles before = new LibraryFiles(library);
        LibraryFiles copy = new LibraryFiles(output);
        for (String definition : List.of(TestLibrary.MAIN, TestLibrary.SPRING_BOOT)) {
            for (String file : List.of(copy.definitionFileName(definition),
                    copy.catalogFileName(definition, "components"), copy.catalogFileName(definition, "kamelets"))) {
                String name = file.substring(file.lastIndexOf('/') + 1);
                assertThat(name).endsWith("-" + KaotoJson.hash(Files.readAllBytes(output.resolve(file))) + ".json");
            }
            assertThat(copy.definitionFileName(definition)).isNotEqualTo(before.definitionFileName(definition));
            assertThat(copy.catalogFileName(definition, "components"))
                    .isNotEqualTo(before.catalogFileName(definition, "components"));
        }
    }

    @Test
    void aDefinitionWithoutComponentsIsLeftAsItWas() throws IOException {
        KaotoLibraryMerge.Report report = merge(Selection.everyCamelDefinition());

        assertThat(report.merged()).containsExactly(TestLibrary.MAIN, TestLibrary.SPRING_BOOT);
        assertThat(report.skipped()).containsExactly(TestLibrary.CITRUS + " (no components catalog)");
        String citrus = new LibraryFiles(output).definitionFileName(TestLibrary.CITRUS);
        assertThat(citrus).isEqualTo(new LibraryFiles(library).definitionFileName(TestLibrary.CITRUS));
        assertThat(output.resolve(citrus)).hasSameBinaryContentAs(library.resolve(citrus));
    }

    @Test
    void aChosenRuntimeIsTheOnlyOneThatChanges() throws IOException {
        KaotoLibraryMerge.Report report = merge(new Selection(Set.of("main"), Set.of()));

        assertThat(report.merged()).containsExactly(TestLibrary.MAIN);
        LibraryFiles copy = new LibraryFiles(output);
        assertThat(copy.catalog(TestLibrary.MAIN, "components").has("calendly")).isTrue();
        assertThat(copy.definitionFileName(TestLibrary.SPRING_BOOT))
                .isEqualTo(new LibraryFiles(library).definitionFileName(TestLibrary.SPRING_BOOT));
        assertThat(copy.catalog(TestLibrary.SPRING_BOOT, "components").has("calendly")).isFalse();
    }

    @Test
    void aChosenDefinitionIsTheOnlyOneThatChanges() throws IOException {
        KaotoLibraryMerge.Report report = merge(new Selection(Set.of(), Set.of(TestLibrary.SPRING_BOOT)));

        assertThat(report.merged()).containsExactly(TestLibrary.SPRING_BOOT);
        assertThat(new LibraryFiles(output).catalog(TestLibrary.MAIN, "components").has("calendly")).isFalse();
    }

    @Test
    void mergingTheCopyAgainGivesTheSameFiles() throws IOException {
        merge(Selection.everyCamelDefinition());
        Path again = temp.resolve("again");

        new KaotoLibraryMerge(entries()).merge(output, again, Selection.everyCamelDefinition(), false);

        Map<String, byte[]> first = new LibraryFiles(output).allFiles();
        Map<String, byte[]> second = new LibraryFiles(again).allFiles();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
        assertThat(again.resolve("index.json")).hasSameBinaryContentAs(output.resolve("index.json"));
    }

    @Test
    void theLibraryItselfIsNotChanged() throws IOException {
        Map<String, byte[]> before = new LibraryFiles(library).allFiles();

        merge(Selection.everyCamelDefinition());

        Map<String, byte[]> after = new LibraryFiles(library).allFiles();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void filesAreWrittenAsKaotoWritesThem() throws IOException {
        merge(Selection.everyCamelDefinition());

        String index = Files.readString(output.resolve("index.json"));
        assertThat(index).startsWith("{\n\t\"version\" : 3,\n\t\"name\" : \"Test Kaoto catalog\",\n");
        assertThat(index).endsWith("\n}");
    }

    @Test
    void entriesAreAddedInNameOrderAndReplaceTheirNamesakes() throws IOException {
        ObjectNode catalog = (ObjectNode) MAPPER.readTree(
                "{\"activemq\": 1, \"calendly\": \"old\", \"http\": 2, \"timer\": 3}");
        ObjectNode additions = (ObjectNode) MAPPER.readTree(
                "{\"calendly\": \"new\", \"zendesk\": 4, \"amqp\": 5}");

        assertThat(KaotoLibraryMerge.inNameOrder(catalog, additions).toString())
                .isEqualTo("{\"activemq\":1,\"amqp\":5,\"calendly\":\"new\",\"http\":2,\"timer\":3,\"zendesk\":4}");
    }

    static CalendlyEntries entries() {
        return CalendlyEntries.fromRendered(new KaotoPart().files(CatalogSources.fromClasspath(VERSION),
                Map.of(KaotoPart.KAMELETS_FOLDER + "calendly-test-source.kamelet.yaml",
                        TestKamelets.CALENDLY_TEST_SOURCE)));
    }

    private KaotoLibraryMerge.Report merge(Selection selection) throws IOException {
        return new KaotoLibraryMerge(entries()).merge(library, output, selection, false);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.properties().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    /** {@code integer default}, {@code string secret}, {@code object map}...: options of one kind have one shape. */
    private static String kind(JsonNode option) {
        List<String> kind = new ArrayList<>();
        kind.add(option.get("type").asText());
        if (option.path("javaType").asText().startsWith("java.util.Map")) {
            kind.add("map");
        }
        if (option.path("secret").asBoolean()) {
            kind.add("secret");
        }
        if (option.path("deprecated").asBoolean()) {
            kind.add("deprecated");
        }
        if (option.has("defaultValue")) {
            kind.add("default");
        }
        return kind.stream().collect(Collectors.joining(" "));
    }
}
