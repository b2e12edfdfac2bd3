package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Kaoto catalog library: a folder with {@value #INDEX}, which lists the catalog definitions (one per runtime and
 * version: {@code name}, {@code version}, {@code runtime}, {@code fileName}); each definition file names its catalogs
 * and schemas ({@code catalogs.components.file}, {@code catalogs.kamelets.file}, ...), relative to its own folder.
 */
final class KaotoLibrary {

    static final String INDEX = "index.json";

    private final Path folder;
    private final ObjectNode index;
    private final List<Definition> definitions;

    private KaotoLibrary(Path folder, ObjectNode index, List<Definition> definitions) {
        this.folder = folder;
        this.index = index;
        this.definitions = definitions;
    }

    /** One entry of the index's {@code definitions}. */
    record Definition(int position, String name, String runtime, String fileName) {

        String describe() {
            return "definition '" + name + "' (runtime " + runtime + ")";
        }
    }

    /** Reads {@value #INDEX} of the library in {@code folder}. */
    static KaotoLibrary read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new KaotoLibraryException("Kaoto catalog library " + folder + " is not a folder");
        }
        Path indexFile = folder.resolve(INDEX);
        if (!Files.isRegularFile(indexFile)) {
            throw new KaotoLibraryException("Kaoto catalog library " + folder + " has no " + INDEX + ": give the folder"
                    + " of a catalog library, the one whose index.json lists the definitions (in the"
                    + " @kaoto/camel-catalog package: dist/camel-catalog)");
        }
        ObjectNode index = KaotoJson.readObject(indexFile, "The library's index");
        JsonNode list = index.get("definitions");
        if (list == null || !list.isArray()) {
            throw new KaotoLibraryException(indexFile + " has no definitions list: it is not the index of a Kaoto"
                                            + " catalog library");
        }
        List<Definition> definitions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String name = text(indexFile, i, entry, "name");
            definitions.add(new Definition(i, name, text(indexFile, i, entry, "runtime"),
                    text(indexFile, i, entry, "fileName")));
        }
        return new KaotoLibrary(folder, index, definitions);
    }

    Path folder() {
        return folder;
    }

    ObjectNode index() {
        return index;
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** The definition file of {@code definition}; fails naming the definition when it is missing or not JSON. */
    ObjectNode definitionFile(Definition definition) throws IOException {
        return KaotoJson.readObject(inside(definition.fileName(), definition.describe()),
                "The file of " + definition.describe());
    }

    /**
     * The files a definition file names under {@code catalogs} and {@code schemas}, by {@code catalogs.<name>} or
     * {@code schemas.<name>}, relative to the library folder.
     */
    static Map<String, String> referencedFiles(Definition definition, JsonNode definitionFile) {
        Map<String, String> files = new LinkedHashMap<>();
        String folder = folderOf(definition.fileName());
        for (String section : List.of("catalogs", "schemas")) {
            for (Map.Entry<String, JsonNode> entry : definitionFile.path(section).properties()) {
                JsonNode file = entry.getValue().get("file");
                if (file == null || !file.isTextual()) {
                    throw new KaotoLibraryException("The file of " + definition.describe() + " names no file for "
                            + section + "." + entry.getKey());
                }
                files.put(section + "." + entry.getKey(), folder + file.asText());
            }
        }
        return files;
    }

    /** Fails, naming the definition, when a file its definition file names is missing. */
    void requireFiles(Definition definition, JsonNode definitionFile) {
        for (Map.Entry<String, String> file : referencedFiles(definition, definitionFile).entrySet()) {
            if (!Files.isRegularFile(inside(file.getValue(), definition.describe()))) {
                throw new KaotoLibraryException("The file of " + file.getKey() + " of " + definition.describe() + ", "
                        + file.getValue() + ", does not exist in " + folder);
            }
        }
    }

    /** {@code relative} in the library folder; fails when it would lead out of it. */
    Path inside(String relative, String what) {
        Path resolved = folder.resolve(relative).normalize();
        if (!resolved.startsWith(folder.normalize())) {
            throw new KaotoLibraryException(what + " names " + relative + ", which is outside the library folder");
        }
        return resolved;
    }

    /** {@code camel-main/4.18.4/index-fdf5af89.json}: {@code camel-main/4.18.4/}. */
    static String folderOf(String fileName) {
        int slash = fileName.lastIndexOf('/');
        return slash < 0 ? "" : fileName.substring(0, slash + 1);
    }

    private static String text(Path indexFile, int position, JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new KaotoLibraryException(indexFile + ": definition " + (position + 1) + " ("
                    + entry.path("name").asText("unnamed") + ") has no " + field);
        }
        return value.asText();
    }
}
