package io.github.camelcalendly.catalog.kamelet;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;

/**
 * One Kamelet: its name, type, definition (title, description, properties), dependencies and route template, as the
 * {@code camel.apache.org/v1} Kamelet resource writes it.
 *
 * @param name         the Kamelet name, which ends in {@code -<type>}
 * @param type         source, sink or action
 * @param title        the title, which ends in the capitalized type
 * @param description  what the Kamelet does
 * @param properties   its properties, in the order tools show them
 * @param dependencies what the integration needs on its classpath ({@code mvn:...}, {@code camel:...})
 * @param template     the route template ({@code from} with its steps)
 */
record KameletDocument(String name, KameletType type, String title, String description,
                       List<KameletProperty> properties, List<String> dependencies, ObjectNode template) {

    static final String API_VERSION = "camel.apache.org/v1";
    static final String TYPE_LABEL = "camel.apache.org/kamelet.type";
    static final String ICON = "camel.apache.org/kamelet.icon";
    static final String PROVIDER = "camel.apache.org/provider";
    static final String SUPPORT_LEVEL = "camel.apache.org/kamelet.support.level";
    static final String CATALOG_VERSION = "camel.apache.org/catalog.version";
    static final String GROUP = "camel.apache.org/kamelet.group";

    /** Who provides these Kamelets, as the annotation {@code camel.apache.org/provider} names it. */
    static final String PROVIDER_NAME = "camel-calendly";

    KameletDocument {
        Objects.requireNonNull(type, "type");
        if (!name.endsWith("-" + type.label())) {
            throw new IllegalArgumentException("Kamelet " + name + " is a " + type.label() + ": its name must end in -"
                    + type.label());
        }
        if (!title.endsWith(type.titleSuffix())) {
            throw new IllegalArgumentException("The title of Kamelet " + name + " must end in " + type.titleSuffix());
        }
        Set<String> names = new HashSet<>();
        for (KameletProperty property : properties) {
            if (!names.add(property.name())) {
                throw new IllegalArgumentException("Kamelet " + name + " declares property " + property.name()
                        + " twice");
            }
        }
        properties = List.copyOf(properties);
        dependencies = List.copyOf(dependencies);
    }

    /** The file name the Kamelet is written to and looked up by: {@code <name>.kamelet.yaml}. */
    String fileName() {
        return name + ".kamelet.yaml";
    }

    /** The Kamelet resource, its keys always in the same order. */
    ObjectNode toNode(CatalogSources sources) {
        ObjectNode kamelet = CatalogSources.mapper().createObjectNode();
        kamelet.put("apiVersion", API_VERSION);
        kamelet.put("kind", "Kamelet");
        ObjectNode metadata = kamelet.putObject("metadata");
        metadata.put("name", name);
        ObjectNode annotations = metadata.putObject("annotations");
        ObjectNode component = sources.componentJson().path("component").deepCopy();
        annotations.put(SUPPORT_LEVEL, component.path("supportLevel").asText());
        annotations.put(CATALOG_VERSION, sources.version());
        annotations.put(ICON, KameletIcon.dataUri());
        annotations.put(PROVIDER, PROVIDER_NAME);
        annotations.put(GROUP, component.path("title").asText());
        metadata.putObject("labels").put(TYPE_LABEL, type.label());

        ObjectNode spec = kamelet.putObject("spec");
        ObjectNode definition = spec.putObject("definition");
        definition.put("title", title);
        definition.put("description", description);
        ArrayNode required = definition.putArray("required");
        properties.stream().filter(KameletProperty::required).forEach(p -> required.add(p.name()));
        if (required.isEmpty()) {
            definition.remove("required");
        }
        definition.put("type", "object");
        ObjectNode schemas = definition.putObject("properties");
        properties.forEach(p -> schemas.set(p.name(), p.schema()));
        ArrayNode deps = spec.putArray("dependencies");
        dependencies.forEach(deps::add);
        spec.set("template", template.deepCopy());
        return kamelet;
    }
}
