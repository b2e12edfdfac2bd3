package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcalendly.catalog.CatalogSources;

/**
 * What an integration running a Calendly Kamelet needs: the camel-calendly artifact of this version, Camel's kamelet
 * component, Jackson for the JSON the Kamelets hand on, and whatever else one Kamelet's template uses.
 */
final class KameletDependencies {

    private KameletDependencies() {
    }

    /** The component's artifact, {@code camel:jackson}, {@code camel:kamelet}, then {@code more}. */
    static List<String> of(CatalogSources sources, String... more) {
        JsonNode component = sources.componentJson().path("component");
        List<String> dependencies = new ArrayList<>();
        dependencies.add("mvn:" + component.path("groupId").asText() + ":" + component.path("artifactId").asText()
                + ":" + sources.version());
        dependencies.add("camel:core");
        dependencies.add("camel:jackson");
        dependencies.add("camel:kamelet");
        dependencies.addAll(List.of(more));
        return dependencies;
    }
}
