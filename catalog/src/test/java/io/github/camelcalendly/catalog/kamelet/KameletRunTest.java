package io.github.camelcalendly.catalog.kamelet;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.BookingResult;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each Kamelet runs in Camel Main, used by a YAML DSL route through the kamelet component, which loads it from the
 * classpath (the generated files), against the Calendly sandbox.
 */
class KameletRunTest {

    /** A signing key with characters a URI would change, so that a key mangled on its way is noticed. */
    private static final String SIGNING_KEY = "kamelet+key/with=special&chars%20ok";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CalendlySandbox sandbox;
    private static String token;
    private static SandboxApi api;

    @TempDir
    Path folder;

    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, JsonNode> parsed = new ConcurrentHashMap<>();

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start();
        token = sandbox.issueToken();
        api = new SandboxApi(sandbox, token);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void connection() {
        properties.put("calendly.token", token);
        properties.put("calendly.baseUrl", sandbox.baseUrl());
    }

    @Test
    void theSourceSubscribesItsUrlAndPassesOnASignedBookingAsJson() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        String callbackUrl = "http://localhost:" + port + "/calendly/webhook";
        properties.put("camel.server.enabled", "true");
        properties.put("camel.server.host", "localhost");
        properties.put("camel.server.port", String.valueOf(port));
        properties.put("calendly.signingKey", SIGNING_KEY);
        properties.put("calendly.webhookUrl", callbackUrl);
        String routes = """
                - route:
                    id: bookings
                    from:
                      uri: kamelet:calendly-source
                      parameters:
                        events: invitee.created
                        signingKey: "RAW({{calendly.signingKey}})"
                        webhookExternalUrl: "{{calendly.webhookUrl}}"
                        accessToken: "{{calendly.token}}"
                        baseUrl: "{{calendly.baseUrl}}"
                      steps:
                        - to: mock:bookings
                """;

        try (KameletRuntime camel = KameletRuntime.start(folder, routes, properties)) {
            JsonNode subscription = subscriptionFor(callbackUrl);
            assertThat(subscription.path("events")).extracting(JsonNode::asText).containsExactly("invitee.created");
            assertThat(subscription.path("state").asText()).isEqualTo("active");

            BookingResult booking = sandbox.book(Booking.of(
                    sandbox.seeded().eventType(SeededOrganization.PRODUCT_DEMO), null, "Source Guest",
                    "source.guest@example.com"));

            MockEndpoint bookings = camel.mock("bookings");
            await().atMost(WAIT).untilAsserted(() -> assertThat(bookings.getReceivedExchanges()).hasSize(1));
            Exchange received = bookings.getReceivedExchanges().get(0);
            assertThat(received.getMessage().getHeader(CalendlyConstants.EVENT)).isEqualTo("invitee.created");
            JsonNode invitee = JSON.readTree(received.getMessage().getBody(String.class));
            assertThat(invitee.path("uri").asText()).isEqualTo(booking.inviteeUri());
            assertThat(invitee.path("email").asText()).isEqualTo("source.guest@example.com");

            await().atMost(WAIT).until(() -> deliveryTo(callbackUrl).outcome() == WebhookDelivery.Outcome.DELIVERED);
            WebhookDelivery delivery = deliveryTo(callbackUrl);
            assertThat(delivery.signature()).as("signed with the key the Kamelet was given, unchanged")
                    .isEqualTo(signature(SIGNING_KEY, delivery));
        } finally {
            // the other scenarios book too: no deliveries to a receiver that is gone
            for (JsonNode subscription : subscriptionsFor(callbackUrl)) {
                api.delete(subscription.path("uri").asText());
            }
        }
    }

    @Test
    void thePollSourceEmitsAMeetingBookedAfterItsFirstPoll() throws Exception {
        String routes = """
                - route:
                    id: meetings
                    from:
                      uri: kamelet:calendly-poll-source
                      parameters:
                        resource: scheduledEvents
                        delay: 200
                        accessToken: "{{calendly.token}}"
                        baseUrl: "{{calendly.baseUrl}}"
                      steps:
                        - to: mock:meetings
                """;

        try (KameletRuntime camel = KameletRuntime.start(folder, routes, properties)) {
            MockEndpoint meetings = camel.mock("meetings");
            // the first poll emits the meetings the sandbox holds, the last of them marked as completing the batch
            await().atMost(WAIT).until(() -> meetings.getReceivedExchanges().stream()
                    .anyMatch(e -> e.getProperty(Exchange.BATCH_COMPLETE, false, Boolean.class)));
            List<String> firstPoll = uris(meetings);
            List<String> upcoming = activeUpcomingMeetingUris();

            BookingResult booking = sandbox.book(Booking.of(
                    sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, "Poll Guest",
                    "poll.guest@example.com"));

            await().atMost(WAIT).until(() -> uris(meetings).contains(booking.eventUri()));
            assertThat(firstPoll).doesNotContain(booking.eventUri())
                    .containsAll(upcoming);
            assertThat(Collections.frequency(uris(meetings), booking.eventUri())).as("times emitted").isEqualTo(1);
            JsonNode polled = bodies(meetings).stream()
                    .filter(meeting -> meeting.path("uri").asText().equals(booking.eventUri())).findFirst()
                    .orElseThrow();
            JsonNode held = api.get(booking.eventUri()).path("resource");
            assertThat(polled.path("status").asText()).isEqualTo("active").isEqualTo(held.path("status").asText());
            assertThat(polled.path("start_time").asText()).isEqualTo(held.path("start_time").asText());
        }
    }

    @Test
    void theActionListsTheMeetingsTheBodyAsksFor() throws Exception {
        String routes = """
                - route:
                    id: list-meetings
                    from:
                      uri: direct:meetings
                      steps:
                        - to:
                            uri: kamelet:calendly-action
                            parameters:
                              resource: scheduledEvents
                              op: list
                              accessToken: "{{calendly.token}}"
                              baseUrl: "{{calendly.baseUrl}}"
                        - to: mock:listed
                """;

        try (KameletRuntime camel = KameletRuntime.start(folder, routes, properties)) {
            // JSON as a stream, the way another Kamelet hands it on
            String listed = camel.template().requestBody("direct:meetings", new ByteArrayInputStream(
                    "{\"status\": \"canceled\", \"sort\": \"start_time:asc\"}".getBytes(StandardCharsets.UTF_8)),
                    String.class);

            List<String> got = new ArrayList<>();
            JSON.readTree(listed).forEach(meeting -> got.add(meeting.path("uri").asText()));
            List<String> held = new ArrayList<>();
            api.get("/scheduled_events?status=canceled&sort=start_time:asc&user=" + encode(sandbox.seeded().owner()))
                    .path("collection").forEach(meeting -> held.add(meeting.path("uri").asText()));
            assertThat(held).isNotEmpty();
            assertThat(got).isEqualTo(held);
            sandbox.wireMock().verify(getRequestedFor(urlPathEqualTo("/scheduled_events"))
                    .withQueryParam("status", equalTo("canceled"))
                    .withQueryParam("sort", equalTo("start_time:asc"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
        }
    }

    @Test
    void theActionHandsOnNoBodyWhenCalendlyAnswersNothing() throws Exception {
        BookingResult booking = sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL),
                null, "No Show", "no.show@example.com"));
        String routes = """
                - route:
                    id: mark-no-show
                    from:
                      uri: direct:markNoShow
                      steps:
                        - to:
                            uri: kamelet:calendly-action
                            parameters:
                              resource: inviteeNoShows
                              op: create
                              accessToken: "{{calendly.token}}"
                              baseUrl: "{{calendly.baseUrl}}"
                - route:
                    id: unmark-no-show
                    from:
                      uri: direct:unmarkNoShow
                      steps:
                        - to:
                            uri: kamelet:calendly-action
                            parameters:
                              resource: inviteeNoShows
                              op: delete
                              accessToken: "{{calendly.token}}"
                              baseUrl: "{{calendly.baseUrl}}"
                """;

        try (KameletRuntime camel = KameletRuntime.start(folder, routes, properties)) {
            JsonNode noShow = JSON.readTree(camel.template().requestBody("direct:markNoShow",
                    JSON.writeValueAsString(Map.of("invitee", booking.inviteeUri())), String.class));
            assertThat(noShow.path("invitee").asText()).isEqualTo(booking.inviteeUri());
            assertThat(api.get(booking.inviteeUri()).path("resource").path("no_show").path("uri").asText())
                    .isEqualTo(noShow.path("uri").asText());

            Object answer = camel.template().requestBody("direct:unmarkNoShow",
                    JSON.writeValueAsString(Map.of("uri", noShow.path("uri").asText())));

            assertThat(answer).isNull();
            assertThat(api.get(booking.inviteeUri()).path("resource").path("no_show").isNull()).isTrue();
            assertThat(sandbox.events()).extracting(CalendlyEvent::name)
                    .containsSubsequence("invitee_no_show.created", "invitee_no_show.deleted");
        }
    }

    @Test
    void theSinkBooksThroughTheSchedulingApi() throws Exception {
        String introCall = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        String slot = firstOpenSlot(introCall);
        String routes = """
                - route:
                    id: book
                    from:
                      uri: direct:book
                      steps:
                        - to:
                            uri: kamelet:calendly-sink
                            parameters:
                              resource: invitees
                              op: create
                              accessToken: "{{calendly.token}}"
                              baseUrl: "{{calendly.baseUrl}}"
                """;
        String booking = JSON.writeValueAsString(Map.of("eventType", introCall, "startTime", slot,
                "invitee", Map.of("name", "Sink Guest", "email", "sink.guest@example.com", "timezone", "Europe/Paris")));

        try (KameletRuntime camel = KameletRuntime.start(folder, routes, properties)) {
            String answer = camel.template().requestBody("direct:book", booking, String.class);

            JsonNode invitee = JSON.readTree(answer);
            assertThat(invitee.path("email").asText()).isEqualTo("sink.guest@example.com");
            JsonNode held = api.get(invitee.path("uri").asText()).path("resource");
            assertThat(held.path("name").asText()).isEqualTo("Sink Guest");
            assertThat(held.path("timezone").asText()).isEqualTo("Europe/Paris");
            JsonNode meeting = api.get(held.path("event").asText()).path("resource");
            assertThat(meeting.path("event_type").asText()).isEqualTo(introCall);
            assertThat(Instant.parse(meeting.path("start_time").asText())).isEqualTo(Instant.parse(slot));
            sandbox.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/invitees"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
        }
    }

    private static JsonNode subscriptionFor(String callbackUrl) throws Exception {
        List<JsonNode> subscriptions = subscriptionsFor(callbackUrl);
        assertThat(subscriptions).as("subscriptions for " + callbackUrl).hasSize(1);
        return subscriptions.get(0);
    }

    private static List<JsonNode> subscriptionsFor(String callbackUrl) throws Exception {
        List<JsonNode> matching = new ArrayList<>();
        api.get("/webhook_subscriptions?scope=organization&organization=" + encode(sandbox.seeded().organization()))
                .path("collection").forEach(subscription -> {
                    if (subscription.path("callback_url").asText().equals(callbackUrl)) {
                        matching.add(subscription);
                    }
                });
        return matching;
    }

    private static WebhookDelivery deliveryTo(String callbackUrl) {
        List<WebhookDelivery> deliveries = sandbox.deliveries().stream()
                .filter(d -> d.callbackUrl().equals(callbackUrl)).toList();
        assertThat(deliveries).hasSize(1);
        return deliveries.get(0);
    }

    /** The signature header Calendly sends for the delivery's timestamp, keyed with {@code key}. */
    private static String signature(String key, WebhookDelivery delivery) throws GeneralSecurityException {
        String timestamp = delivery.signature().substring(2, delivery.signature().indexOf(','));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signed = mac.doFinal((timestamp + "." + delivery.bodyText()).getBytes(StandardCharsets.UTF_8));
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(signed);
    }

    /** The active meetings of the token's user that have not started yet, as the sandbox holds them. */
    private static List<String> activeUpcomingMeetingUris() throws Exception {
        List<String> uris = new ArrayList<>();
        api.get("/scheduled_events?status=active&min_start_time=" + encode(Instant.now().toString()) + "&user="
                + encode(sandbox.seeded().owner())).path("collection")
                .forEach(meeting -> uris.add(meeting.path("uri").asText()));
        assertThat(uris).isNotEmpty();
        return uris;
    }

    private static String firstOpenSlot(String eventType) throws Exception {
        Instant from = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode slots = api.get("/event_type_available_times?event_type=" + encode(eventType) + "&start_time="
                + encode(from.toString()) + "&end_time=" + encode(from.plus(7, ChronoUnit.DAYS).toString()))
                .path("collection");
        assertThat(slots).as("open slots of " + eventType).isNotEmpty();
        return slots.get(0).path("start_time").asText();
    }

    /**
     * The JSON bodies the mock received, each read once: the Kamelets hand on JSON as a stream cache (Camel Main
     * caches streams), which a second read would find used up.
     */
    private List<JsonNode> bodies(MockEndpoint mock) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (Exchange exchange : List.copyOf(mock.getReceivedExchanges())) {
            JsonNode body = parsed.get(exchange.getExchangeId());
            if (body == null) {
                body = JSON.readTree(exchange.getMessage().getBody(String.class));
                parsed.put(exchange.getExchangeId(), body);
            }
            bodies.add(body);
        }
        return bodies;
    }

    private List<String> uris(MockEndpoint mock) throws Exception {
        return bodies(mock).stream().map(body -> body.path("uri").asText()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
