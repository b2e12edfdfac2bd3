package io.github.camelcalendly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's YAML route, read from the README itself, runs as written.
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

    private static String firstYamlBlock() throws Exception {
        Matcher m = YAML_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(m.find()).as("README has a yaml block").isTrue();
        return m.group(1);
    }
}
