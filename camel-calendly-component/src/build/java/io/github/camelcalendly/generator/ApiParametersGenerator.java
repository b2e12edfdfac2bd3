package io.github.camelcalendly.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;
import io.github.camelcalendly.operation.OptionDefinition;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.operation.ParameterLocation;

/**
 * Renders {@code CalendlyApiParameters}, the endpoint options of every Calendly request parameter, from the
 * operations registry. Camel's tooling reads the annotations of the rendered class to build the component JSON and
 * configurers, so the registry is the one source of the option list.
 * <p>
 * Every build runs {@link #main} in generate-sources, before the component is compiled; the file is committed, and
 * {@code GeneratedFilesTest} fails when a build had to change it. After changing the registry or an option, bring
 * every generated file up to date with one build from the repository root, and commit them:
 * <pre>
 * mvn -B package -DskipTests
 * </pre>
 */
public final class ApiParametersGenerator {

    /** Where the class goes, relative to the generated sources folder. */
    public static final String FILE = "io/github/camelcalendly/CalendlyApiParameters.java";

    private ApiParametersGenerator() {
    }

    /**
     * Writes {@code CalendlyApiParameters.java} under a generated sources folder, leaving the file untouched when it
     * is already up to date.
     *
     * @param args the generated sources folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Expected one argument, the generated sources folder; got "
                                               + args.length);
        }
        GeneratedFile.write(Path.of(args[0]).resolve(FILE), render());
    }

    public static String render() {
        Map<String, List<Operation>> usage = usage();
        StringBuilder out = new StringBuilder();
        out.append("""
                /*
                 * Generated from the operations registry (io.github.camelcalendly.operation.OperationRegistry) by
                 * ApiParametersGenerator in every build. Do not edit: change the registry and build, e.g. from the
                 * repository root: mvn -B package -DskipTests
                 */
                package io.github.camelcalendly;

                import java.util.LinkedHashMap;
                import java.util.Map;

                import org.apache.camel.spi.Metadata;
                import org.apache.camel.spi.UriParam;
                import org.apache.camel.spi.UriParams;
                import org.apache.camel.spi.UriPath;

                /**
                 * The request options of every Calendly operation, one per option name across all operations.
                 */
                @UriParams
                public abstract class CalendlyApiParameters {

                """);
        out.append("    @UriPath(description = \"The Calendly API collection to act on, in camelCase.\",\n")
                .append("             enums = \"").append(String.join(",", OperationRegistry.resources())).append("\")\n")
                .append("    @Metadata(required = true)\n")
                .append("    private String resource;\n\n");
        out.append("    @UriParam(label = \"common\",\n")
                .append("              description = \"The operation on the resource. Optional when the resource has")
                .append(" only one.\",\n")
                .append("              enums = \"").append(String.join(",", OperationRegistry.operationNames()))
                .append("\")\n")
                .append("    private String op;\n\n");

        List<OptionDefinition> options = new ArrayList<>();
        for (OptionDefinition def : OptionCatalog.all()) {
            // connection options (the OAuth client id) are the configuration's, set with the token and base URL
            if (usage.containsKey(def.name()) && !OptionCatalog.isConnectionOption(def.name())) {
                options.add(def);
            }
        }
        for (OptionDefinition def : options) {
            out.append("    @UriParam(label = \"").append(label(usage.get(def.name()), def.name())).append("\",\n");
            out.append("              description = \"").append(escape(description(def, usage.get(def.name()))))
                    .append("\"");
            if (!def.enumValues().isEmpty() && !def.type().isList()) {
                out.append(",\n              enums = \"").append(String.join(",", def.enumValues())).append("\"");
            }
            if (OptionCatalog.isSecret(def.name())) {
                out.append(",\n              secret = true");
            }
            out.append(")\n");
            out.append("    private ").append(def.type().optionJavaType()).append(' ').append(def.name())
                    .append(";\n\n");
        }

        accessor(out, "String", "resource");
        accessor(out, "String", "op");
        for (OptionDefinition def : options) {
            accessor(out, def.type().optionJavaType(), def.name());
        }

        out.append("""
                    /**
                     * The request options that are set, by option name.
                     */
                    public Map<String, Object> apiParameterValues() {
                        Map<String, Object> values = new LinkedHashMap<>();
                """);
        for (OptionDefinition def : options) {
            out.append("        putIfSet(values, \"").append(def.name()).append("\", ").append(def.name())
                    .append(");\n");
        }
        out.append("""
                        return values;
                    }

                    private static void putIfSet(Map<String, Object> values, String name, Object value) {
                        if (value != null) {
                            values.put(name, value);
                        }
                    }
                }
                """);
        return out.toString();
    }

    private static Map<String, List<Operation>> usage() {
        Map<String, List<Operation>> usage = new LinkedHashMap<>();
        for (Operation op : OperationRegistry.all()) {
            for (Parameter p : op.parameters()) {
                usage.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(op);
            }
        }
        return usage;
    }

    /**
     * Options only ever sent in a request body concern the producer; filters, identifiers and the options the
     * webhook trigger also takes are common.
     */
    private static String label(List<Operation> ops, String option) {
        boolean bodyOnly = ops.stream().allMatch(
                op -> op.parameter(option).orElseThrow().location() == ParameterLocation.BODY);
        boolean trigger = ops.stream().anyMatch(op -> op.kind() == OperationKind.WEBHOOK_TRIGGER);
        return bodyOnly && !trigger ? "producer" : "common";
    }

    private static String description(OptionDefinition def, List<Operation> ops) {
        Set<String> ids = new LinkedHashSet<>();
        ops.forEach(op -> ids.add(op.id()));
        return def.description() + " Used by " + String.join(", ", ids) + ".";
    }

    private static void accessor(StringBuilder out, String type, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        out.append("    public ").append(type).append(" get").append(cap).append("() {\n")
                .append("        return ").append(name).append(";\n")
                .append("    }\n\n")
                .append("    public void set").append(cap).append('(').append(type).append(' ').append(name)
                .append(") {\n")
                .append("        this.").append(name).append(" = ").append(name).append(";\n")
                .append("    }\n\n");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
