package io.github.camelcalendly.catalog.kamelet;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a Kamelet as YAML text that is the same on every run and machine: keys in the order they were put,
 * {@code \n} line ends, no line folding, quotes only where YAML needs them.
 */
final class KameletYaml {

    static final String HEADER = "# Generated from the camel-calendly operations registry by the catalog module's"
            + " CatalogGenerator; do not edit.\n";

    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // a text that reads as a number ("1.0" as a version) stays a text
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private KameletYaml() {
    }

    static String write(ObjectNode kamelet) {
        try {
            return HEADER + MAPPER.writeValueAsString(kamelet);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write Kamelet " + kamelet.path("metadata").path("name"), e);
        }
    }
}
