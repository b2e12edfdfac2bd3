package io.github.camelcalendly.springboot.generator;

import java.util.List;

/**
 * Writes the converter that lets a property name a Spring bean, {@code #bean:name} (or {@code #name}), for the
 * options whose value is an object such as {@code SSLContextParameters}. Only written when such options exist.
 */
final class ConverterSource {

    private ConverterSource() {
    }

    static String className(ComponentModel model) {
        return model.componentClassName() + "Converter";
    }

    static String render(ComponentModel model, List<SpringProperty> beanProperties) {
        JavaImports imports = new JavaImports(model.starterPackage());
        String set = imports.use("java.util.Set");
        String autoConfiguration = imports.use("org.springframework.boot.autoconfigure.AutoConfiguration");
        String binding = imports.use("org.springframework.boot.context.properties.ConfigurationPropertiesBinding");
        String applicationContext = imports.use("org.springframework.context.ApplicationContext");
        String typeDescriptor = imports.use("org.springframework.core.convert.TypeDescriptor");
        String genericConverter = imports.use("org.springframework.core.convert.converter.GenericConverter");
        StringBuilder pairs = new StringBuilder();
        for (String type : beanProperties.stream().map(SpringProperty::type).distinct().toList()) {
            pairs.append(pairs.length() == 0 ? "" : ",\n                ")
                    .append("new ConvertiblePair(String.class, ").append(imports.use(type)).append(".class)");
        }

        return GeneratedHeader.line("//") + "package " + model.starterPackage() + ";\n\n" + imports.block() + "\n"
               + JavadocText.comment(0, JavadocText.escape("Binds a bean reference, #bean:name or #name, given in a "
                       + model.propertyPrefix() + ".* property to the Spring bean of that name, for the options"
                       + " whose value is an object: "
                       + String.join(", ", beanProperties.stream().map(p -> PropertyNames.kebab(p.name())).toList())
                       + "."))
               + "@" + autoConfiguration + "\n"
               + "@" + binding + "\n"
               + "public class " + className(model) + " implements " + genericConverter + " {\n\n"
               + "    private final " + applicationContext + " applicationContext;\n\n"
               + "    public " + className(model) + "(" + applicationContext + " applicationContext) {\n"
               + "        this.applicationContext = applicationContext;\n"
               + "    }\n\n"
               + "    @Override\n"
               + "    public " + set + "<ConvertiblePair> getConvertibleTypes() {\n"
               + "        return " + set + ".of(" + pairs + ");\n"
               + "    }\n\n"
               + "    @Override\n"
               + "    public Object convert(Object source, " + typeDescriptor + " sourceType, " + typeDescriptor
               + " targetType) {\n"
               + "        if (source == null) {\n"
               + "            return null;\n"
               + "        }\n"
               + "        String reference = source.toString().trim();\n"
               + "        if (!reference.startsWith(\"#\") || reference.length() < 2) {\n"
               + "            throw new IllegalArgumentException(\"A property of type \" + targetType.getType().getName()\n"
               + "                    + \" takes a bean reference such as #bean:name, not a plain value\");\n"
               + "        }\n"
               + "        String beanName = reference.startsWith(\"#bean:\") ? reference.substring(6) :"
               + " reference.substring(1);\n"
               + "        return applicationContext.getBean(beanName, targetType.getType());\n"
               + "    }\n"
               + "}\n";
    }
}
