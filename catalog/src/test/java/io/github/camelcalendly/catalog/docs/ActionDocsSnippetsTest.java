package io.github.camelcalendly.catalog.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelcalendly.CalendlyComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every YAML snippet of the actions page is a route the YAML DSL loads and Camel starts: its calendly: endpoints,
 * and the Kamelets it calls, accept the options it names. Nothing is sent: the routes start from direct endpoints,
 * or from triggers told not to register.
 */
class ActionDocsSnippetsTest {

    private static final Path PAGE = Path.of(System.getProperty("calendly.module.dir", "."))
            .resolve(ActionDocsPart.FILE);
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyYamlSnippetLoadsAndStarts() throws Exception {
        List<String> snippets = yamlSnippets();
        assertThat(snippets).hasSizeGreaterThan(100);

        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            try (CamelContext context = new DefaultCamelContext()) {
                context.getPropertiesComponent().addInitialProperty("calendly.access-token", "test-token");
                context.getPropertiesComponent().addInitialProperty("calendly.signing-key", "test-signing-key");
                CalendlyComponent calendly = new CalendlyComponent();
                calendly.getConfiguration().setAccessToken("test-token");
                context.addComponent("calendly", calendly);
                PluginHelper.getRoutesLoader(context)
                        .loadRoutes(ResourceHelper.fromString("snippet-" + i + ".yaml", withoutRegistration(snippet)));
                context.start();
                assertThat(context.getRoutes()).as(snippet).hasSize(1);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("This snippet of " + ActionDocsPart.FILE + " does not start:\n" + snippet, e);
            }
        }
    }

    /** The trigger snippets would register a webhook subscription and poll at start: both are switched off. */
    private static String withoutRegistration(String snippet) {
        return snippet
                .replace("webhookExternalUrl: https://example.com/calendly/webhook",
                        "webhookExternalUrl: https://example.com/calendly/webhook\n        webhookAutoRegister: false")
                .replace("uri: calendly:scheduledEvents\n      parameters:\n        op: list",
                        "uri: calendly:scheduledEvents\n      parameters:\n        op: list\n        initialDelay: 3600000");
    }

    private static List<String> yamlSnippets() throws Exception {
        List<String> snippets = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        while (m.find()) {
            snippets.add(m.group(1));
        }
        return snippets;
    }
}
