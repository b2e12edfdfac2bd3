package io.github.camelcalendly.examples.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    private static final String TOKEN = "pat_secret-token-value";

    @Test
    void withNothingSetTheRunUsesTheSandboxWithWritesAndTheWebhook() {
        ExampleSettings settings = SettingsReader.read(Map.of(), List.of());

        assertThat(settings.sandbox()).isTrue();
        assertThat(settings.writes()).isTrue();
        assertThat(settings.webhook()).isTrue();
        assertThat(settings.serverPort()).as("a free port, picked at start").isZero();
        assertThat(settings.signingKey()).matches("[0-9a-f]{48}");
        assertThat(SettingsReader.read(Map.of(), List.of()).signingKey()).as("a fresh key per run")
                .isNotEqualTo(settings.signingKey());
        assertThat(settings.eventWait()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aTokenAloneReadsCalendlyItselfAndPollsForLackOfAWebhookUrl() {
        ExampleSettings settings = SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN), List.of());

        assertThat(settings.sandbox()).isFalse();
        assertThat(settings.baseUrl()).isEqualTo("https://api.calendly.com");
        assertThat(settings.writes()).isFalse();
        assertThat(settings.webhook()).isFalse();
        assertThat(settings.pollDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.serverPort()).isEqualTo(8080);
    }

    @Test
    void theBaseUrlIsOverriddenWithoutItsTrailingSlash() {
        ExampleSettings settings = SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN,
                SettingsReader.BASE_URL, "http://localhost:8089/"), List.of());

        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8089");
    }

    @Test
    void writesAreAllowedByTheFlagOrByTheVariable() {
        assertThat(SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN),
                List.of(SettingsReader.ALLOW_WRITES_FLAG)).writes()).isTrue();
        assertThat(SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN,
                SettingsReader.ALLOW_WRITES, "TRUE"), List.of()).writes()).isTrue();
        assertThat(SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN,
                SettingsReader.ALLOW_WRITES, "false"), List.of()).writes()).isFalse();
    }

    @Test
    void aWebhookUrlTurnsTheWebhookOnAndItsPathIsThePathServed() {
        ExampleSettings settings = SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN,
                SettingsReader.WEBHOOK_URL, "https://hooks.example.com/in/calendly"), List.of());

        assertThat(settings.webhook()).isTrue();
        assertThat(settings.webhookPath()).isEqualTo("/in/calendly");
        assertThat(SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN,
                SettingsReader.WEBHOOK_URL, "https://hooks.example.com"), List.of()).webhookPath())
                .isEqualTo("/calendly/webhook");
    }

    @Test
    void badValuesAreRefusedNamingTheVariableOrArgument() {
        assertThatThrownBy(() -> SettingsReader.read(Map.of(SettingsReader.BASE_URL, "http://localhost:1"),
                List.of())).hasMessageStartingWith("CALENDLY_BASE_URL is set but CALENDLY_ACCESS_TOKEN is not");
        assertThatThrownBy(() -> SettingsReader.read(Map.of(SettingsReader.SERVER_PORT, "eighty"), List.of()))
                .hasMessage("CALENDLY_SERVER_PORT must be a whole number, got 'eighty'");
        assertThatThrownBy(() -> SettingsReader.read(Map.of(SettingsReader.EVENT_WAIT_SECONDS, "0"), List.of()))
                .hasMessage("CALENDLY_EVENT_WAIT_SECONDS must lie between 1 and 3600, got 0");
        assertThatThrownBy(() -> SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN,
                SettingsReader.WEBHOOK_URL, "ftp://hooks.example.com/x?key=hidden"), List.of()))
                .hasMessage("CALENDLY_WEBHOOK_URL must be an http(s) URL with a host");
        assertThatThrownBy(() -> SettingsReader.read(Map.of(), List.of("--allow-write")))
                .hasMessageStartingWith("Unknown argument '--allow-write'");
    }

    @Test
    void theSettingsNeverShowTheTokenOrTheSigningKey() {
        ExampleSettings settings = SettingsReader.read(Map.of(SettingsReader.ACCESS_TOKEN, TOKEN,
                SettingsReader.WEBHOOK_SIGNING_KEY, "my-signing-key"), List.of());

        assertThat(settings.signingKey()).isEqualTo("my-signing-key");
        assertThat(settings.toString()).doesNotContain(TOKEN).doesNotContain("my-signing-key");
    }
}
