package io.github.camelcalendly.springboot.generator;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed generated sources pass javac's doclint: descriptions copied from the component JSON leave no broken
 * inline tag, stray HTML or unescaped character in the javadoc.
 */
class GeneratedJavadocTest {

    private static final Path MODULE = Path.of(System.getProperty("calendly.module.dir", "."));

    @Test
    void generatedSourcesPassDoclint(@TempDir Path classes) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(MODULE.resolve("src/generated").resolve(StarterSourceGenerator.JAVA_DIR))) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        assertThat(sources).isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean compiled = javac.getTask(diagnostics, files, null,
                    List.of("-Xdoclint:all,-missing", "-Werror", "-proc:none", "-d", classes.toString(),
                            "-cp", System.getProperty("java.class.path")),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();

            assertThat(compiled).as("doclint on the generated sources:%n%s", diagnostics).isTrue();
        }
    }
}
