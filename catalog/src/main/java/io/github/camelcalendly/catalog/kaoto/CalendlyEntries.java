package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.catalog.CatalogSources;

/**
 * Calendly's entries for Kaoto's catalogs, as {@link KaotoPart} renders them: the components (name to entry, the
 * one {@code calendly}) and the Kamelets (lower-case name to entry, possibly none).
 *
 * @param components the entries to add to a definition's components catalog
 * @param kamelets   the entries to add to a definition's Kamelets catalog
 */
public record CalendlyEntries(ObjectNode components, ObjectNode kamelets) {

    /** The components, in the catalog jar. */
    public static final String COMPONENTS_RESOURCE = "kaoto/calendly-components.json";
    /** The Kamelets, in the catalog jar. */
    public static final String KAMELETS_RESOURCE = "kaoto/calendly-kamelets.json";

    public CalendlyEntries {
        components = components.deepCopy();
        kamelets = kamelets.deepCopy();
    }

    /** The entries in the catalog jar on the classpath. */
    public static CalendlyEntries fromClasspath() {
        return new CalendlyEntries(resource(COMPONENTS_RESOURCE), resource(KAMELETS_RESOURCE));
    }

    /** The entries among the generator's files (by path relative to the catalog module). */
    public static CalendlyEntries fromRendered(Map<String, String> files) {
        return new CalendlyEntries(rendered(files, KaotoPart.COMPONENTS_FILE),
                rendered(files, KaotoPart.KAMELETS_FILE));
    }

    private static ObjectNode resource(String name) {
        try (InputStream in = CalendlyEntries.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath: run with the camel-calendly-catalog"
                                                + " jar (or its target/classes) on the classpath");
            }
            return object(name, CatalogSources.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }

    private static ObjectNode rendered(Map<String, String> files, String path) {
        String text = files.get(path);
        if (text == null) {
            throw new IllegalArgumentException("The rendered catalog has no " + path);
        }
        try {
            return object(path, CatalogSources.mapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    private static ObjectNode object(String name, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalStateException(name + " is not a JSON object");
        }
        return (ObjectNode) node;
    }
}
