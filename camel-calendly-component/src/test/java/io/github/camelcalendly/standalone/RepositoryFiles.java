package io.github.camelcalendly.standalone;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of the repository that the build reads: every module's {@code pom.xml} and every file under a module's
 * {@code src}. A module is any folder under the root that holds a {@code pom.xml}, so modules added later are found
 * without a list; build output ({@code target}), hidden folders and {@code node_modules} are not walked.
 */
final class RepositoryFiles {

    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

    private RepositoryFiles() {
    }

    /** The folders under (and including) the root that hold a {@code pom.xml}, in path order. */
    static List<Path> moduleFolders(Path root) throws IOException {
        List<Path> modules = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (SKIPPED_FOLDERS.contains(name) || name.startsWith("."))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                    modules.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        modules.sort(null);
        return modules;
    }

    /** Every module's {@code pom.xml} and the regular files under its {@code src}, in path order. */
    static List<Path> filesToCheck(Path root) throws IOException {
        Set<Path> files = new TreeSet<>();
        for (Path module : moduleFolders(root)) {
            files.add(module.resolve("pom.xml"));
            Path src = module.resolve("src");
            if (Files.isDirectory(src)) {
                try (Stream<Path> walk = Files.walk(src)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        return new ArrayList<>(files);
    }
}
