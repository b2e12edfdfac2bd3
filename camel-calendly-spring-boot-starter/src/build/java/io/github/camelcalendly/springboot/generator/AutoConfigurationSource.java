package io.github.camelcalendly.springboot.generator;

/**
 * Writes the auto-configuration: a {@code ComponentCustomizer} that copies the bound properties onto each component
 * of the scheme, under the conditions Camel's own starters use (a Camel context, {@code camel.component.enabled} and
 * {@code camel.component.<scheme>.enabled}, and the customizer switches).
 */
final class AutoConfigurationSource {

    private AutoConfigurationSource() {
    }

    static String className(ComponentModel model) {
        return model.componentClassName() + "AutoConfiguration";
    }

    static String render(ComponentModel model, boolean withConverter) {
        JavaImports imports = new JavaImports(model.starterPackage());
        String component = imports.use(model.javaType());
        String camelContext = imports.use("org.apache.camel.CamelContext");
        String camelComponent = imports.use("org.apache.camel.Component");
        String customizer = imports.use("org.apache.camel.spi.ComponentCustomizer");
        String camelAutoConfiguration = imports.use("org.apache.camel.spring.boot.CamelAutoConfiguration");
        String commonProperties = imports.use("org.apache.camel.spring.boot.ComponentConfigurationProperties");
        String helper = imports.use("org.apache.camel.spring.boot.util.CamelPropertiesHelper");
        String onCamel = imports.use("org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans");
        String onProperties = imports.use("org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties");
        String evaluator = imports.use("org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator");
        String autoConfiguration = imports.use("org.springframework.boot.autoconfigure.AutoConfiguration");
        String enableProperties = imports.use("org.springframework.boot.context.properties.EnableConfigurationProperties");
        String applicationContext = imports.use("org.springframework.context.ApplicationContext");
        String bean = imports.use("org.springframework.context.annotation.Bean");
        String conditional = imports.use("org.springframework.context.annotation.Conditional");
        String lazy = imports.use("org.springframework.context.annotation.Lazy");
        String configuration = ConfigurationSource.className(model);
        String prefix = model.propertyPrefix();
        String after = withConverter
                ? "{" + camelAutoConfiguration + ".class, " + ConverterSource.className(model) + ".class}"
                : camelAutoConfiguration + ".class";

        return GeneratedHeader.line("//") + "package " + model.starterPackage() + ";\n\n" + imports.block() + "\n"
               + JavadocText.comment(0, JavadocText.escape("Configures each " + model.scheme()
                       + " component of the Camel context from the " + prefix + ".* properties (" + configuration
                       + "), unless camel.component.enabled or " + prefix + ".enabled is false."))
               + "@" + autoConfiguration + "(after = " + after + ")\n"
               + "@" + conditional + "(" + onCamel + ".class)\n"
               + "@" + onProperties + "({\"camel.component\", \"" + prefix + "\"})\n"
               + "@" + enableProperties + "({" + commonProperties + ".class, " + configuration + ".class})\n"
               + "public class " + className(model) + " {\n\n"
               + "    private final " + applicationContext + " applicationContext;\n"
               + "    private final " + camelContext + " camelContext;\n"
               + "    private final " + configuration + " configuration;\n\n"
               + "    public " + className(model) + "(" + applicationContext + " applicationContext, "
               + camelContext + " camelContext,\n"
               + "            " + configuration + " configuration) {\n"
               + "        this.applicationContext = applicationContext;\n"
               + "        this.camelContext = camelContext;\n"
               + "        this.configuration = configuration;\n"
               + "    }\n\n"
               + JavadocText.comment(4, JavadocText.escape("Copies the properties onto a " + component
                       + " when Camel creates it, unless camel.component.customizer.enabled or " + prefix
                       + ".customizer.enabled is false."))
               + "    @" + lazy + "\n"
               + "    @" + bean + "\n"
               + "    public " + customizer + " configure" + model.componentClassName() + "() {\n"
               + "        return new " + customizer + "() {\n"
               + "            @Override\n"
               + "            public boolean isEnabled(String name, " + camelComponent + " target) {\n"
               + "                return target instanceof " + component + "\n"
               + "                       && " + evaluator + ".evaluate(applicationContext, \"camel.component.customizer\",\n"
               + "                               \"" + prefix + ".customizer\");\n"
               + "            }\n\n"
               + "            @Override\n"
               + "            public void configure(String name, " + camelComponent + " target) {\n"
               + "                " + helper + ".copyProperties(camelContext, configuration, target);\n"
               + "            }\n"
               + "        };\n"
               + "    }\n"
               + "}\n";
    }
}
