package io.github.camelcalendly.benchmarks.ratelimit;

import java.util.List;

import io.github.camelcalendly.benchmarks.Comparison;
import io.github.camelcalendly.benchmarks.RunSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of the rate-limit suite reports its rows with figures on both sides, and the server really counted the
 * requests. It asserts no timing: the machine that runs the build is shared and noisy.
 */
class RateLimitSuiteSmokeTest {

    @Test
    void aSmokeRunReportsEveryScenarioWithFiguresFromTheServer() throws Exception {
        List<Comparison> rows = new RateLimitSuite().run(RunSettings.smokeRun());

        assertThat(rows).hasSize(12).allSatisfy(row -> {
            assertThat(row.suite()).isEqualTo("ratelimit");
            assertThat(Double.isNaN(row.calendly()) || Double.isNaN(row.plain())).as(row.metric()).isFalse();
        });
        // the server granted requests to both sides: the allowance rows are fractions of it above zero
        assertThat(rows).filteredOn(row -> row.metric().endsWith("allowance used"))
                .hasSize(4).allSatisfy(row -> {
                    assertThat(row.calendly()).as(row.metric()).isGreaterThan(0).isLessThanOrEqualTo(1);
                    assertThat(row.plain()).as(row.metric()).isGreaterThan(0).isLessThanOrEqualTo(1);
                });
        // three contexts ran again sharing the window in PostgreSQL: the server's 429s beside the separate limiters'
        assertThat(rows).filteredOn(row -> row.metric().endsWith("429s at the server (A) vs separate limiters (B)"))
                .singleElement().satisfies(row -> assertThat(row.metric()).contains("shared JDBC window"));
        // the plain routes, which do not wait, were refused by the server: it counted beyond the allowance
        assertThat(rows).filteredOn(row -> row.metric().startsWith("8 routes, 1 context") && row.metric()
                .endsWith("429s at the server")).singleElement().satisfies(row -> assertThat(row.plain()).isPositive());
    }

    @Test
    void theServerGrantsItsLimitPerWindowAndRefusesBeyond() throws Exception {
        try (FixedWindowServer server = new FixedWindowServer(3, 60_000)) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            List<Integer> statuses = new java.util.ArrayList<>();
            List<String> remaining = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/users/me")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                statuses.add(answer.statusCode());
                remaining.add(answer.headers().firstValue("X-RateLimit-Remaining").orElse(null));
                assertThat(answer.headers().firstValue("X-RateLimit-Reset")).hasValueSatisfying(
                        reset -> assertThat(Long.parseLong(reset)).isBetween(1L, 60L));
            }

            assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
            assertThat(remaining).containsExactly("2", "1", "0", "0", "0");
            assertThat(server.grantedPerWindow(1)).containsExactly(3L);
            assertThat(server.refusedIn(1)).isEqualTo(2);
        }
    }
}
