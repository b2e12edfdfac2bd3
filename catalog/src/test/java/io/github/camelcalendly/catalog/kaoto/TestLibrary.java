package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.catalog.DefaultCamelCatalog;

/**
 * A small Kaoto catalog library, written the way Kaoto lays its libraries out: {@code index.json} listing a Camel
 * Main, a Camel Spring Boot and a Citrus definition; each Camel definition file naming its components catalog (timer,
 * log, http, kamelet and platform-http from camel-catalog 4.18.0, each with its propertiesSchema), its Kamelets
 * catalog (one Kamelet) and a schema, all under names with the hash of their content.
 */
final class TestLibrary {

    static final String MAIN = "Camel Main 4.18.0";
    static final String SPRING_BOOT = "Camel Spring Boot 4.18.0";
    static final String CITRUS = "Citrus 5.0.0";
    static final List<String> COMPONENTS = List.of("timer", "log", "http", "kamelet", "platform-http");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestLibrary() {
    }

    /** Writes the library into {@code folder}; answers {@code folder}. */
    static Path write(Path folder) throws IOException {
        ObjectNode index = MAPPER.createObjectNode();
        index.put("version", 3);
        index.put("name", "Test Kaoto catalog");
        ArrayNode definitions = index.putArray("definitions");
        definitions.add(indexEntry(MAIN, "Main", camelDefinition(folder, "camel-main/4.18.0/", MAIN, "Main")));
        definitions.add(indexEntry(SPRING_BOOT, "Spring Boot",
                camelDefinition(folder, "camel-springboot/4.18.0/", SPRING_BOOT, "Spring Boot")));
        definitions.add(indexEntry(CITRUS, "Citrus", citrusDefinition(folder, "citrus/5.0.0/")));
        Files.write(folder.resolve("index.json"), KaotoJson.bytes(index));
        return folder;
    }

    /** The component entries of the library, by name, in name order. */
    static ObjectNode components() throws IOException {
        DefaultCamelCatalog camel = new DefaultCamelCatalog();
        ObjectNode components = MAPPER.createObjectNode();
        for (String name : COMPONENTS.stream().sorted().toList()) {
            components.set(name, KaotoEntries.component(MAPPER.readTree(camel.componentJSonSchema(name))));
        }
        return components;
    }

    private static ObjectNode indexEntry(String name, String runtime, String fileName) {
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("name", name);
        entry.put("version", name.substring(name.lastIndexOf(' ') + 1));
        entry.put("runtime", runtime);
        entry.put("fileName", fileName);
        return entry;
    }

    private static String camelDefinition(Path library, String folder, String name, String runtime) throws IOException {
        ObjectNode kamelets = MAPPER.createObjectNode();
        kamelets.set("tick-source", KaotoEntries.kamelet(TestKamelets.TICK_SOURCE));
        ObjectNode yamlDsl = MAPPER.createObjectNode().put("$schema", "http://json-schema.org/draft-04/schema#");

        ObjectNode definition = MAPPER.createObjectNode();
        definition.put("name", name);
        definition.put("version", "4.18.0");
        definition.put("runtime", runtime);
        ObjectNode catalogs = definition.putObject("catalogs");
        catalogs.set("components", catalog("components", "Aggregated Camel catalog for components",
                write(library, folder, "camel-catalog-aggregate-components.json", components())));
        catalogs.set("kamelets", catalog("kamelets", "Aggregated Kamelets in JSON",
                write(library, folder, "kamelets-aggregate.json", kamelets)));
        definition.putObject("schemas").set("camelYamlDsl", catalog("camelYamlDsl", "Camel YAML DSL JSON schema",
                write(library, folder, "camelYamlDsl.json", yamlDsl)));
        return folder + write(library, folder, "index.json", definition);
    }

    private static String citrusDefinition(Path library, String folder) throws IOException {
        ObjectNode actions = MAPPER.createObjectNode();
        actions.putObject("echo").put("name", "echo");
        ObjectNode definition = MAPPER.createObjectNode();
        definition.put("name", CITRUS);
        definition.put("version", "5.0.0");
        definition.put("runtime", "Citrus");
        definition.putObject("catalogs").set("actions", catalog("actions", "Aggregated Citrus test actions",
                write(library, folder, "citrus-catalog-aggregate-actions.json", actions)));
        definition.putObject("schemas");
        Files.write(library.resolve(folder + "index.json"), KaotoJson.bytes(definition));
        return folder + "index.json";
    }

    private static ObjectNode catalog(String name, String description, String file) {
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("name", name);
        entry.put("description", description);
        entry.put("version", "4.18.0");
        entry.put("file", file);
        return entry;
    }

    /** Writes {@code content} in {@code folder} under {@code name} with its hash; answers the file name. */
    private static String write(Path library, String folder, String name, JsonNode content) throws IOException {
        byte[] bytes = KaotoJson.bytes(content);
        String fileName = KaotoJson.hashedName(name, bytes);
        Files.createDirectories(library.resolve(folder));
        Files.write(library.resolve(folder + fileName), bytes);
        return fileName;
    }
}
