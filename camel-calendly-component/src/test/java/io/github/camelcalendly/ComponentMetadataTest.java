package io.github.camelcalendly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Category;
import org.apache.camel.spi.UriEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Camel's tooling took from the component's sources into the component JSON, and from there into the docs:
 * plain text where javadoc gave the description, and one list of labels.
 */
class ComponentMetadataTest {

    private static final String JSON_RESOURCE = "META-INF/io/github/camelcalendly/calendly.json";
    private static final Path DOCS =
            Path.of(System.getProperty("calendly.module.dir", "."), "src/main/docs/calendly-component.md");

    @Test
    void noJavadocInlineTagReachesTheComponentJsonOrTheDocs() throws IOException {
        String json = componentJson();
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);

        assertThat(json).as("calendly.json (Camel's tooling copies class and field javadoc into descriptions, turning"
                            + " {@code x} into {code x}: write those javadocs as plain text)")
                .doesNotContain("{code", "{link", "{@");
        assertThat(docs).as("calendly-component.md").doesNotContain("{code", "{link", "{@");
    }

    @Test
    void theComponentLabelIsTheEndpointCategoriesAndThePomSaysTheSame() throws IOException {
        String categories = Arrays.stream(CalendlyEndpoint.class.getAnnotation(UriEndpoint.class).category())
                .map(Category::getValue).collect(Collectors.joining(","));
        String pomLabel = System.getProperty("calendly.pom.label");

        assertThat(new ObjectMapper().readTree(componentJson()).path("component").path("label").asText())
                .as("the label in calendly.json").isEqualTo(categories);
        assertThat(pomLabel).as("the label property of the component's pom (surefire passes it as calendly.pom.label);"
                                + " it must list the labels of @UriEndpoint's categories")
                .isEqualTo(categories);
    }

    private static String componentJson() throws IOException {
        try (InputStream in = ComponentMetadataTest.class.getClassLoader().getResourceAsStream(JSON_RESOURCE)) {
            assertThat(in).as(JSON_RESOURCE + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
