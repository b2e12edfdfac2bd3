package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's table of modelled endpoints (between {@code <!-- modelled-endpoints -->} markers) names exactly the
 * endpoints the sandbox answers, so a new endpoint cannot go undocumented and a removed one cannot linger.
 */
class ReadmeEndpointsTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern TABLE = Pattern.compile(
            "<!-- modelled-endpoints -->(.*?)<!-- /modelled-endpoints -->", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PATCH|DELETE) ([^`]+)` \\|", Pattern.MULTILINE);

    @Test
    void theReadmeListsEveryModelledEndpointAndNoOther() throws IOException {
        Matcher table = TABLE.matcher(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(table.find()).as("README.md has the marked table of modelled endpoints").isTrue();
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(table.group(1));
        while (row.find()) {
            documented.add(row.group(1) + " " + normalised(row.group(2)));
        }

        Set<String> modelled = new TreeSet<>();
        try (CalendlySandbox sandbox = CalendlySandbox.start()) {
            sandbox.modelledEndpoints().forEach(endpoint -> modelled.add(normalised(endpoint)));
        }

        assertThat(documented).isEqualTo(modelled);
    }

    /** Path parameters written alike: {@code {webhook_uuid}} and {@code {uuid}} are both {@code {}}. */
    private static String normalised(String endpoint) {
        return endpoint.replaceAll("\\{[a-z_]+\\}", "{}");
    }
}
