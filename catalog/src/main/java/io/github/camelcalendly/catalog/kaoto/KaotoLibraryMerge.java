package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.catalog.kaoto.KaotoLibrary.Definition;

/**
 * Writes a copy of a Kaoto catalog library with Calendly's entries added to the components and Kamelets catalogs
 * of the chosen definitions. Each changed catalog file, and each changed definition file, is written under a new
 * name with the hash of its content (Kaoto's convention), the definition files and {@code index.json} name the new
 * files, and a replaced file that nothing names any more is left out of the copy. Entries go in name order beside
 * the others; an entry of the same name (from an earlier merge) is replaced. In a Spring Boot definition the
 * component names the Spring Boot starter as its artifact, as Kaoto's Spring Boot catalogs do for Camel's own.
 */
public final class KaotoLibraryMerge {

    /** The runtime of Kaoto's Spring Boot definitions. */
    static final String SPRING_BOOT_RUNTIME = "Spring Boot";
    /** What a Spring Boot application adds to use the component. */
    static final String SPRING_BOOT_STARTER = "camel-calendly-spring-boot-starter";

    private final CalendlyEntries entries;

    public KaotoLibraryMerge(CalendlyEntries entries) {
        this.entries = entries;
    }

    /**
     * Which definitions get Calendly: those of the given runtimes ({@code Main}, {@code Quarkus},
     * {@code Spring Boot}) and those of the given names ({@code Camel Main 4.18.4}); with neither, every definition
     * that has a components catalog.
     */
    public record Selection(Set<String> runtimes, Set<String> names) {

        public Selection {
            runtimes = Set.copyOf(runtimes);
            names = Set.copyOf(names);
        }

        /** Every definition with a components catalog. */
        public static Selection everyCamelDefinition() {
            return new Selection(Set.of(), Set.of());
        }

        boolean chooses() {
            return !runtimes.isEmpty() || !names.isEmpty();
        }
    }

    /**
     * What a merge did.
     *
     * @param merged  the names of the definitions Calendly was added to
     * @param skipped the definitions left as they were, with the reason
     */
    public record Report(List<String> merged, List<String> skipped) {
    }

    /**
     * @param libraryFolder the folder of the library, with {@code index.json}
     * @param outputFolder  where to write the copy: a new or empty folder, outside the library
     * @param overwrite     whether to empty a non-empty output folder first
     */
    public Report merge(Path libraryFolder, Path outputFolder, Selection selection, boolean overwrite)
            throws IOException {
        KaotoLibrary library = KaotoLibrary.read(libraryFolder);
        Map<Definition, ObjectNode> files = new LinkedHashMap<>();
        for (Definition definition : library.definitions()) {
            files.put(definition, library.definitionFile(definition));
        }
        Set<Definition> selected = select(library, selection);
        Set<Definition> chosen = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        for (Definition definition : library.definitions()) {
            JsonNode catalogs = files.get(definition).path("catalogs");
            if (!selected.contains(definition)) {
                skipped.add(definition.name() + " (not chosen)");
            } else if (!catalogs.has("components")) {
                if (selection.chooses()) {
                    throw new KaotoLibraryException(definition.describe() + " has no components catalog (it is not a"
                            + " Camel runtime): Calendly cannot be added to it");
                }
                skipped.add(definition.name() + " (no components catalog)");
            } else if (!entries.kamelets().isEmpty() && !catalogs.has("kamelets")) {
                throw new KaotoLibraryException(definition.describe() + " has no kamelets catalog for Calendly's"
                        + " Kamelets");
            } else {
                library.requireFiles(definition, files.get(definition));
                chosen.add(definition);
            }
        }
        if (chosen.isEmpty()) {
            throw new KaotoLibraryException("No definition in " + library.folder().resolve(KaotoLibrary.INDEX)
                    + " has a components catalog: there is nothing to add Calendly to");
        }

        Path output = prepareOutput(library.folder(), outputFolder, overwrite);
        copy(library.folder(), output);
        Changes changes = new Changes();
        ObjectNode index = library.index().deepCopy();
        for (Definition definition : chosen) {
            ObjectNode file = files.get(definition).deepCopy();
            String fileName = addCalendly(output, definition, file, changes);
            ((ObjectNode) index.get("definitions").get(definition.position())).put("fileName", fileName);
            files.put(definition, file);
        }
        Files.write(output.resolve(KaotoLibrary.INDEX), KaotoJson.bytes(index));
        deleteUnreferenced(output, index, files, changes);
        return new Report(chosen.stream().map(Definition::name).toList(), skipped);
    }

    /** Adds the entries to the definition's catalogs and writes it; answers its new file name. */
    private String addCalendly(Path output, Definition definition, ObjectNode file, Changes changes)
            throws IOException {
        String folder = KaotoLibrary.folderOf(definition.fileName());
        ObjectNode catalogs = (ObjectNode) file.get("catalogs");
        addTo(output, folder, definition, (ObjectNode) catalogs.get("components"), components(definition.runtime()),
                changes);
        if (!entries.kamelets().isEmpty()) {
            addTo(output, folder, definition, (ObjectNode) catalogs.get("kamelets"), entries.kamelets(), changes);
        }
        return writeHashed(output, "", definition.fileName(), file, changes);
    }

    private void addTo(Path output, String folder, Definition definition, ObjectNode catalogEntry, ObjectNode additions,
                       Changes changes) throws IOException {
        String file = catalogEntry.get("file").asText();
        ObjectNode catalog = KaotoJson.readObject(output.resolve(folder + file),
                "The " + catalogEntry.path("name").asText() + " catalog of " + definition.describe());
        catalogEntry.put("file", writeHashed(output, folder, file, inNameOrder(catalog, additions), changes));
    }

    /** The components for a definition of {@code runtime}. */
    private ObjectNode components(String runtime) {
        ObjectNode components = entries.components().deepCopy();
        if (SPRING_BOOT_RUNTIME.equalsIgnoreCase(runtime)) {
            for (JsonNode entry : components) {
                ((ObjectNode) entry.path("component")).put("artifactId", SPRING_BOOT_STARTER);
            }
        }
        return components;
    }

    /** {@code catalog} with {@code additions} each before the first entry whose name sorts after its own. */
    static ObjectNode inNameOrder(ObjectNode catalog, ObjectNode additions) {
        ObjectNode merged = KaotoJson.mapper().createObjectNode();
        Iterator<String> pending = new TreeSet<>(additions.properties().stream().map(Map.Entry::getKey).toList())
                .iterator();
        String next = pending.hasNext() ? pending.next() : null;
        for (Map.Entry<String, JsonNode> entry : catalog.properties()) {
            while (next != null && next.compareTo(entry.getKey()) <= 0) {
                merged.set(next, additions.get(next).deepCopy());
                next = pending.hasNext() ? pending.next() : null;
            }
            if (!additions.has(entry.getKey())) {
                merged.set(entry.getKey(), entry.getValue());
            }
        }
        while (next != null) {
            merged.set(next, additions.get(next).deepCopy());
            next = pending.hasNext() ? pending.next() : null;
        }
        return merged;
    }

    /**
     * Writes {@code content} beside {@code folder + fileName} under a name with its hash; answers the new name
     * relative to {@code folder}.
     */
    private static String writeHashed(Path output, String folder, String fileName, JsonNode content, Changes changes)
            throws IOException {
        byte[] bytes = KaotoJson.bytes(content);
        String subfolder = KaotoLibrary.folderOf(fileName);
        String newName = subfolder + KaotoJson.hashedName(fileName.substring(subfolder.length()), bytes);
        Files.write(output.resolve(folder + newName), bytes);
        changes.replaced.add(folder + fileName);
        changes.written.add(folder + newName);
        return newName;
    }

    private static Set<Definition> select(KaotoLibrary library, Selection selection) {
        if (!selection.chooses()) {
            return new LinkedHashSet<>(library.definitions());
        }
        List<Definition> all = library.definitions();
        for (String runtime : selection.runtimes()) {
            if (all.stream().noneMatch(d -> d.runtime().equalsIgnoreCase(runtime))) {
                Set<String> known = new TreeSet<>(all.stream().map(Definition::runtime).toList());
                throw new KaotoLibraryException("No definition in the library has runtime '" + runtime + "'; its"
                        + " runtimes: " + String.join(", ", known));
            }
        }
        for (String name : selection.names()) {
            if (all.stream().noneMatch(d -> d.name().equals(name))) {
                throw new KaotoLibraryException("No definition in the library is named '" + name + "'; its"
                        + " definitions: " + String.join(", ", all.stream().map(Definition::name).toList()));
            }
        }
        return all.stream()
                .filter(d -> selection.names().contains(d.name())
                             || selection.runtimes().stream().anyMatch(r -> r.equalsIgnoreCase(d.runtime())))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Path prepareOutput(Path libraryFolder, Path outputFolder, boolean overwrite) throws IOException {
        Path library = libraryFolder.toRealPath();
        Path output = outputFolder.toAbsolutePath().normalize();
        Path existing = Files.exists(output) ? output.toRealPath() : output;
        if (existing.startsWith(library) || library.startsWith(existing)) {
            throw new KaotoLibraryException("The output folder " + outputFolder + " must be outside the library folder "
                    + libraryFolder + " and must not contain it");
        }
        if (Files.exists(output)) {
            if (!Files.isDirectory(output)) {
                throw new KaotoLibraryException("The output folder " + outputFolder + " exists and is not a folder");
            }
            boolean empty;
            try (Stream<Path> content = Files.list(output)) {
                empty = content.findAny().isEmpty();
            }
            if (!empty && !overwrite) {
                throw new KaotoLibraryException("The output folder " + outputFolder + " exists and is not empty: give a"
                        + " new or empty folder, or --overwrite to replace what it holds");
            }
            if (!empty) {
                deleteContent(output);
            }
        }
        Files.createDirectories(output);
        return output;
    }

    private static void deleteContent(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void copy(Path library, Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(library)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = output.resolve(library.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** Deletes the replaced files that neither the index nor any definition file names. */
    private static void deleteUnreferenced(Path output, ObjectNode index, Map<Definition, ObjectNode> files,
                                           Changes changes) throws IOException {
        Set<String> referenced = new HashSet<>();
        for (Map.Entry<Definition, ObjectNode> definition : files.entrySet()) {
            referenced.add(index.get("definitions").get(definition.getKey().position()).get("fileName").asText());
            referenced.addAll(KaotoLibrary.referencedFiles(definition.getKey(), definition.getValue()).values());
        }
        for (String replaced : changes.replaced) {
            if (!changes.written.contains(replaced) && !referenced.contains(replaced)) {
                Files.deleteIfExists(output.resolve(replaced));
            }
        }
    }

    /** The files a merge replaced and wrote, relative to the output folder. */
    private static final class Changes {
        private final Set<String> replaced = new HashSet<>();
        private final Set<String> written = new HashSet<>();
    }
}
