package io.github.camelcalendly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of the project README's section on OAuth connections, read from the README itself: the sign-in routes
 * are this module's {@code OAuthLoginRoutes} as it is (which {@code OAuthLoginFlowTest} runs), the other snippets
 * compile against the component as written, and every class the README names with its package (the token stores and
 * the other shared stores) is shipped.
 */
class ReadmeOAuthExamplesTest {

    private static final Path MODULE = Path.of(System.getProperty("calendly.module.dir", "."));
    private static final Path README = MODULE.resolve("../README.md");
    private static final Path ROUTES = MODULE.resolve(
            "src/main/java/io/github/camelcalendly/examples/routes/OAuthLoginRoutes.java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** A class named with its package, such as io.github.camelcalendly.jdbc.JdbcTokenStore. */
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("io\\.github\\.camelcalendly(\\.[a-z]+)+\\.[A-Z]\\w*");

    private static final String IMPORTS = """
            import java.sql.*;
            import java.util.*;
            import javax.sql.DataSource;
            import io.github.camelcalendly.*;
            import io.github.camelcalendly.auth.*;
            import org.apache.camel.*;
            import org.apache.camel.builder.RouteBuilder;
            """;

    @Test
    void theSignInRoutesAreTheExampleModulesAsTheyAre() throws IOException {
        String source = Files.readString(ROUTES, StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("public class OAuthLoginRoutes")).strip();

        assertThat(javaBlock("class OAuthLoginRoutes").strip()).isEqualTo(example);
    }

    @Test
    void everyClassTheReadmeNamesIsShipped() throws IOException {
        Matcher named = QUALIFIED_CLASS.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>();
        int found = 0;
        while (named.find()) {
            found++;
            try {
                Class.forName(named.group(), false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(named.group());
            }
        }

        assertThat(found).as("classes the README names by package").isGreaterThanOrEqualTo(4);
        assertThat(missing).as("classes the README names that the jars do not hold").isEmpty();
    }

    @Test
    void thePerUserRouteAndTheRevocationHandlerCompile(@TempDir Path classes) throws IOException {
        String routes = IMPORTS + "public class ReadmeSnippets extends RouteBuilder {\n"
                + "    @Override\n    public void configure() {\n"
                + javaBlock("CamelCalendlyConnectionId\", header(") + "\n"
                + javaBlock("onException(CalendlyConnectionRevokedException.class)") + "\n"
                + "    }\n}\n";

        assertCompiles(classes, "ReadmeSnippets", routes);
    }

    private static String javaBlock(String containing) throws IOException {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).contains(containing)) {
                found.add(m.group(1));
            }
        }
        assertThat(found).as("java blocks of the README with %s", containing).hasSize(1);
        return found.get(0);
    }

    private static void assertCompiles(Path classes, String className, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(
                URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null, List.of("-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"), null,
                List.of(file)).call();

        assertThat(compiled).as("%s compiles:%n%s%n%s", className, diagnostics, source).isTrue();
    }
}
