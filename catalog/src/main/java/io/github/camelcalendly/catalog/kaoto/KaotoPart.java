package io.github.camelcalendly.catalog.kaoto;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.catalog.CatalogPart;
import io.github.camelcalendly.catalog.CatalogSources;

/**
 * Calendly in Kaoto's catalog format, for {@link KaotoLibraryMerger} to add to a Kaoto catalog library:
 * <ul>
 *     <li>{@value #COMPONENTS_FILE}: {@code calendly} to Camel's component JSON plus its
 *     {@link ComponentPropertiesSchema}, as an entry of Kaoto's components catalog;</li>
 *     <li>{@value #KAMELETS_FILE}: every Kamelet the parts before this one rendered ({@value #KAMELETS_FOLDER}),
 *     by lower-case name, as JSON plus its {@link KameletPropertiesSchema}, as entries of Kaoto's Kamelets catalog
 *     (an empty object while there are none).</li>
 * </ul>
 * Register it after the part that renders the Kamelets.
 */
public final class KaotoPart implements CatalogPart {

    /** Where the generator writes the components entries; in the jar as {@link CalendlyEntries#COMPONENTS_RESOURCE}. */
    public static final String COMPONENTS_FILE = "src/generated/resources/" + CalendlyEntries.COMPONENTS_RESOURCE;
    /** Where the generator writes the Kamelets entries; in the jar as {@link CalendlyEntries#KAMELETS_RESOURCE}. */
    public static final String KAMELETS_FILE = "src/generated/resources/" + CalendlyEntries.KAMELETS_RESOURCE;
    /** Where the Kamelets part writes the Kamelets. */
    public static final String KAMELETS_FOLDER = "src/generated/resources/kamelets/";

    private static final Pattern KAMELET_FILE =
            Pattern.compile(Pattern.quote(KAMELETS_FOLDER) + "[^/]+\\.kamelet\\.yaml");

    @Override
    public Map<String, String> files(CatalogSources sources, Map<String, String> earlier) {
        ObjectNode components = CatalogSources.mapper().createObjectNode();
        ObjectNode componentJson = sources.componentJson();
        components.set(componentJson.path("component").path("name").asText(), KaotoEntries.component(componentJson));

        Map<String, ObjectNode> byName = new TreeMap<>();
        for (Map.Entry<String, String> file : earlier.entrySet()) {
            if (KAMELET_FILE.matcher(file.getKey()).matches()) {
                ObjectNode kamelet = kamelet(file.getKey(), file.getValue());
                if (byName.put(KaotoEntries.kameletKey(kamelet), kamelet) != null) {
                    throw new IllegalStateException("Two Kamelets are named " + KaotoEntries.kameletKey(kamelet));
                }
            }
        }
        ObjectNode kamelets = CatalogSources.mapper().createObjectNode();
        byName.forEach(kamelets::set);

        return Map.of(COMPONENTS_FILE, CatalogSources.json(components), KAMELETS_FILE, CatalogSources.json(kamelets));
    }

    private static ObjectNode kamelet(String path, String yaml) {
        try {
            ObjectNode kamelet = KaotoEntries.kamelet(yaml);
            KaotoEntries.kameletKey(kamelet);
            return kamelet;
        } catch (RuntimeException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }
}
