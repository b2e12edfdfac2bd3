package io.github.camelcalendly.health;

import io.github.camelcalendly.CalendlyComponent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's healthCheckConsumerEnabled and healthCheckProducerEnabled switch its checks off: a switched-off
 * check answers UNKNOWN "Disabled", as Camel's own checks do, whatever Calendly says.
 */
class HealthCheckSwitchesTest extends HealthTestSupport {

    private CalendlyComponent calendly() {
        return context.getComponent("calendly", CalendlyComponent.class);
    }

    private void addRoute(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).to("mock:" + id);
            }
        });
    }

    private static void assertDisabled(HealthCheck.Result result) {
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(result.getMessage()).hasValue("Disabled");
        assertThat(result.getDetails()).containsEntry(HealthCheck.CHECK_ENABLED, false);
    }

    @Test
    void withConsumerChecksOffTheTriggerCheckIsDisabled() throws Exception {
        calendly().setHealthCheckConsumerEnabled(false);

        addRoute("quiet", triggerUri("/quiet") + "&webhookAutoRegister=false");

        assertDisabled(health("calendly-webhook-quiet"));
    }

    @Test
    void withConsumerChecksOffAPollingRoutesConsumerCheckIsDisabled() throws Exception {
        calendly().setHealthCheckConsumerEnabled(false);
        // the consumers' checks, which Camel Main and Spring Boot list by default
        HealthCheckHelper.getHealthCheckRepository(context, "consumers").setEnabled(true);

        addRoute("polled", "calendly:eventTypes?op=list&delay=60000");

        assertDisabled(health("consumer:polled"));
    }

    @Test
    void withBothSwitchesOffTheConnectionCheckIsDisabled() {
        calendly().setHealthCheckConsumerEnabled(false);
        calendly().setHealthCheckProducerEnabled(false);

        template.request("calendly:users?op=me", e -> { });

        assertThat(connectionResults()).singleElement().satisfies(HealthCheckSwitchesTest::assertDisabled);
    }
}
