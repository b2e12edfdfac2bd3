package io.github.camelcalendly.catalog.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelcalendly.catalog.kamelet.KameletRuntime;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every YAML snippet of the actions page is a route that Camel Main loads and starts, against the sandbox: its
 * calendly: endpoints and the Kamelets it calls accept the options it names. The only change made to a snippet is
 * where Calendly is: the sandbox's URL, which the component takes from its configuration and the Kamelets from
 * their baseUrl property.
 */
class ActionDocsSnippetsTest {

    private static final Path PAGE = Path.of(System.getProperty("calendly.module.dir", "."))
            .resolve(ActionDocsPart.FILE);
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
    private static final String TOKEN_LINE = "accessToken: \"{{calendly.access-token}}\"";

    private static CalendlySandbox sandbox;

    @TempDir
    Path folder;

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void everyActionSnippetLoadsAndStartsInOneApplication() throws Exception {
        List<String> snippets = snippets().stream()
                .filter(s -> s.contains("uri: direct:") && !isOAuth(s)).toList();
        assertThat(snippets).hasSizeGreaterThan(150);

        try (KameletRuntime camel = KameletRuntime.start(folder, oneApplication(snippets), properties())) {
            assertAllStarted(camel.context(), snippets.size());
        }
    }

    @Test
    void everyOAuthSnippetStartsWithTheAppsClientOnTheComponent() throws Exception {
        List<String> snippets = snippets().stream().filter(ActionDocsSnippetsTest::isOAuth).toList();
        assertThat(snippets).hasSize(10);
        Map<String, String> properties = properties();
        properties.remove("camel.component.calendly.accessToken");
        properties.put("camel.component.calendly.clientId", "snippet-client");
        properties.put("camel.component.calendly.clientSecret", "snippet-client-secret");
        properties.put("camel.component.calendly.authBaseUrl", sandbox.authUrl());

        try (KameletRuntime camel = KameletRuntime.start(folder, oneApplication(snippets), properties)) {
            assertAllStarted(camel.context(), snippets.size());
        }
    }

    private static boolean isOAuth(String snippet) {
        return snippet.contains("uri: calendly:oauth") || snippet.contains("resource: oauth");
    }

    /** The snippets as one routes file, each starting from its own direct endpoint as if it were the only one. */
    private static String oneApplication(List<String> snippets) {
        StringBuilder routes = new StringBuilder();
        for (int i = 0; i < snippets.size(); i++) {
            routes.append(againstTheSandbox(snippets.get(i)).replace("uri: direct:", "uri: direct:snippet" + i + "-"));
        }
        return routes.toString();
    }

    @Test
    void everyTriggerSnippetLoadsAndStarts() throws Exception {
        List<String> triggers = snippets().stream().filter(s -> !s.contains("uri: direct:")).toList();
        assertThat(triggers).hasSize(4);

        for (String snippet : triggers) {
            try (KameletRuntime camel = KameletRuntime.start(folder, againstTheSandbox(snippet), properties())) {
                assertAllStarted(camel.context(), 1);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("This snippet of " + ActionDocsPart.FILE + " does not start:\n" + snippet, e);
            }
        }
    }

    private static void assertAllStarted(CamelContext context, int atLeast) {
        assertThat(context.getRoutes()).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Route route : context.getRoutes()) {
            assertThat(context.getRouteController().getRouteStatus(route.getRouteId()).isStarted())
                    .as("route %s from %s", route.getRouteId(), route.getEndpoint().getEndpointUri()).isTrue();
        }
    }

    private static Map<String, String> properties() {
        String token = sandbox.issueToken();
        Map<String, String> properties = new HashMap<>();
        properties.put("calendly.access-token", token);
        properties.put("calendly.signing-key", "snippet-signing-key");
        properties.put("calendly.base-url", sandbox.baseUrl());
        properties.put("camel.component.calendly.accessToken", token);
        properties.put("camel.component.calendly.baseUrl", sandbox.baseUrl());
        properties.put("camel.server.enabled", "true");
        properties.put("camel.server.host", "localhost");
        properties.put("camel.server.port", String.valueOf(AvailablePortFinder.getNextAvailable()));
        return properties;
    }

    /** The Kamelets of a snippet are pointed at the sandbox, next to the token they are given. */
    private static String againstTheSandbox(String snippet) {
        StringBuilder out = new StringBuilder();
        for (String line : snippet.split("\n", -1)) {
            out.append(line).append('\n');
            if (line.trim().equals(TOKEN_LINE)) {
                out.append(line, 0, line.indexOf(TOKEN_LINE)).append("baseUrl: \"{{calendly.base-url}}\"\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static List<String> snippets() throws Exception {
        List<String> snippets = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        while (m.find()) {
            snippets.add(m.group(1));
        }
        return snippets;
    }
}
