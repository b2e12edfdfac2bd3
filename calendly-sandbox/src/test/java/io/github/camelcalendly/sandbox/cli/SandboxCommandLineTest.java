package io.github.camelcalendly.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.camelcalendly.sandbox.SandboxOptions;

/** Reading the command line with the option table, and the help the same table makes. */
class SandboxCommandLineTest {

    /**
     * Stands in for the system clock. Its zone is not UTC so that the clock {@code --clock-fixed} freezes (in UTC)
     * at this clock's instant still differs from it.
     */
    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneId.of("Europe/Paris"));

    static Stream<OptionDefinition> everyOption() {
        return SandboxCommandLine.options().stream();
    }

    @ParameterizedTest
    @MethodSource("everyOption")
    void theHelpListsEveryOptionWithItsDefault(OptionDefinition option) {
        assertThat(SandboxCommandLine.usage())
                .contains("  " + option.synopsis() + System.lineSeparator())
                .contains(option.description() + " (default: " + option.defaultText() + ")");
    }

    @ParameterizedTest
    @MethodSource("everyOption")
    void everyOptionChangesTheOptions(OptionDefinition option) {
        SandboxOptions defaults = parse().options();

        ParsedCommandLine parsed = parse(option.exampleArguments());

        assertThat(parsed.options()).isNotEqualTo(defaults);
        assertThat(parsed.gave(option.name())).isTrue();
    }

    @Test
    void noArgumentsGiveTheDocumentedDefaults() {
        SandboxOptions options = parse().options();

        assertThat(options.port()).isEqualTo(8089);
        assertThat(options.authPort()).isEqualTo(8090);
        assertThat(options.plan()).isEqualTo(SandboxOptions.Plan.STANDARD);
        assertThat(options.requestsPerWindow()).isEqualTo(500);
        assertThat(options.rateLimitWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(options.tokenRequestsPerMinute()).isEqualTo(8);
        assertThat(options.idSeed()).isEqualTo(20260501L);
        assertThat(options.clock()).isEqualTo(SYSTEM);
        assertThat(options.accessTokenLifetime()).isEqualTo(Duration.ofHours(2));
        assertThat(options.webhookSigningKey()).isEqualTo("sandbox-webhook-signing-key");
        assertThat(options.httpsCallbacksOnly()).isFalse();
        assertThat(options.oauthClient()).isEqualTo(new SandboxOptions.OAuthClient("sandbox-client-id",
                "sandbox-client-secret", "http://localhost:8080/callback"));
        assertThat(options.deliveryFirstRetry()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.deliveryMaxBackoff()).isEqualTo(Duration.ofMinutes(10));
        assertThat(options.deliveryRetryWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(options.deliveryTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aValueMayFollowAnEqualsSign() {
        SandboxOptions options = parse("--plan=free", "--rate-limit=20", "--rate-limit-window=30").options();

        assertThat(options.plan()).isEqualTo(SandboxOptions.Plan.FREE);
        assertThat(options.requestsPerWindow()).isEqualTo(20);
        assertThat(options.rateLimitWindow()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theRateLimitAndItsWindowKeepEachOtherWhateverTheirOrder() {
        SandboxOptions windowFirst = parse("--rate-limit-window", "PT10S", "--rate-limit", "3").options();
        SandboxOptions limitFirst = parse("--rate-limit", "3", "--rate-limit-window", "PT10S").options();

        assertThat(windowFirst.requestsPerWindow()).isEqualTo(3);
        assertThat(windowFirst.rateLimitWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(limitFirst).isEqualTo(windowFirst);
    }

    @Test
    void theClockIsTheSystemClockMovedToTheGivenInstant() {
        Clock clock = parse("--clock", "2026-03-01T09:00:00Z").options().clock();

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(clock).isEqualTo(Clock.offset(SYSTEM,
                Duration.between(SYSTEM.instant(), Instant.parse("2026-03-01T09:00:00Z"))));
    }

    @Test
    void aFixedClockWithoutAnInstantStandsAtTheStartTime() {
        assertThat(parse("--clock-fixed").options().clock())
                .isEqualTo(Clock.fixed(SYSTEM.instant(), ZoneOffset.UTC));
    }

    @Test
    void theDeliveryRetrySettingsReachTheOptions() {
        SandboxOptions options = parse("--delivery-first-retry", "1", "--delivery-max-backoff", "PT30S",
                "--delivery-retry-window", "PT2H", "--delivery-timeout", "PT3S").options();

        assertThat(options.deliveryFirstRetry()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.deliveryMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.deliveryRetryWindow()).isEqualTo(Duration.ofHours(2));
        assertThat(options.deliveryTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of("--port -1", "--port must be between 0 and 65535"),
                Arguments.of("--auth-port x", "--auth-port needs a whole number"),
                Arguments.of("--plan gold", "--plan must be free, standard or enterprise"),
                Arguments.of("--rate-limit 0", "--rate-limit must be at least 1"),
                Arguments.of("--rate-limit-window soon", "--rate-limit-window needs an ISO-8601 duration"),
                Arguments.of("--rate-limit-window PT0S", "--rate-limit-window must be longer than zero"),
                Arguments.of("--token-requests-per-minute -1", "--token-requests-per-minute must be at least 0"),
                Arguments.of("--seed many", "--seed needs a whole number"),
                Arguments.of("--clock tomorrow", "--clock needs an ISO-8601 instant"),
                Arguments.of("--clock-fixed=yes", "--clock-fixed takes no value"),
                Arguments.of("--access-token-lifetime 0", "--access-token-lifetime must be longer than zero"),
                Arguments.of("--oauth-redirect-uri /callback", "--oauth-redirect-uri needs an absolute http"),
                Arguments.of("--oauth-redirect-uri http://[bad", "--oauth-redirect-uri is not a URI"),
                Arguments.of("--delivery-first-retry PT1M --delivery-max-backoff PT10S",
                        "--delivery-max-backoff must not be shorter than --delivery-first-retry"),
                Arguments.of("--oauth-public-client --oauth-client-secret s",
                        "--oauth-public-client and --oauth-client-secret exclude each other"),
                Arguments.of("--seed 1 --seed 2", "--seed is given more than once"),
                Arguments.of("--delivery-timeout", "--delivery-timeout needs a value"),
                Arguments.of("--portt 1", "unknown argument '--portt'"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void aBadArgumentIsNamedWithExitCode2(String commandLine, String problem) {
        assertThatThrownBy(() -> parse(commandLine.split(" ")))
                .isInstanceOfSatisfying(UsageException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("Error: " + problem);
                });
    }

    @Test
    void anEmptySigningKeyIsRefusedWithoutEchoingAnything() {
        assertThatThrownBy(() -> parse("--webhook-signing-key="))
                .isInstanceOfSatisfying(UsageException.class,
                        e -> assertThat(e.getMessage()).startsWith("Error: --webhook-signing-key must not be empty"));
    }

    @Test
    void anUnknownOptionWrittenWithItsValueIsNamedWithoutTheValue() {
        assertThatThrownBy(() -> parse("--webhook-key=k3y-of-mine"))
                .isInstanceOfSatisfying(UsageException.class,
                        e -> assertThat(e.getMessage()).startsWith("Error: unknown argument '--webhook-key'")
                                .doesNotContain("k3y-of-mine"));
    }

    private static ParsedCommandLine parse(String... args) {
        return SandboxCommandLine.parse(args, SYSTEM);
    }
}
