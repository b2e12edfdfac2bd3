package io.github.camelcalendly.catalog.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository README shows the summary of the actions as the registry has them; when an action is added or
 * renamed, this test fails with the summary to paste between the README's markers.
 */
class ActionsSummaryTest {

    private static final Path README = Path.of(System.getProperty("calendly.module.dir", "."))
            .toAbsolutePath().getParent().resolve("README.md");

    @Test
    void theReadmeShowsTheSummaryOfTheRegistrysActions() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int start = readme.indexOf(ActionsSummary.START);
        int end = readme.indexOf(ActionsSummary.END);
        assertThat(start).as("the README's line %s", ActionsSummary.START).isNotNegative();
        assertThat(end).as("the README's line %s", ActionsSummary.END).isGreaterThan(start);

        assertThat(readme.substring(start + ActionsSummary.START.length(), end))
                .as("the actions summary in README.md: paste this between its markers")
                .isEqualTo("\n" + ActionsSummary.render("catalog/docs/calendly-actions.md") + "\n");
    }

    @Test
    void everyLinkOfTheSummaryPointsAtASectionOfTheActionsPage() {
        String page = ActionDocsPart.render();
        Matcher link = Pattern.compile("\\(catalog/docs/calendly-actions\\.md#([a-z]+)\\)")
                .matcher(ActionsSummary.render("catalog/docs/calendly-actions.md"));
        int links = 0;
        while (link.find()) {
            links++;
            assertThat(page).contains("(#" + link.group(1) + ")");
        }
        assertThat(links).isGreaterThan(80);
    }
}
