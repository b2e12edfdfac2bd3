package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a Kaoto catalog library the way Kaoto does: from {@code index.json} to a definition file to its catalogs.
 */
final class LibraryFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;

    LibraryFiles(Path folder) {
        this.folder = folder;
    }

    JsonNode index() throws IOException {
        return MAPPER.readTree(folder.resolve("index.json").toFile());
    }

    /** The {@code fileName} of the named definition in the index. */
    String definitionFileName(String definition) throws IOException {
        for (JsonNode entry : index().get("definitions")) {
            if (entry.get("name").asText().equals(definition)) {
                return entry.get("fileName").asText();
            }
        }
        throw new AssertionError("No definition " + definition + " in " + folder);
    }

    JsonNode definition(String definition) throws IOException {
        return MAPPER.readTree(folder.resolve(definitionFileName(definition)).toFile());
    }

    /** The file name of a catalog of a definition, relative to the library folder. */
    String catalogFileName(String definition, String catalog) throws IOException {
        return KaotoLibrary.folderOf(definitionFileName(definition))
               + definition(definition).get("catalogs").get(catalog).get("file").asText();
    }

    ObjectNode catalog(String definition, String catalog) throws IOException {
        return (ObjectNode) MAPPER.readTree(folder.resolve(catalogFileName(definition, catalog)).toFile());
    }

    /** Every file the index and the definition files name, relative to the library folder. */
    Set<String> referencedFiles() throws IOException {
        Set<String> files = new TreeSet<>();
        for (JsonNode entry : index().get("definitions")) {
            String fileName = entry.get("fileName").asText();
            files.add(fileName);
            JsonNode definition = MAPPER.readTree(folder.resolve(fileName).toFile());
            for (String section : new String[] {"catalogs", "schemas"}) {
                for (Map.Entry<String, JsonNode> catalog : definition.path(section).properties()) {
                    files.add(KaotoLibrary.folderOf(fileName) + catalog.getValue().get("file").asText());
                }
            }
        }
        return files;
    }

    /** Every file in the folder but index.json, relative to it, with its bytes. */
    Map<String, byte[]> allFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        files.remove("index.json");
        return files;
    }
}
