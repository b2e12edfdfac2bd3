package io.github.camelcalendly.catalog;

import java.io.IOException;
import java.util.Map;

/**
 * One kind of generated catalog file: the actions catalog, the Kamelets, Kaoto's entries, the docs.
 */
public interface CatalogPart {

    /**
     * The files of this part, by path relative to the catalog module ({@code src/generated/resources/...} or
     * {@code docs/...}), with their text.
     *
     * @param sources the registry's companions: the component JSON and the version
     * @param earlier the files the parts before this one rendered, by the same paths (the Kamelets, for parts that
     *                describe them)
     */
    Map<String, String> files(CatalogSources sources, Map<String, String> earlier) throws IOException;
}
