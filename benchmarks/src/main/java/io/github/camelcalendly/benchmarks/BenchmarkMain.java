package io.github.camelcalendly.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.benchmarks.paging.PagingMemorySuite;
import io.github.camelcalendly.benchmarks.producer.ProducerProfile;
import io.github.camelcalendly.benchmarks.producer.ProducerSuite;
import io.github.camelcalendly.benchmarks.ratelimit.RateLimitSuite;
import io.github.camelcalendly.benchmarks.startup.StartupSuite;
import io.github.camelcalendly.benchmarks.webhook.WebhookIngestSuite;

/**
 * Runs the suites and prints the table. Arguments: {@code all} (the default) or suite names separated by commas,
 * and {@code smoke} for a short run that only shows the harness works:
 * <pre>
 * mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests
 * mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests -Dbenchmarks.args=producer,ratelimit
 * </pre>
 * {@code profile} instead of suite names profiles the producer suite's calls (users/me and the 10 x 100 list) with JFR on both
 * sides and prints, for each, the top self frames and the top frames of io.github.camelcalendly code
 * ({@code -Dbenchmarks.args=profile}; with {@code smoke} it profiles briefly).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** Every suite, by name, in the order they run. */
    static Map<String, Suite> suites() {
        Map<String, Suite> suites = new LinkedHashMap<>();
        for (Suite suite : List.<Suite>of(new ProducerSuite(), new WebhookIngestSuite(), new PagingMemorySuite(),
                new RateLimitSuite(), new StartupSuite())) {
            suites.put(suite.name(), suite);
        }
        return suites;
    }

    public static void main(String[] args) throws Exception {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            words.addAll(Arrays.asList(arg.split("[,\\s]+")));
        }
        words.removeIf(String::isBlank);
        boolean smoke = words.remove("smoke");
        if (words.remove("profile")) {
            ProducerProfile.print(System.out, smoke);
            return;
        }
        RunSettings settings = smoke ? RunSettings.smokeRun() : RunSettings.full();
        List<Comparison> rows = run(selected(words), settings);
        System.out.println();
        System.out.println(ResultTable.render(rows));
    }

    /** Runs {@code suites} one after the other and gathers their rows. */
    public static List<Comparison> run(List<Suite> suites, RunSettings settings) throws Exception {
        List<Comparison> rows = new ArrayList<>();
        for (Suite suite : suites) {
            System.out.println("== " + suite.name() + (settings.smoke() ? " (smoke run)" : ""));
            rows.addAll(suite.run(settings));
        }
        return rows;
    }

    /** The suites named in {@code words}; all of them for none or {@code all}. */
    static List<Suite> selected(List<String> words) {
        Map<String, Suite> all = suites();
        if (words.isEmpty() || words.equals(List.of("all"))) {
            return new ArrayList<>(all.values());
        }
        List<Suite> chosen = new ArrayList<>();
        for (String word : words) {
            Suite suite = all.get(word);
            if (suite == null) {
                throw new IllegalArgumentException("No benchmark suite " + word + "; the suites: "
                        + String.join(", ", all.keySet()) + " (or all), and smoke for a short run");
            }
            chosen.add(suite);
        }
        return chosen;
    }
}
