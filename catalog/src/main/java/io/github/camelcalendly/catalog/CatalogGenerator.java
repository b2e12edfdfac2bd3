package io.github.camelcalendly.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.github.camelcalendly.catalog.actions.ActionsCatalogPart;
import io.github.camelcalendly.catalog.docs.ActionDocsPart;
import io.github.camelcalendly.catalog.kamelet.KameletsPart;
import io.github.camelcalendly.catalog.kaoto.KaotoPart;

/**
 * Writes every generated catalog file from the operations registry and the component JSON. Every build runs
 * {@link #main} in process-classes; the files are committed, and {@code GeneratedCatalogTest} fails when a build had
 * to change one. After changing the registry or an option, regenerate all with one build from the repository root
 * and commit the files:
 * <pre>
 * mvn -B package -DskipTests
 * </pre>
 */
public final class CatalogGenerator {

    /** The folders this generator owns: a file in them that no part writes any more is deleted. */
    public static final List<String> OWNED_FOLDERS = List.of("src/generated/resources", "docs");

    private CatalogGenerator() {
    }

    /** The parts of the catalog, in the order they are generated. */
    static List<CatalogPart> parts() {
        // the Kaoto entries describe the Kamelets, so they come after them
        return List.of(new KameletsPart(), new ActionsCatalogPart(), new ActionDocsPart(), new KaotoPart());
    }

    /** Every generated file, by path relative to the catalog module, with its text. */
    public static Map<String, String> render(CatalogSources sources) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (CatalogPart part : parts()) {
            for (Map.Entry<String, String> file : part.files(sources, Map.copyOf(files)).entrySet()) {
                if (files.put(file.getKey(), file.getValue()) != null) {
                    throw new IllegalStateException("Two catalog parts write " + file.getKey());
                }
            }
        }
        return files;
    }

    /**
     * @param args the catalog module's folder and the camel-calendly version
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: CatalogGenerator <catalog module folder> <camel-calendly version>");
        }
        Path module = Path.of(args[0]);
        Map<String, String> files = render(CatalogSources.fromClasspath(args[1]));
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(module.resolve(file.getKey()), file.getValue());
        }
        for (String folder : OWNED_FOLDERS) {
            deleteUnwritten(module, module.resolve(folder), files);
        }
    }

    /** Writes only when the text changed, so that an unchanged file keeps its timestamp. */
    private static void write(Path path, String content) throws IOException {
        if (Files.isRegularFile(path) && Files.readString(path, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }

    private static void deleteUnwritten(Path module, Path folder, Map<String, String> files) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!files.containsKey(module.relativize(file).toString().replace('\\', '/'))) {
                    Files.delete(file);
                }
            }
        }
    }
}
