package io.github.camelcalendly.springboot.generator;

import java.util.List;

/**
 * Writes the {@code @ConfigurationProperties} class: one field per component option, with its type, default and
 * description, plus {@code enabled}, under the prefix {@code camel.component.<scheme>}.
 */
final class ConfigurationSource {

    private static final String PROPERTIES_COMMON = "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon";
    private static final String CONFIGURATION_PROPERTIES =
            "org.springframework.boot.context.properties.ConfigurationProperties";
    private static final String DEPRECATED_PROPERTY =
            "org.springframework.boot.context.properties.DeprecatedConfigurationProperty";

    private ConfigurationSource() {
    }

    static String className(ComponentModel model) {
        return model.componentClassName() + "Configuration";
    }

    static String render(ComponentModel model, List<SpringProperty> properties) {
        JavaImports imports = new JavaImports(model.starterPackage());
        String common = imports.use(PROPERTIES_COMMON);
        String annotation = imports.use(CONFIGURATION_PROPERTIES);
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();

        fields.append(JavadocText.comment(4, JavadocText.escape("Whether to configure the " + model.scheme()
                + " component from these properties. On by default; " + model.propertyPrefix()
                + ".customizer.enabled=false also leaves the component as it is.")));
        fields.append("    private Boolean enabled = true;\n");
        for (SpringProperty property : properties) {
            String type = imports.use(property.type());
            fields.append('\n').append(JavadocText.comment(4, property.javadoc()));
            if (property.option().deprecated()) {
                fields.append("    @Deprecated\n");
            }
            fields.append("    private ").append(type).append(' ').append(property.name());
            if (property.initializer() != null) {
                fields.append(" = ").append(shortened(property.initializer(), property.type(), type));
            }
            fields.append(";\n");
            accessors.append(accessors(property, type, imports));
        }

        return GeneratedHeader.line("//") + "package " + model.starterPackage() + ";\n\n" + imports.block() + "\n"
               + JavadocText.comment(0, JavadocText.escape("The " + model.propertyPrefix() + ".* properties of the "
                       + model.scheme() + " component, which Camel's tooling describes as: "
                       + JavadocText.plain(model.description()) + " " + AutoConfigurationSource.className(model)
                       + " copies them onto the component when Camel creates it."))
               + "@" + annotation + "(prefix = \"" + model.propertyPrefix() + "\")\n"
               + "public class " + className(model) + " extends " + common + " {\n\n"
               + fields + accessors + "}\n";
    }

    /** {@code java.time.Duration.ofSeconds(1)} → {@code Duration.ofSeconds(1)} when Duration is imported. */
    private static String shortened(String initializer, String qualifiedType, String spelledType) {
        return initializer.startsWith(qualifiedType + ".")
                ? spelledType + initializer.substring(qualifiedType.length()) : initializer;
    }

    private static String accessors(SpringProperty property, String type, JavaImports imports) {
        String name = property.name();
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String deprecated = property.option().deprecated() ? "    @Deprecated\n" : "";
        String getterAnnotations = property.option().deprecated()
                ? deprecated + "    @" + imports.use(DEPRECATED_PROPERTY) + "\n" : "";
        return "\n" + getterAnnotations
               + "    public " + type + " get" + capitalized + "() {\n"
               + "        return " + name + ";\n"
               + "    }\n\n" + deprecated
               + "    public void set" + capitalized + "(" + type + " " + name + ") {\n"
               + "        this." + name + " = " + name + ";\n"
               + "    }\n";
    }
}
