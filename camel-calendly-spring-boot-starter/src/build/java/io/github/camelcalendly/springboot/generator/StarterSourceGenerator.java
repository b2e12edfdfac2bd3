package io.github.camelcalendly.springboot.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates the starter from the component JSON, the way Camel generates its own starters, so the starter follows
 * the component's options: the {@code @ConfigurationProperties} class, the auto-configuration with its
 * {@code ComponentCustomizer}, the bean-reference converter when an option takes a bean, and the
 * {@code AutoConfiguration.imports} that registers them.
 * <p>
 * Every build runs {@link #main} in generate-sources with the component on the classpath, writing into the starter's
 * {@code src/generated}, before the starter is compiled. The files are committed, and {@code GeneratedStarterTest}
 * fails when a build had to change one. After changing a component option, bring every generated file up to date
 * with one build from the repository root, and commit them:
 * <pre>
 * mvn -B package -DskipTests
 * </pre>
 */
public final class StarterSourceGenerator {

    /** Where generated Java sources go, relative to the generated files folder. */
    public static final String JAVA_DIR = "java/";
    /** Where generated resources go, relative to the generated files folder. */
    public static final String RESOURCES_DIR = "resources/";
    /** The file that registers auto-configurations with Spring Boot. */
    public static final String IMPORTS_FILE =
            RESOURCES_DIR + "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    /** Names that the configuration class already uses for itself (through its Camel base class). */
    private static final Set<String> RESERVED = Set.of("enabled", "customizer");

    private StarterSourceGenerator() {
    }

    /**
     * Writes the starter's files from the calendly component's JSON on the classpath, leaving those already up to
     * date untouched, and deletes the generated Java sources it no longer writes.
     *
     * @param args the generated files folder, {@code src/generated} of the starter
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Expected one argument, the generated files folder; got " + args.length);
        }
        write(Path.of(args[0]), render(ComponentModel.calendly()));
    }

    private static void write(Path folder, Map<String, String> files) throws IOException {
        for (String leftover : javaSourcesUnder(folder)) {
            if (!files.containsKey(leftover)) {
                Files.delete(folder.resolve(leftover));
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (Files.isRegularFile(path) && Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                continue;
            }
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The Java files under the folder's {@link #JAVA_DIR}, as paths relative to the folder with forward slashes. */
    private static List<String> javaSourcesUnder(Path folder) throws IOException {
        Path root = folder.resolve(JAVA_DIR);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> JAVA_DIR + root.relativize(path).toString().replace('\\', '/'))
                    .toList();
        }
    }

    /** Every generated file of the starter, keyed by its path relative to the generated files folder. */
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
