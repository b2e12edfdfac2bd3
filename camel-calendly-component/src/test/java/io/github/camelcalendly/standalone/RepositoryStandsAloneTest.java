package io.github.camelcalendly.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh clone builds on its own: no pom, test or main source of any module reads a path outside the repository.
 * The root is the parent pom's folder, the parent of this module's folder ({@code calendly.module.dir}, set by
 * surefire).
 */
class RepositoryStandsAloneTest {

    /** Spells out, on purpose, the very paths the checker must reject: its samples are not build inputs. */
    private static final String CHECKER_SAMPLES =
            "src/test/java/io/github/camelcalendly/standalone/RepositoryBoundaryCheckerTest.java";
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private static Path module;
    private static Path root;

    @BeforeAll
    static void findTheRoot() {
        module = Path.of(System.getProperty("calendly.module.dir", ".")).toAbsolutePath().normalize();
        root = module.getParent();
        assertThat(root.resolve("pom.xml")).as("the parent pom beside this module").isRegularFile();
    }

    @Test
    void noPomOrSourceReadsOutsideTheRepository() throws IOException {
        RepositoryBoundaryChecker checker = new RepositoryBoundaryChecker(root);
        List<Violation> violations = new ArrayList<>();
        for (Path file : RepositoryFiles.filesToCheck(root)) {
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes) || file.equals(module.resolve(CHECKER_SAMPLES))) {
                continue;
            }
            violations.addAll(checker.check(file, new String(bytes, StandardCharsets.UTF_8)));
        }

        assertThat(violations)
                .withFailMessage(() -> "Files reach outside the repository (a fresh clone would not build):\n"
                        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void theWalkCoversEveryModuleOfTheRootPomAndItsTestData() throws IOException {
        List<Path> modules = RepositoryFiles.moduleFolders(root);
        List<Path> files = RepositoryFiles.filesToCheck(root);
        Matcher listed = MODULE.matcher(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8));
        List<Path> declared = new ArrayList<>();
        while (listed.find()) {
            declared.add(root.resolve(listed.group(1)).normalize());
        }

        assertThat(declared).as("modules of the root pom").contains(module);
        assertThat(modules).as("module folders found under %s", root).contains(root).containsAll(declared);
        assertThat(files).as("files the guard reads").contains(
                root.resolve("pom.xml"),
                module.resolve("src/test/resources/contract/operations.tsv"),
                root.resolve("calendly-fixtures/src/main/resources/calendly-fixtures/koshilife/user_001.json"),
                module.resolve(CHECKER_SAMPLES));
        assertThat(files).as("no build output").noneMatch(RepositoryStandsAloneTest::isBuildOutput);
    }

    private static boolean isBuildOutput(Path file) {
        for (Path name : root.relativize(file)) {
            if (name.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
