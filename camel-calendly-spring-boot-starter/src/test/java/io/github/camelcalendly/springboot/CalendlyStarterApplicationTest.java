package io.github.camelcalendly.springboot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;
import io.github.camelcalendly.springboot.app.CalendlyRoutes;
import io.github.camelcalendly.springboot.app.StarterTestApplication;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Spring Boot application whose calendly component is set up by properties alone: application.properties, plus the
 * sandbox's URL and a token added as properties. Its routes call Calendly and receive Calendly's webhooks on the Boot
 * server's own port.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class CalendlyStarterApplicationTest {

    private static final CalendlySandbox SANDBOX = CalendlySandbox.start();
    private static final String TOKEN = SANDBOX.issueToken();

    @DynamicPropertySource
    static void calendlyProperties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.calendly.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.calendly.access-token", () -> TOKEN);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @LocalServerPort
    private int port;

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private ProducerTemplate producer;

    @Autowired
    private TestRestTemplate http;

    @Autowired(required = false)
    private com.fasterxml.jackson.databind.ObjectMapper bootMapper;

    @Test
    void thePropertiesAreSetOnTheComponentAndTheOthersKeepTheirDefaults() {
        CalendlyComponent calendly = camelContext.getComponent("calendly", CalendlyComponent.class);

        assertThat(calendly.getBaseUrl()).isEqualTo(SANDBOX.baseUrl());
        assertThat(calendly.getAccessToken()).isEqualTo(TOKEN);
        assertThat(calendly.getMaxRetries()).isEqualTo(5);
        assertThat(calendly.getRequestsPerMinute()).isEqualTo(120);
        assertThat(calendly.getRetryDelay()).isEqualTo(2000L);
        assertThat(calendly.isUseExponentialBackoff()).isFalse();
        assertThat(calendly.getConnectTimeout()).isEqualTo(5000);
        assertThat(calendly.getMaxRetryDelay()).isEqualTo(60_000L);
        assertThat(calendly.getResponseTimeout()).isEqualTo(30_000);
        assertThat(calendly.getCallTimeout()).isEqualTo(60_000L);
    }

    @Test
    void theApplicationsObjectMapperIsAutowiredAndCopied() {
        CalendlyComponent calendly = camelContext.getComponent("calendly", CalendlyComponent.class);

        assertThat(bootMapper).isNotNull();
        assertThat(calendly.getObjectMapper()).isSameAs(bootMapper);
        assertThat(calendly.jsonMapper()).isNotSameAs(bootMapper);
    }

    @Test
    void anActionRouteCallsCalendlyWithTheTokenFromTheProperties() {
        SANDBOX.wireMock().resetRequests();

        @SuppressWarnings("unchecked")
        Map<String, Object> me = producer.requestBody("direct:me", null, Map.class);

        assertThat(me).containsEntry("uri", SANDBOX.seeded().owner())
                .containsEntry("current_organization", SANDBOX.seeded().organization());
        SANDBOX.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/users/me"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void aBookingReachesTheWebhookRouteServedOnTheBootServersPort() throws Exception {
        String callbackUrl = "http://localhost:" + port + "/calendly/webhook";
        MockEndpoint bookings = camelContext.getEndpoint(CalendlyRoutes.BOOKINGS, MockEndpoint.class);
        bookings.reset();

        SANDBOX.book(Booking.of(SANDBOX.seeded().eventType(SeededOrganization.INTRO_CALL), null, "Mary Somerville",
                "mary.somerville@example.com"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bookings.getReceivedExchanges())
                .hasSize(1));
        Exchange received = bookings.getReceivedExchanges().get(0);
        assertThat(received.getMessage().getHeader(CalendlyConstants.EVENT)).isEqualTo("invitee.created");
        @SuppressWarnings("unchecked")
        Map<String, Object> invitee = received.getMessage().getBody(Map.class);
        assertThat(invitee).containsEntry("email", "mary.somerville@example.com")
                .containsEntry("name", "Mary Somerville");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(SANDBOX.deliveries())
                .filteredOn(delivery -> delivery.event().equals("invitee.created")).singleElement()
                .satisfies(delivery -> {
                    assertThat(delivery.callbackUrl()).isEqualTo(callbackUrl);
                    assertThat(delivery.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
                    assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
                    assertThat(delivery.attempts()).last().satisfies(attempt -> assertThat(attempt.status())
                            .isEqualTo(200));
                }));
    }

    @Test
    void theActuatorHealthEndpointIsUpAndListsCamelsChecks() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode health = new ObjectMapper().readTree(response.getBody());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode camel = health.path("components").path("camelHealth");
        assertThat(camel.path("status").asText()).isEqualTo("UP");
        JsonNode checks = camel.path("details");
        for (String check : new String[] {"context", "route:me", "route:bookings", "consumer:bookings",
            "calendly-webhook-bookings"}) {
            assertThat(checks.path(check).asText()).as("Camel health check %s", check).isEqualTo("UP");
        }
    }

    @Test
    void theActuatorShowsTheConnectionOnceARouteHasUsedIt() throws Exception {
        producer.requestBody("direct:me", null, Map.class);

        JsonNode checks = new ObjectMapper().readTree(http.getForEntity("/actuator/health", String.class).getBody())
                .path("components").path("camelHealth").path("details");
        List<String> connections = new ArrayList<>();
        checks.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("calendly-connection-") && !name.endsWith(".data")) {
                connections.add(name);
            }
        });
        assertThat(connections).as("the connection's health check in the actuator").hasSize(1);
        assertThat(checks.path(connections.get(0)).asText()).isEqualTo("UP");
        JsonNode data = checks.path(connections.get(0) + ".data");
        assertThat(data.toString()).as("connection details").contains(SANDBOX.baseUrl())
                .doesNotContain(TOKEN);
    }
}
