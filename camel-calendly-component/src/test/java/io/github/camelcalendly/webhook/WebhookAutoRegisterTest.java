package io.github.camelcalendly.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * The trigger with webhookAutoRegister on (the default): the route itself puts its subscription in place at start,
 * reuses it on restart, removes it on stop when asked, and does not start when Calendly refuses.
 */
class WebhookAutoRegisterTest extends WebhookTestSupport {

    private final List<String> routes = new ArrayList<>();

    @AfterEach
    void removeRoutesAndTheirSubscriptions() throws Exception {
        for (String id : routes) {
            context.getRouteController().stopRoute(id);
            context.removeRoute(id);
        }
        JsonNode listed = api("GET", "/webhook_subscriptions?organization=" + sandbox.seeded().organization()
                + "&scope=organization", null);
        for (JsonNode subscription : listed.path("collection")) {
            String uri = subscription.path("uri").asText();
            api("DELETE", uri.substring(sandbox.baseUrl().length()), null);
        }
    }

    private String startRoute(String id, String path, String extraOptions) throws Exception {
        String uri = "calendly:webhook?events=invitee.created&signingKey=RAW(" + SIGNING_KEY + ")&webhookPath="
                + path + "&webhookExternalUrl=" + callbackUrl(path) + extraOptions;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).to("mock:" + id);
            }
        });
        routes.add(id);
        return uri;
    }

    /** The registration failure somewhere in the chain of causes of what the route start threw. */
    private static WebhookRegistrationException registrationFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof WebhookRegistrationException failure) {
                return failure;
            }
        }
        throw new AssertionError("no WebhookRegistrationException in the causes of " + thrown, thrown);
    }

    private List<JsonNode> subscriptionsFor(String path) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        JsonNode listed = api("GET", "/webhook_subscriptions?organization=" + sandbox.seeded().organization()
                + "&scope=organization", null);
        for (JsonNode subscription : listed.path("collection")) {
            if (subscription.path("callback_url").asText().equals(callbackUrl(path))) {
                found.add(subscription);
            }
        }
        return found;
    }

    @Test
    void theRouteRegistersItsSubscriptionAndThenReceivesABooking() throws Exception {
        startRoute("registered", "/auto", "");
        MockEndpoint mock = getMockEndpoint("mock:registered");
        mock.expectedMessageCount(1);
        mock.expectedHeaderReceived(CalendlyConstants.EVENT, "invitee.created");

        assertThat(subscriptionsFor("/auto")).singleElement()
                .satisfies(s -> assertThat(s.path("events").toString()).isEqualTo("[\"invitee.created\"]"));
        sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, "Auto Registered",
                "auto.registered@example.com"));

        mock.assertIsSatisfied(10_000);
        assertThat(mock.getExchanges().get(0).getMessage().getBody(java.util.Map.class))
                .containsEntry("email", "auto.registered@example.com");
    }

    @Test
    void aRestartReusesTheSubscriptionInsteadOfCreatingAnother() throws Exception {
        startRoute("restarted", "/restart", "");
        String first = subscriptionsFor("/restart").get(0).path("uri").asText();
        sandbox.wireMock().resetRequests();

        context.getRouteController().stopRoute("restarted");
        context.getRouteController().startRoute("restarted");

        assertThat(subscriptionsFor("/restart")).singleElement()
                .satisfies(s -> assertThat(s.path("uri").asText()).isEqualTo(first));
        sandbox.wireMock().verify(0, postRequestedFor(urlPathEqualTo("/webhook_subscriptions")));
        sandbox.wireMock().verify(0, deleteRequestedFor(urlPathMatching("/webhook_subscriptions/.*")));
    }

    @Test
    void unregisterOnStopDeletesTheRoutesSubscription() throws Exception {
        startRoute("temporary", "/temporary", "&unregisterOnStop=true");
        assertThat(subscriptionsFor("/temporary")).hasSize(1);

        context.getRouteController().stopRoute("temporary");

        assertThat(subscriptionsFor("/temporary")).isEmpty();
    }

    @Test
    void withoutUnregisterOnStopTheSubscriptionOutlivesTheRoute() throws Exception {
        startRoute("lasting", "/lasting", "");

        context.getRouteController().stopRoute("lasting");

        assertThat(subscriptionsFor("/lasting")).hasSize(1);
    }

    @Test
    void aTokenWithoutWebhooksWriteStopsTheRouteFromStartingSayingWhatToGrant() {
        String narrow = sandbox.issueToken("users:read", "scheduled_events:read");

        Throwable thrown = catchThrowable(() -> startRoute("refused", "/refused", "&accessToken=RAW(" + narrow + ")"));

        assertThat(registrationFailure(thrown)).hasMessageContaining("webhooks:write")
                .hasMessageNotContaining(narrow).hasMessageNotContaining(SIGNING_KEY);
        assertThat(context.getRouteController().getRouteStatus("refused").isStarted()).isFalse();
    }

    @Test
    void aRefusedRegistrationStopsTheInMemoryRepositoryTheFailedStartHadStarted() {
        String narrow = sandbox.issueToken("users:read", "scheduled_events:read");

        Throwable thrown = catchThrowable(() -> startRoute("refused-repository", "/refused-repository",
                "&accessToken=RAW(" + narrow + ")"));

        assertThat(registrationFailure(thrown)).hasMessageContaining("webhooks:write");
        CalendlyWebhookConsumer trigger = (CalendlyWebhookConsumer) context.getRoute("refused-repository")
                .getConsumer();
        assertThat(trigger.idempotentRepository()).isInstanceOfSatisfying(MemoryIdempotentRepository.class,
                repository -> assertThat(repository.isStopped()).isTrue());
    }

    @Test
    void autoRegisterWithoutAnExternalUrlStopsTheRouteFromStarting() {
        Throwable thrown = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("calendly:webhook?events=invitee.created&signingKey=RAW(k)&webhookPath=/nourl")
                        .routeId("nourl").to("mock:nourl");
            }
        }));
        routes.add("nourl");

        assertThat(registrationFailure(thrown)).hasMessageContaining("webhookExternalUrl");
    }

    @Test
    void aVerifiedEventTheRouteDidNotAskForIsAcknowledgedWithoutRunningIt() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("invitee.created").replace(PATH, "/other-events")).routeId("picky")
                        .to("mock:picky");
            }
        });
        routes.add("picky");
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/IN9")
                .clone();
        byte[] canceled = new String(body, java.nio.charset.StandardCharsets.UTF_8)
                .replace("invitee.created", "invitee.canceled").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> response = post("/other-events", canceled, signNow(canceled));

        assertThat(response.statusCode()).isEqualTo(200);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> getMockEndpoint("mock:picky").getReceivedCounter() == 0);
    }

    private void startWebhookComponentRoute(String id, String path, String extraOptions) throws Exception {
        String uri = "webhook:calendly:webhook?events=invitee.created&signingKey=RAW(" + SIGNING_KEY + ")"
                + "&webhookComponentName=platform-http&webhookExternalUrl=" + callbackUrl("") + "&webhookBasePath=/hooks"
                + "&webhookPath=" + path + extraOptions;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).to("mock:" + id);
            }
        });
        routes.add(id);
    }

    @Test
    void throughTheWebhookComponentTheFullExternalUrlIsRegistered() throws Exception {
        startWebhookComponentRoute("via-webhook", "/via-webhook", "");

        assertThat(subscriptionsFor("/hooks/via-webhook")).hasSize(1);
    }

    @Test
    void throughTheWebhookComponentNothingIsRegisteredWhenTheCalendlyEndpointSaysNo() throws Exception {
        startWebhookComponentRoute("not-registered", "/not-registered", "&webhookAutoRegister=false");

        assertThat(subscriptionsFor("/hooks/not-registered")).isEmpty();
    }

    @Test
    void throughTheWebhookComponentUnregisterOnStopDeletesTheSubscriptionWhenTheRouteIsRemoved() throws Exception {
        // Camel's webhook endpoint unregisters when it stops, which is when its route is removed (or the context stops)
        startWebhookComponentRoute("temporary-via-webhook", "/temporary-via-webhook", "&unregisterOnStop=true");
        assertThat(subscriptionsFor("/hooks/temporary-via-webhook")).hasSize(1);

        context.getRouteController().stopRoute("temporary-via-webhook");
        context.removeRoute("temporary-via-webhook");
        routes.remove("temporary-via-webhook");

        assertThat(subscriptionsFor("/hooks/temporary-via-webhook")).isEmpty();
    }
}
