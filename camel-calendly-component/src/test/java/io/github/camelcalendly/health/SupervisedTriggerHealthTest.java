package io.github.camelcalendly.health;

import java.time.Duration;

import io.github.camelcalendly.webhook.WebhookRegistrationException;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.SupervisingRouteController;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A trigger whose token lacks webhooks:write, under Camel's supervising route controller (what
 * {@code camel.routecontroller.enabled=true} turns on): the application stays up, the controller keeps retrying the
 * route, and the trigger's health check says why it is down.
 */
class SupervisedTriggerHealthTest extends HealthTestSupport {

    private static String narrowToken;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SupervisingRouteController supervisor = context.getRouteController().supervising();
        supervisor.setBackOffDelay(200);
        supervisor.setInitialDelay(0);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        narrowToken = sandbox.issueToken("users:read", "scheduled_events:read");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(triggerUri("/refused") + "&accessToken=RAW(" + narrowToken + ")").routeId("refused")
                        .to("mock:refused");
            }
        };
    }

    @Test
    void aTriggerRefusedForAMissingScopeIsDownNamingTheScopeWhileTheContextStaysUp() {
        HealthCheck.Result result = await().atMost(Duration.ofSeconds(20)).until(
                () -> health("calendly-webhook-refused"),
                r -> r.getState() == HealthCheck.State.DOWN && r.getDetails()
                        .getOrDefault("calendly.webhook.registration.failures", 0) instanceof Integer failures
                     && failures >= 2 && "FAILED".equals(r.getDetails().get("calendly.webhook.registration")));

        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("webhooks:write", callbackUrl("/refused")));
        assertThat(result.getError()).containsInstanceOf(WebhookRegistrationException.class);
        assertThat(result.getDetails()).containsEntry("calendly.webhook.external.url", callbackUrl("/refused"))
                .doesNotContainKey("calendly.webhook.subscriptions");
        assertThat(context.getStatus().isStarted()).isTrue();
        assertThat(context.getRouteController().getRouteStatus("refused").isStarted()).isFalse();
        assertNoSecretIn(result, narrowToken, token, SIGNING_KEY);
    }
}
