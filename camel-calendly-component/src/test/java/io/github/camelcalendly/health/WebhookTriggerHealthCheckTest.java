package io.github.camelcalendly.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.webhook.RegistrationStatus;
import io.github.camelcalendly.webhook.RegistrationStatus.Phase;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a trigger's check answers in each registration phase, called as Camel's health endpoints call it, for the
 * phases a route against the sandbox rarely reaches: several subscriptions, repeated failures, no external URL.
 */
class WebhookTriggerHealthCheckTest {

    private static final String URL = "https://hooks.example.com/calendly";
    private static final Instant SINCE = Instant.parse("2026-11-29T10:00:00Z");
    private static final String SUB_1 = "https://api.calendly.com/webhook_subscriptions/S1";
    private static final String SUB_2 = "https://api.calendly.com/webhook_subscriptions/S2";

    private static HealthCheck.Result healthOf(RegistrationStatus status) {
        return new WebhookTriggerHealthCheck("bookings", "calendly://webhook?signingKey=xxxxxx", () -> status)
                .call(Map.of());
    }

    private static RegistrationStatus status(Phase phase, String url, List<String> subs, Exception failure,
            int failedAttempts) {
        return new RegistrationStatus(phase, url, subs, failure, failedAttempts, SINCE);
    }

    @Test
    void aTriggerDeliveredThroughOneSubscriptionNamesIt() {
        HealthCheck.Result result = healthOf(status(Phase.REGISTERED, URL, List.of(SUB_1), null, 0));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getMessage()).hasValue("Calendly delivers to " + URL + " through webhook subscription "
                                                 + SUB_1);
        assertThat(result.getDetails()).containsEntry("calendly.webhook.registration.time", SINCE.toString())
                .containsEntry(HealthCheck.ENDPOINT_URI, "calendly://webhook?signingKey=xxxxxx")
                .doesNotContainKey("calendly.webhook.registration.failures");
    }

    @Test
    void aTriggerDeliveredThroughTwoSubscriptionsNamesBoth() {
        HealthCheck.Result result = healthOf(status(Phase.REGISTERED, URL, List.of(SUB_1, SUB_2), null, 0));

        assertThat(result.getMessage()).hasValue("Calendly delivers to " + URL + " through webhook subscriptions "
                                                 + SUB_1 + ", " + SUB_2);
        assertThat(result.getDetails()).containsEntry("calendly.webhook.subscriptions", SUB_1 + ", " + SUB_2);
    }

    @Test
    void aFirstRegistrationIsDownWithoutMentioningFailures() {
        HealthCheck.Result result = healthOf(status(Phase.REGISTERING, URL, List.of(), null, 0));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("Registering the Calendly webhook subscription for " + URL);
        assertThat(result.getDetails()).doesNotContainKey("calendly.webhook.registration.failures");
    }

    @Test
    void aRegistrationAfterFailedAttemptsCountsThem() {
        HealthCheck.Result result = healthOf(status(Phase.REGISTERING, URL, List.of(), null, 2));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("Registering the Calendly webhook subscription for " + URL
                                                 + " again after 2 failed attempts");
        assertThat(result.getDetails()).containsEntry("calendly.webhook.registration.failures", 2);
    }

    @Test
    void aRegistrationWithoutExternalUrlSaysSo() {
        HealthCheck.Result result = healthOf(status(Phase.REGISTERING, null, List.of(), null, 0));

        assertThat(result.getMessage()).hasValue("Registering the Calendly webhook subscription for no"
                                                 + " webhookExternalUrl");
        assertThat(result.getDetails()).doesNotContainKey("calendly.webhook.external.url");
    }

    @Test
    void aSubscriptionManagedElsewhereWithoutExternalUrlNamesNoUrl() {
        HealthCheck.Result result = healthOf(status(Phase.MANAGED_OUTSIDE, null, List.of(), null, 0));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getMessage()).hasValue("Webhook registration is managed outside the route"
                + " (webhookAutoRegister=false): the route does not check Calendly's subscription");
    }

    @Test
    void aSubscriptionManagedElsewhereWithAnExternalUrlNamesIt() {
        HealthCheck.Result result = healthOf(status(Phase.MANAGED_OUTSIDE, URL, List.of(), null, 0));

        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .endsWith("the route does not check Calendly's subscription for " + URL));
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsType() {
        IllegalStateException failure = new IllegalStateException();

        HealthCheck.Result result = healthOf(status(Phase.FAILED, URL, List.of(), failure, 1));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("The trigger failed to start: java.lang.IllegalStateException");
        assertThat(result.getError()).containsSame(failure);
        assertThat(result.getDetails()).containsEntry("calendly.webhook.registration.failures", 1);
    }

    @Test
    void aFailureWithAMessageIsReportedByIt() {
        IllegalStateException failure = new IllegalStateException("Calendly refused the subscription");

        HealthCheck.Result result = healthOf(status(Phase.FAILED, URL, List.of(), failure, 1));

        assertThat(result.getMessage()).hasValue("Calendly refused the subscription");
    }

    @Test
    void aTriggerCheckIsAReadinessCheckInTheCamelGroup() {
        WebhookTriggerHealthCheck check = new WebhookTriggerHealthCheck("bookings", "calendly://webhook",
                () -> status(Phase.REGISTERED, URL, List.of(SUB_1), null, 0));

        assertThat(check.getId()).isEqualTo("calendly-webhook-bookings");
        assertThat(check.getGroup()).isEqualTo("camel");
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
        assertThat(check.call(Map.of()).getDetails()).containsEntry(HealthCheck.CHECK_KIND, "READINESS");
    }

    @Test
    void aSwitchedOffTriggerCheckSaysSoAndAnswersDisabled() {
        WebhookTriggerHealthCheck check = new WebhookTriggerHealthCheck("bookings", "calendly://webhook",
                () -> status(Phase.REGISTERED, URL, List.of(SUB_1), null, 0));
        assertThat(check.isEnabled()).isTrue();

        check.setEnabled(false);

        assertThat(check.isEnabled()).isFalse();
        assertThat(check.call(Map.of()).getState()).isEqualTo(HealthCheck.State.UNKNOWN);
    }
}
