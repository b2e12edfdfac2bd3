package io.github.camelcalendly.catalog.kamelet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.catalog.CatalogPart;
import io.github.camelcalendly.catalog.CatalogSources;

/**
 * The Calendly Kamelets: {@code calendly-source} (webhook events), {@code calendly-poll-source} (a polled list),
 * {@code calendly-action} (any action) and {@code calendly-sink} (the writes), written to
 * {@code src/generated/resources/kamelets/<name>.kamelet.yaml}. In the jar they are in {@code kamelets/}, where
 * Camel's kamelet component looks for them by default.
 */
public final class KameletsPart implements CatalogPart {

    /** Where the Kamelet files go, relative to the catalog module. */
    public static final String FOLDER = "src/generated/resources/kamelets/";

    @Override
    public Map<String, String> files(CatalogSources sources, Map<String, String> earlier) {
        Map<String, String> files = new LinkedHashMap<>();
        for (KameletDocument kamelet : kamelets(sources)) {
            files.put(FOLDER + kamelet.fileName(), KameletYaml.write(kamelet.toNode(sources)));
        }
        return files;
    }

    static List<KameletDocument> kamelets(CatalogSources sources) {
        return List.of(CalendlySourceKamelet.build(sources), CalendlyPollSourceKamelet.build(sources),
                CalendlyActionKamelet.build(sources), CalendlySinkKamelet.build(sources));
    }
}
