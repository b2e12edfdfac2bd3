package io.github.camelcalendly.catalog.kamelet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kamelet files the build generated into the catalog module ({@code src/generated/resources/kamelets}), read as
 * YAML the way any tool reads them.
 */
final class GeneratedKamelets {

    static final Path FOLDER = Path.of(System.getProperty("calendly.module.dir", "."))
            .resolve("src/generated/resources/kamelets");
    static final String SUFFIX = ".kamelet.yaml";

    private static final YAMLMapper YAML = new YAMLMapper();

    private GeneratedKamelets() {
    }

    /** Every Kamelet file, by file name. */
    static Map<String, JsonNode> byFileName() {
        Map<String, JsonNode> kamelets = new TreeMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                kamelets.put(file.getFileName().toString(), YAML.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Kamelets in " + FOLDER, e);
        }
        return kamelets;
    }

    /** The Kamelet {@code name}. */
    static JsonNode named(String name) {
        JsonNode kamelet = byFileName().get(name + SUFFIX);
        if (kamelet == null) {
            throw new AssertionError("No Kamelet " + name + " in " + FOLDER);
        }
        return kamelet;
    }

    static String name(JsonNode kamelet) {
        return kamelet.path("metadata").path("name").asText();
    }

    static JsonNode definition(JsonNode kamelet) {
        return kamelet.path("spec").path("definition");
    }

    static JsonNode property(JsonNode kamelet, String name) {
        return definition(kamelet).path("properties").path(name);
    }

    /** The texts of an array node. */
    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** The field names of an object node, in order. */
    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
