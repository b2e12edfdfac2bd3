package io.github.camelcalendly.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated file only when its content changed, so that an unchanged file keeps its timestamp and the
 * build does not recompile or repackage for nothing.
 */
final class GeneratedFile {

    private GeneratedFile() {
    }

    static void write(Path path, String content) throws IOException {
        if (Files.isRegularFile(path) && Files.readString(path, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }
}
