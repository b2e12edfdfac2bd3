package io.github.camelcalendly.springboot.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the starter is generated from: the component JSON that Camel's tooling writes from the component's
 * {@code @Metadata} and ships in the component jar.
 *
 * @param scheme      the URI scheme, also the last segment of the property prefix
 * @param javaType    the component class
 * @param description the component's description
 * @param options     the component-level options, in the JSON's order
 */
public record ComponentModel(String scheme, String javaType, String description, List<ComponentOption> options) {

    /** Where the calendly component's JSON lies on the classpath. */
    public static final String CALENDLY_JSON = "META-INF/io/github/camelcalendly/calendly.json";

    public ComponentModel {
        options = List.copyOf(options);
    }

    /** Reads the calendly component's JSON from the classpath. */
    public static ComponentModel calendly() {
        return load(CALENDLY_JSON);
    }

    /** Reads a component JSON from the classpath. */
    public static ComponentModel load(String resource) {
        try (InputStream in = ComponentModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath: is the component a dependency?");
            }
            return parse(new ObjectMapper().readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static ComponentModel parse(JsonNode json, String source) {
        JsonNode component = json.path("component");
        JsonNode properties = json.path("componentProperties");
        if (!component.isObject() || !properties.isObject()) {
            throw new IllegalStateException(source + " has no 'component' or no 'componentProperties' object");
        }
        List<ComponentOption> options = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
            options.add(option(entry.getKey(), entry.getValue()));
        }
        return new ComponentModel(required(component, "scheme", source), required(component, "javaType", source),
                component.path("description").asText(""), options);
    }

    private static ComponentOption option(String name, JsonNode node) {
        JsonNode defaultValue = node.get("defaultValue");
        List<String> enums = new ArrayList<>();
        node.path("enum").forEach(value -> enums.add(value.asText()));
        return new ComponentOption(name, node.path("type").asText("object"), node.path("javaType").asText(null),
                defaultValue == null || defaultValue.isNull() ? null : defaultValue.asText(),
                node.path("description").asText(""), enums, node.path("secret").asBoolean(false),
                node.path("deprecated").asBoolean(false));
    }

    private static String required(JsonNode node, String field, String source) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalStateException(source + ": component." + field + " is missing");
        }
        return value;
    }

    /** The component class's simple name, e.g. {@code CalendlyComponent}. */
    public String componentClassName() {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    /** The package of the generated sources: the component's package plus {@code .springboot}, as Camel does. */
    public String starterPackage() {
        return javaType.substring(0, javaType.lastIndexOf('.')) + ".springboot";
    }

    /** The Spring property prefix, e.g. {@code camel.component.calendly}. */
    public String propertyPrefix() {
        return "camel.component." + PropertyNames.kebab(scheme);
    }
}
