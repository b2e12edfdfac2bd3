package io.github.camelcalendly.springboot.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the starter from the component JSON, the way Camel generates its own starters, so the starter follows
 * the component's options: the {@code @ConfigurationProperties} class, the auto-configuration with its
 * {@code ComponentCustomizer}, the bean-reference converter when an option takes a bean, and the
 * {@code AutoConfiguration.imports} that registers them. The sources are committed under {@code src/generated};
 * {@link GeneratedStarterTest} fails when they differ from what this class writes, and rewrites them when asked.
 */
public final class StarterSourceGenerator {

    /** Where generated Java sources go, relative to the module. */
    public static final String JAVA_DIR = "src/generated/java/";
    /** Where generated resources go, relative to the module. */
    public static final String RESOURCES_DIR = "src/generated/resources/";
    /** The file that registers auto-configurations with Spring Boot. */
    public static final String IMPORTS_FILE =
            RESOURCES_DIR + "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    /** Names that the configuration class already uses for itself (through its Camel base class). */
    private static final Set<String> RESERVED = Set.of("enabled", "customizer");

    private StarterSourceGenerator() {
    }

    /** Every generated file of the starter, keyed by its path relative to the module, in a stable order. */
    public static Map<String, String> render(ComponentModel model) {
        List<SpringProperty> properties = model.options().stream()
                .map(option -> SpringProperty.of(checked(option), model.propertyPrefix())).toList();
        List<SpringProperty> beanProperties = properties.stream().filter(SpringProperty::isBeanReference).toList();
        boolean withConverter = !beanProperties.isEmpty();

        Map<String, String> files = new LinkedHashMap<>();
        files.put(javaPath(model, ConfigurationSource.className(model)),
                ConfigurationSource.render(model, properties));
        files.put(javaPath(model, AutoConfigurationSource.className(model)),
                AutoConfigurationSource.render(model, withConverter));
        StringBuilder imports = new StringBuilder(GeneratedHeader.line("#"));
        if (withConverter) {
            files.put(javaPath(model, ConverterSource.className(model)), ConverterSource.render(model, beanProperties));
            imports.append(model.starterPackage()).append('.').append(ConverterSource.className(model)).append('\n');
        }
        imports.append(model.starterPackage()).append('.').append(AutoConfigurationSource.className(model))
                .append('\n');
        files.put(IMPORTS_FILE, imports.toString());
        return files;
    }

    private static ComponentOption checked(ComponentOption option) {
        if (RESERVED.contains(option.name())) {
            throw new IllegalStateException("Component option '" + option.name() + "' clashes with the starter's own"
                                            + " property of that name: rename the option");
        }
        return option;
    }

    private static String javaPath(ComponentModel model, String className) {
        return JAVA_DIR + model.starterPackage().replace('.', '/') + "/" + className + ".java";
    }
}
