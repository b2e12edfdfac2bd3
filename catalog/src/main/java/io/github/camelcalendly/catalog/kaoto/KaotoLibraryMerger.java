package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command that adds Calendly to a Kaoto catalog library: it reads the library in a folder (the one with
 * {@code index.json}) and writes a copy of it, with the {@code calendly} component and the Calendly Kamelets in the
 * components and Kamelets catalogs of its Camel definitions, into a new or empty output folder. The entries are
 * those of the camel-calendly-catalog jar ({@value CalendlyEntries#COMPONENTS_RESOURCE},
 * {@value CalendlyEntries#KAMELETS_RESOURCE}); see {@link KaotoLibraryMerge} for what changes in the copy.
 * <pre>
 * KaotoLibraryMerger &lt;library folder&gt; &lt;output folder&gt;
 *                    [--runtime &lt;runtime&gt;]... [--definition &lt;name&gt;]... [--overwrite]
 *
 *   --runtime Main                    only the definitions of this runtime (Main, Quarkus, Spring Boot); repeatable
 *   --definition "Camel Main 4.18.4"  only this definition, by its name in index.json; repeatable
 *   --overwrite                       empty the output folder first when it is not empty
 * </pre>
 * Kaoto's own library is in the {@code @kaoto/camel-catalog} npm package: {@code npm pack @kaoto/camel-catalog},
 * unpack the archive (here in {@code ~/kaoto}), and the library is {@code package/dist/camel-catalog}. From the
 * repository root, build the catalog module and write its classpath, then run the command:
 * <pre>
 * mvn -B -q -pl catalog -am package dependency:build-classpath -DskipTests \
 *     -Dmdep.outputFile=$PWD/catalog/target/classpath.txt -DincludeScope=runtime
 * java -cp "catalog/target/classes:$(cat catalog/target/classpath.txt)" \
 *     io.github.camelcalendly.catalog.kaoto.KaotoLibraryMerger \
 *     ~/kaoto/package/dist/camel-catalog ~/kaoto/with-calendly --runtime Main
 * </pre>
 * or, once camel-calendly is in the local Maven repository ({@code mvn -B install -DskipTests}):
 * {@code mvn -q -pl catalog exec:java -Dexec.mainClass=io.github.camelcalendly.catalog.kaoto.KaotoLibraryMerger
 * -Dexec.args="$HOME/kaoto/package/dist/camel-catalog $HOME/kaoto/with-calendly"}.
 * Serve the output folder over HTTP with CORS allowed (e.g. {@code npx http-server ~/kaoto/with-calendly -p 8080
 * --cors}) and give Kaoto its {@code index.json}: in VS Code the setting {@code kaoto.catalog.url}, in the Kaoto web
 * app the catalog URL in its settings, e.g. {@code http://localhost:8080/index.json}. Bad input (no
 * {@code index.json}, a definition whose files are missing, an output folder that is not empty, an unknown runtime)
 * ends the command with status 1 and a message naming what is wrong.
 */
public final class KaotoLibraryMerger {

    static final String USAGE = "Usage: KaotoLibraryMerger <library folder> <output folder> [--runtime <runtime>]..."
                                + " [--definition <name>]... [--overwrite]";

    private KaotoLibraryMerger() {
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args, System.out);
        } catch (KaotoLibraryException e) {
            System.err.println("KaotoLibraryMerger: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Merges as {@code args} say, with the Calendly entries on the classpath; reports on {@code out}. */
    static KaotoLibraryMerge.Report run(String[] args, PrintStream out) throws IOException {
        Arguments arguments = Arguments.parse(args);
        CalendlyEntries entries = CalendlyEntries.fromClasspath();
        KaotoLibraryMerge.Report report = new KaotoLibraryMerge(entries)
                .merge(arguments.library(), arguments.output(), arguments.selection(), arguments.overwrite());
        List<String> components = entries.components().properties().stream().map(Map.Entry::getKey).toList();
        out.println("Added " + String.join(", ", components) + " and " + entries.kamelets().size()
                    + " Kamelet(s) to: " + String.join(", ", report.merged()));
        if (!report.skipped().isEmpty()) {
            out.println("Left as they were: " + String.join(", ", report.skipped()));
        }
        out.println("Wrote " + arguments.output().toAbsolutePath().normalize() + "; serve it over HTTP and give Kaoto"
                    + " its index.json as the catalog URL");
        return report;
    }

    /** The command line. */
    record Arguments(Path library, Path output, KaotoLibraryMerge.Selection selection, boolean overwrite) {

        static Arguments parse(String[] args) {
            List<String> positional = new ArrayList<>();
            Set<String> runtimes = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--overwrite" -> overwrite = true;
                    case "--runtime" -> runtimes.add(value(args, ++i, "--runtime"));
                    case "--definition" -> names.add(value(args, ++i, "--definition"));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new KaotoLibraryException("Unknown option " + args[i] + ". " + USAGE);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (positional.size() != 2) {
                throw new KaotoLibraryException("Give the library folder and the output folder. " + USAGE);
            }
            return new Arguments(Path.of(positional.get(0)), Path.of(positional.get(1)),
                    new KaotoLibraryMerge.Selection(runtimes, names), overwrite);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].isBlank()) {
                throw new KaotoLibraryException(option + " needs a value. " + USAGE);
            }
            return args[i];
        }
    }
}
