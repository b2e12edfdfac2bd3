package io.github.camelcalendly.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A started webhook trigger reports its registration: the subscription Calendly delivers through, or that someone
 * else manages it; and nothing once the route is stopped.
 */
class WebhookTriggerHealthTest extends HealthTestSupport {

    private final List<String> routes = new ArrayList<>();

    @AfterEach
    void removeRoutesAndSubscriptions() throws Exception {
        for (String id : routes) {
            context.getRouteController().stopRoute(id);
            context.removeRoute(id);
        }
        for (String uri : subscriptionUris()) {
            template.sendBodyAndHeader("calendly:webhookSubscriptions?op=delete", null,
                    "CamelCalendly.uri", uri);
        }
    }

    private void addRoute(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).to("mock:" + id);
            }
        });
        routes.add(id);
    }

    /** The subscriptions the sandbox holds for the seeded organization, listed through the component. */
    private List<String> subscriptionUris() {
        List<?> listed = template.requestBody("calendly:webhookSubscriptions?op=list&scope=organization&organization="
                + sandbox.seeded().organization(), (Object) null, List.class);
        List<String> uris = new ArrayList<>();
        listed.forEach(item -> uris.add(String.valueOf(((Map<?, ?>) item).get("uri"))));
        return uris;
    }

    @Test
    void aTriggerThatRegisteredIsUpWithItsSubscriptionAndUrl() throws Exception {
        addRoute("bookings", triggerUri("/bookings"));

        HealthCheck.Result result = health("calendly-webhook-bookings");

        String subscription = subscriptionUris().get(0);
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails())
                .containsEntry("calendly.webhook.registration", "REGISTERED")
                .containsEntry("calendly.webhook.subscriptions", subscription)
                .containsEntry("calendly.webhook.external.url", callbackUrl("/bookings"))
                .containsEntry("route.id", "bookings");
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains(subscription, callbackUrl("/bookings")));
        assertNoSecretIn(result, token, SIGNING_KEY);
    }

    @Test
    void theExternalUrlIsShownWithoutItsQueryString() throws Exception {
        String url = callbackUrl("/queried") + "?secret=receiver-side-7a1b";
        addRoute("queried", triggerUri("/queried").replace(callbackUrl("/queried"),
                "RAW(" + url + ")"));

        HealthCheck.Result result = health("calendly-webhook-queried");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("calendly.webhook.external.url",
                callbackUrl("/queried") + "?...");
        assertNoSecretIn(result, "receiver-side-7a1b");
    }

    @Test
    void aTriggerWhoseSubscriptionIsManagedElsewhereIsUpSayingSo() throws Exception {
        addRoute("unmanaged", triggerUri("/unmanaged") + "&webhookAutoRegister=false");

        HealthCheck.Result result = health("calendly-webhook-unmanaged");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("calendly.webhook.registration", "MANAGED_OUTSIDE")
                .doesNotContainKey("calendly.webhook.subscriptions");
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("managed outside the route", "webhookAutoRegister=false"));
        assertThat(subscriptionUris()).isEmpty();
    }

    @Test
    void aStoppedTriggerNoLongerReports() throws Exception {
        addRoute("paused", triggerUri("/paused"));
        assertThat(health("calendly-webhook-paused").getState()).isEqualTo(HealthCheck.State.UP);

        context.getRouteController().stopRoute("paused");

        assertThat(healthResults()).noneMatch(r -> r.getCheck().getId().equals("calendly-webhook-paused"));
    }
}
