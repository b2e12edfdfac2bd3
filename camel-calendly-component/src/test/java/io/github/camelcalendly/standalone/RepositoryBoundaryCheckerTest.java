package io.github.camelcalendly.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard's rules on small in-memory files: what must be reported (file and line) and what must pass. The samples
 * spell out forbidden paths on purpose, so the repository walk skips this file; the name of the folder beside the
 * repository is written {@code @SIBLING@} and filled in when a sample is checked, so that a plain search of the
 * repository for that folder finds only code that really reaches it.
 */
class RepositoryBoundaryCheckerTest {

    /** A repository root that is never read: the checker works on the text it is given. */
    private static final Path ROOT = Path.of("sample-repository").toAbsolutePath();
    private final RepositoryBoundaryChecker checker = new RepositoryBoundaryChecker(ROOT);

    /** The folder beside the repository that the build must never read. */
    private static final String SIBLING = String.join("", "sha", "red");

    private List<String> check(String file, String text) {
        return checker.check(ROOT.resolve(file), withSibling(text)).stream().map(Violation::toString).toList();
    }

    private static String withSibling(String text) {
        return text.replace("@SIBLING@", SIBLING);
    }

    // ---- poms ----

    @Test
    void aPomPropertyPointingBesideTheRepositoryIsReportedWithFileAndLine() {
        List<String> found = check("component/pom.xml", """
                <project>
                    <properties>
                        <@SIBLING@.dir>${project.basedir}/../../@SIBLING@</@SIBLING@.dir>
                    </properties>
                </project>""");

        assertThat(found).isNotEmpty().allMatch(v -> v.startsWith("component/pom.xml:3: "));
        assertThat(found).anyMatch(v -> v.contains("climbs above the repository root"))
                .anyMatch(v -> v.contains(withSibling("@SIBLING@ folder beside the repository")));
    }

    @Test
    void aSurefirePropertyNamingTheSharedFolderIsReported() {
        assertThat(check("component/pom.xml", """
                <systemPropertyVariables>
                    <calendly.@SIBLING@.dir>${@SIBLING@.dir}</calendly.@SIBLING@.dir>
                </systemPropertyVariables>""")).containsExactly(withSibling("component/pom.xml:2: names the property"
                + " calendly.@SIBLING@.dir, which points beside the repository; read test data from the class path"
                + " instead"));
    }

    @Test
    void aModulePomReferringToItsParentAndOwnFoldersPasses() {
        assertThat(check("component/pom.xml", """
                <parent><relativePath>../pom.xml</relativePath></parent>
                <source>src/generated/java</source>
                <calendly.module.dir>${project.basedir}</calendly.module.dir>
                <readme>${project.basedir}/../README.md</readme>
                <top>${maven.multiModuleProjectDirectory}/pom.xml</top>""")).isEmpty();
    }

    @Test
    void theRootPomMayNotStepAboveItself() {
        assertThat(check("pom.xml", "<dir>${basedir}/../data</dir>"))
                .containsExactly("pom.xml:1: \"${basedir}/../data\" (from the repository root) climbs above the"
                        + " repository root");
        assertThat(check("pom.xml", "<module>component</module>")).isEmpty();
    }

    @Test
    void aPathThatLeavesAndReentersTheRootIsReportedBecauseItDependsOnTheClonesFolderName() {
        assertThat(check("component/pom.xml", "<x>${project.basedir}/../../sample-repository/README.md</x>"))
                .hasSize(1);
    }

    // ---- Java ----

    @Test
    void aSystemPropertyForTheSharedFolderIsReported() {
        assertThat(check("component/src/test/java/a/FixtureTest.java", """
                class FixtureTest {
                    static final String DIR = System.getProperty("calendly.@SIBLING@.dir");
                }""")).containsExactly(withSibling("component/src/test/java/a/FixtureTest.java:2: names the property"
                + " calendly.@SIBLING@.dir, which points beside the repository; read test data from the class path"
                + " instead"));
    }

    @Test
    void literalSegmentsClimbingOutOfTheRepositoryAreJoinedAndReported() {
        assertThat(check("component/src/test/java/a/DataTest.java", """
                class DataTest {
                    static final java.nio.file.Path DATA =
                            java.nio.file.Path.of("..", "..", "data", "users.json");
                }""")).containsExactly("component/src/test/java/a/DataTest.java:3: string literal"
                + " \"../../data/users.json\" (from component) climbs above the repository root");
    }

    @Test
    void aDefaultPathAfterAPropertyNameIsReported() {
        assertThat(check("component/src/test/java/a/DefaultTest.java", """
                class DefaultTest {
                    static final String DIR = System.getProperty("data.dir", "../../data");
                }""")).containsExactly("component/src/test/java/a/DefaultTest.java:2: string literal \"../../data\""
                + " (from component) climbs above the repository root");
    }

    @Test
    void theRootReadmeReadThroughTheModuleFolderPasses() {
        assertThat(check("component/src/test/java/a/ReadmeTest.java", """
                class ReadmeTest {
                    static final java.nio.file.Path README =
                            java.nio.file.Path.of(System.getProperty("calendly.module.dir", "."), "..", "README.md");
                    static final java.nio.file.Path SAME = java.nio.file.Path.of("../README.md");
                }""")).isEmpty();
    }

    @Test
    void anAbsoluteFilePathIsReported() {
        assertThat(check("component/src/test/java/a/TmpTest.java", """
                class TmpTest {
                    java.io.File data = new java.io.File("/var/data/users.json");
                }""")).containsExactly("component/src/test/java/a/TmpTest.java:2: opens the absolute path"
                + " \"/var/data/users.json\", which is outside the repository");
    }

    @Test
    void urlPathsRegexesRangesAndCommentsAreNotPaths() {
        assertThat(check("component/src/test/java/a/UrlTest.java", """
                class UrlTest {
                    // an old note: ../../elsewhere was read here once
                    String path = "/scheduled_events/" + "EV1";
                    java.util.regex.Pattern range = java.util.regex.Pattern.compile("(\\\\d+)\\\\.\\\\.(\\\\d+)");
                    String answers = "a1..a10";
                    char quote = '"';
                    String waiting = "waiting...";
                    boolean climbs = name.contains("/../") || name.endsWith("/..");
                }""")).isEmpty();
    }

    @Test
    void aTextBlockReadingARouteOutsideTheRepositoryIsReportedOnItsOwnLine() {
        assertThat(check("component/src/test/java/a/YamlTest.java", "class YamlTest {\n"
                + "    String yaml = \"\"\"\n"
                + "            - route:\n"
                + "                from:\n"
                + "                  uri: file:../../inbox\n"
                + "            \"\"\";\n"
                + "}\n")).containsExactly("component/src/test/java/a/YamlTest.java:5: string literal \"../../inbox\""
                + " (from component) climbs above the repository root");
    }

    // ---- other files ----

    @Test
    void aMarkdownLinkIsTakenRelativeToTheDocument() {
        assertThat(check("component/src/main/docs/guide.md", "See the [project README](../../../../README.md)."))
                .isEmpty();
        assertThat(check("component/src/main/docs/guide.md", "See [notes](../../../../../notes.md)."))
                .containsExactly("component/src/main/docs/guide.md:1: \"../../../../../notes.md\""
                        + " (from component/src/main/docs) climbs above the repository root");
    }

    @Test
    void aPropertiesFileIsTakenRelativeToTheModule() {
        assertThat(check("component/src/test/resources/application.properties",
                "a=1\ncamel.main.routes-include-pattern=file:../../routes/*.yaml"))
                .containsExactly("component/src/test/resources/application.properties:2: \"../../routes/*.yaml\""
                        + " (from component) climbs above the repository root");
        assertThat(check("component/src/test/resources/application.properties",
                "camel.main.routes-include-pattern=classpath:routes/*.yaml")).isEmpty();
    }

    @Test
    void aFileOutsideTheRootIsRefused() {
        assertThatThrownBy(() -> checker.check(ROOT.resolveSibling("elsewhere").resolve("pom.xml"), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not under the repository root");
    }

    // ---- the walk ----

    @Test
    void theWalkFindsEveryModuleFolderAndSkipsBuildOutputAndHiddenFolders(@TempDir Path repo) throws IOException {
        write(repo, "pom.xml");
        write(repo, "component/pom.xml");
        write(repo, "component/src/test/java/a/ATest.java");
        write(repo, "component/target/classes/copied.properties");
        write(repo, "examples/yaml/pom.xml");
        write(repo, "examples/yaml/src/main/resources/route.yaml");
        write(repo, ".git/config");
        write(repo, "README.md");

        assertThat(RepositoryFiles.moduleFolders(repo))
                .containsExactly(repo, repo.resolve("component"), repo.resolve("examples/yaml"));
        assertThat(RepositoryFiles.filesToCheck(repo)).containsExactly(
                repo.resolve("component/pom.xml"),
                repo.resolve("component/src/test/java/a/ATest.java"),
                repo.resolve("examples/yaml/pom.xml"),
                repo.resolve("examples/yaml/src/main/resources/route.yaml"),
                repo.resolve("pom.xml"));
    }

    private static void write(Path repo, String file) throws IOException {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
    }
}
