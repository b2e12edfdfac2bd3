package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    private static final SandboxOptions DEFAULTS = SandboxOptions.defaults();

    @Test
    void eachWitherChangesOnlyItsOwnValues() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC);

        SandboxOptions changed = DEFAULTS.withDeliveryRetries(Duration.ofMillis(20), Duration.ofMillis(100),
                Duration.ofSeconds(1)).withClock(clock).withRateLimit(3, Duration.ofSeconds(2));

        assertThat(changed.deliveryFirstRetry()).isEqualTo(Duration.ofMillis(20));
        assertThat(changed.deliveryMaxBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(changed.deliveryRetryWindow()).isEqualTo(Duration.ofSeconds(1));
        assertThat(changed.clock()).isSameAs(clock);
        assertThat(changed.requestsPerWindow()).isEqualTo(3);
        assertThat(changed.rateLimitWindow()).isEqualTo(Duration.ofSeconds(2));
        assertThat(changed.withClock(DEFAULTS.clock()).withRateLimit(500, Duration.ofMinutes(1))
                .withDeliveryRetries(DEFAULTS.deliveryFirstRetry(), DEFAULTS.deliveryMaxBackoff(),
                        DEFAULTS.deliveryRetryWindow())).isEqualTo(DEFAULTS);
    }

    @Test
    void theRemainingWithersEachSetTheirValue() {
        assertThat(DEFAULTS.withPort(8089).port()).isEqualTo(8089);
        assertThat(DEFAULTS.withAuthPort(8090).authPort()).isEqualTo(8090);
        assertThat(DEFAULTS.withPlan(SandboxOptions.Plan.FREE).plan()).isEqualTo(SandboxOptions.Plan.FREE);
        assertThat(DEFAULTS.withWebhookSigningKey("k2").webhookSigningKey()).isEqualTo("k2");
        assertThat(DEFAULTS.withDeliveryTimeout(Duration.ofSeconds(3)).deliveryTimeout())
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(DEFAULTS.withHttpsCallbacksOnly(true).httpsCallbacksOnly()).isTrue();
        assertThat(DEFAULTS.withAccessTokenLifetime(Duration.ofMinutes(5)).accessTokenLifetime())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(DEFAULTS.withIdSeed(7).idSeed()).isEqualTo(7);
        assertThat(DEFAULTS.withTokenRequestsPerMinute(0).tokenRequestsPerMinute()).isZero();
        SandboxOptions.OAuthClient app = new SandboxOptions.OAuthClient("id", "secret", "http://localhost/cb");
        assertThat(DEFAULTS.withOAuthClient(app).oauthClient()).isEqualTo(app);
    }

    @Test
    void theTokenEndpointLimitDefaultsToCalendlys8PerMinute() {
        assertThat(DEFAULTS.tokenRequestsPerMinute()).isEqualTo(8);
        assertThat(DEFAULTS.toString()).contains("tokenRequestsPerMinute=8");
    }

    @Test
    void aBadValueIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> DEFAULTS.withRateLimit(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestsPerWindow");
        assertThatThrownBy(() -> DEFAULTS.withDeliveryRetries(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(1))).hasMessageContaining("deliveryFirstRetry");
        assertThatThrownBy(() -> DEFAULTS.withPort(-1)).hasMessageContaining("ports");
        assertThatThrownBy(() -> DEFAULTS.withTokenRequestsPerMinute(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenRequestsPerMinute");
    }

    @Test
    void theOAuthClientsSecretIsNotPrinted() {
        assertThat(DEFAULTS.toString()).doesNotContain(DEFAULTS.oauthClient().clientSecret())
                .doesNotContain(DEFAULTS.webhookSigningKey());
    }
}
