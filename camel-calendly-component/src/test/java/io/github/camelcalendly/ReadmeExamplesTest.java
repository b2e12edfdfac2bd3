package io.github.camelcalendly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's YAML route and its Camel K Integration, read from the README itself, run as written.
 */
class ReadmeExamplesTest extends CalendlyTestSupport {

    private static final Path README = Path.of(System.getProperty("calendly.module.dir", "."), "..", "README.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void readmeYamlRouteListsTheActiveMeetingsAndSplitsThem() throws Exception {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, """
                {"collection": [
                  {"uri": "https://api.calendly.com/scheduled_events/E1", "name": "Intro", "start_time": "2026-05-02T09:00:00.000000Z"},
                  {"uri": "https://api.calendly.com/scheduled_events/E2", "name": "Demo", "start_time": "2026-05-03T09:00:00.000000Z"}],
                 "pagination": {"count": 2, "next_page_token": null}}""")));
        // the timer exchange and one exchange per split item
        NotifyBuilder done = new NotifyBuilder(context).whenExactlyCompleted(3).and().whenExactlyFailed(0).create();

        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.fromString("readme.camel.yaml", firstYamlBlock()));

        assertThat(done.matches(20, TimeUnit.SECONDS)).as("README route completed without failure").isTrue();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("status", equalTo("active"))
                .withQueryParam("min_start_time", equalTo("2026-05-01T00:00:00.000000Z"))
                .withQueryParam("user", equalTo(userUri())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void readmeCamelKIntegrationRunsItsFlowAgainstCalendly() throws Exception {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, """
                {"collection": [
                  {"uri": "https://api.calendly.com/scheduled_events/E1", "name": "Intro", "start_time": "2026-05-02T09:00:00.000000Z"}],
                 "pagination": {"count": 1, "next_page_token": null}}""")));
        // the timer exchange and the one split item
        NotifyBuilder done = new NotifyBuilder(context).whenExactlyCompleted(2).and().whenExactlyFailed(0).create();

        // the Camel K operator hands an Integration's spec.flows to Camel's YAML DSL as a routes file: do the same
        Map<String, Object> integration = yamlDocument(yamlBlock("kind: Integration"));
        assertThat(integration).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Integration");
        Map<String, Object> spec = (Map<String, Object>) integration.get("spec");
        assertThat((List<String>) spec.get("dependencies"))
                .contains("mvn:io.github.camelcalendly:camel-calendly:0.1.0-SNAPSHOT");
        String flows = new Dump(DumpSettings.builder().build()).dumpToString(spec.get("flows"));
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("calendly-meetings.yaml", flows));

        assertThat(done.matches(20, TimeUnit.SECONDS)).as("the Integration's flow completed without failure").isTrue();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("status", equalTo("active"))
                .withQueryParam("user", equalTo(userUri())));
    }

    private static String firstYamlBlock() throws Exception {
        Matcher m = YAML_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(m.find()).as("README has a yaml block").isTrue();
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yamlDocument(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    private static String yamlBlock(String containing) throws Exception {
        Matcher m = YAML_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (m.find()) {
            if (m.group(1).contains(containing)) {
                return m.group(1);
            }
        }
        throw new AssertionError("README has no yaml block with " + containing);
    }
}
