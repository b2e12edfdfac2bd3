package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final SandboxClock clock =
            SandboxClock.frozenAt(Instant.parse("2026-05-04T09:00:00Z"));
    private CalendlySandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void byDefaultATokenMay500RequestsAMinute() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock));
        SandboxClient client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());

        SandboxClient.Reply first = client.get("/users/me");
        SandboxClient.Reply second = client.get("/users/me");

        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("500");
        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("499");
        assertThat(second.header("X-RateLimit-Remaining")).isEqualTo("498");
        assertThat(first.header("X-RateLimit-Reset")).isEqualTo("60");
    }

    @Test
    void theRequestBeyondTheBudgetGets429InCalendlysErrorShape() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock)
                .withRateLimit(3, Duration.ofMinutes(1)));
        SandboxClient client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/users/me").status()).isEqualTo(200);
        }

        SandboxClient.Reply fourth = client.get("/users/me");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.json().path("title").asText()).isEqualTo("Too Many Requests");
        assertThat(fourth.json().path("message").asText()).isNotEmpty();
        assertThat(fourth.header("X-RateLimit-Limit")).isEqualTo("3");
        assertThat(fourth.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(fourth.header("X-RateLimit-Reset"))).isPositive();
    }

    @Test
    void eachTokenHasItsOwnBudget() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock)
                .withRateLimit(3, Duration.ofMinutes(1)));
        SandboxClient spent = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        for (int i = 0; i < 4; i++) {
            spent.get("/users/me");
        }
        assertThat(spent.get("/users/me").status()).isEqualTo(429);

        SandboxClient.Reply other = spent.as(sandbox.issueToken()).get("/users/me");

        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("X-RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void theBudgetIsRestoredWhenTheWindowEnds() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock)
                .withRateLimit(3, Duration.ofMinutes(1)));
        SandboxClient client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        for (int i = 0; i < 3; i++) {
            client.get("/users/me");
        }
        clock.advance(Duration.ofSeconds(45));
        SandboxClient.Reply stillLimited = client.get("/users/me");

        clock.advance(Duration.ofSeconds(15));
        SandboxClient.Reply afterWindow = client.get("/users/me");

        assertThat(stillLimited.status()).isEqualTo(429);
        assertThat(stillLimited.header("X-RateLimit-Reset")).isEqualTo("15");
        assertThat(afterWindow.status()).isEqualTo(200);
        assertThat(afterWindow.header("X-RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void anUnauthenticatedRequestDoesNotSpendABudget() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withClock(clock)
                .withRateLimit(3, Duration.ofMinutes(1)));
        SandboxClient client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        for (int i = 0; i < 5; i++) {
            assertThat(client.as("not-a-token").get("/users/me").status()).isEqualTo(401);
        }

        assertThat(client.get("/users/me").header("X-RateLimit-Remaining")).isEqualTo("2");
    }
}
