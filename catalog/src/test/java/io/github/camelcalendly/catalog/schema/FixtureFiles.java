package io.github.camelcalendly.catalog.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelcalendly.fixtures.CalendlyFixtures;

/** The names of all fixtures of the calendly-fixtures module, found on the class path (a folder or its jar). */
final class FixtureFiles {

    private static final String README = "README.md";

    private FixtureFiles() {
    }

    /** Every fixture file, as {@link CalendlyFixtures#read} names it ({@code koshilife/user_001.json}), sorted. */
    static List<String> all() {
        URL readme = FixtureFiles.class.getClassLoader().getResource(CalendlyFixtures.ROOT + README);
        if (readme == null) {
            throw new IllegalStateException(CalendlyFixtures.ROOT + README + " is not on the class path");
        }
        try {
            URI uri = readme.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(jar.getPath("/" + CalendlyFixtures.ROOT));
                }
            }
            return names(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list the fixtures next to " + readme, e);
        }
    }

    private static List<String> names(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(README))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
