package io.github.camelcalendly.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the catalog is generated from: the operations registry (read directly), the component JSON that Camel's
 * tooling wrote into the camel-calendly jar, and the version the Kamelets depend on.
 */
public final class CatalogSources {

    /** Where Camel's tooling puts the component JSON in the camel-calendly jar. */
    public static final String COMPONENT_JSON = "META-INF/io/github/camelcalendly/calendly.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String version;
    private final ObjectNode componentJson;

    public CatalogSources(String version, ObjectNode componentJson) {
        this.version = Objects.requireNonNull(version, "version");
        this.componentJson = Objects.requireNonNull(componentJson, "componentJson");
    }

    /** The sources of the camel-calendly jar on the classpath, for {@code version}. */
    public static CatalogSources fromClasspath(String version) {
        try (InputStream in = CatalogSources.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IllegalStateException(COMPONENT_JSON + " is not on the classpath: camel-calendly is missing");
            }
            return new CatalogSources(version, (ObjectNode) MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + COMPONENT_JSON, e);
        }
    }

    /** The camel-calendly version, as Kamelet dependencies and snippets name it. */
    public String version() {
        return version;
    }

    /** Camel's component JSON of calendly ({@code component}, {@code componentProperties}, {@code headers}, ...). */
    public ObjectNode componentJson() {
        return componentJson.deepCopy();
    }

    /** The mapper for building JSON nodes. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code node} as indented JSON with {@code \n} line ends and a final line end, the same on every machine. */
    public static String json(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
