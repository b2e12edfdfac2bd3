package io.github.camelcalendly.sandbox.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxClient;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * The routing form endpoints' answers, the {@code routing_form_submission.created} delivery and its sample data
 * have every field of the recorded fixtures (calendlyr's and koshilife's routing forms and submissions).
 */
class RoutingFormsShapeTest {

    private static CalendlySandbox sandbox;
    private static SandboxClient client;
    private static WireMockServer receiver;
    private static String contactSales;

    @BeforeAll
    static void start() {
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
        receiver.stubFor(WireMock.post(WireMock.urlEqualTo("/forms")).willReturn(WireMock.aResponse().withStatus(200)));
        contactSales = sandbox.routingForm("Contact Sales");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        receiver.stop();
    }

    /** One answer and the references it must have every field of. */
    record Case(String name, Supplier<JsonNode> answer, List<String> references) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<String> comparedEndpoints() {
        return cases().map(Case::name);
    }

    static Stream<Case> cases() {
        return Stream.of(
                get("GET /routing_forms", () -> "/routing_forms?organization=" + enc(sandbox.seeded().organization())
                        + "&count=2", "calendlyr/routing_forms/list.json", "calendlyr/routing_forms/list_page2.json",
                        "koshilife/routing_forms_001.json", "koshilife/routing_forms_002_page1.json"),
                get("GET /routing_forms/{uuid}", () -> "/routing_forms/" + SandboxStore.lastSegment(contactSales),
                        "calendlyr/routing_forms/retrieve.json", "koshilife/routing_form_001.json"),
                new Case("GET /routing_forms/{uuid} (object)", () -> client.get("/routing_forms/"
                        + SandboxStore.lastSegment(contactSales)).resource(), List.of("calendlyr/objects/routing_form.json")),
                get("GET /routing_form_submissions", () -> "/routing_form_submissions?form=" + enc(contactSales)
                        + "&count=2", "calendlyr/routing_forms/list_routing_form_submission.json",
                        "koshilife/routing_form_submissions_002_page1.json"),
                get("GET /routing_form_submissions (every result type)", () -> "/routing_form_submissions?form="
                        + enc(contactSales), "koshilife/routing_form_submissions_001.json"),
                get("GET /routing_form_submissions/{uuid}", () -> "/routing_form_submissions/"
                        + SandboxStore.lastSegment(client.get("/routing_form_submissions?form=" + enc(contactSales))
                                .collection().get(1).path("uri").asText()),
                        "calendlyr/routing_forms/retrieve_routing_form_submission.json",
                        "koshilife/routing_form_submission_001.json"),
                new Case("webhook delivery routing_form_submission.created", RoutingFormsShapeTest::deliveredPayload,
                        List.of("calendlyr/objects/routing_forms/submission.json")),
                new Case("GET /sample_webhook_data (routing_form_submission.created)", () -> client.get(
                        "/sample_webhook_data?event=routing_form_submission.created&organization="
                                + enc(sandbox.seeded().organization()) + "&scope=organization").json().path("payload"),
                        List.of("calendlyr/objects/routing_forms/submission.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAnswerHasEveryFieldOfTheFixtures(Case shapeCase) {
        ReferenceShapes.assertHasEveryFieldOf(shapeCase.name(), shapeCase.answer().get(), shapeCase.references(),
                Set.of());
    }

    private static Case get(String name, Supplier<String> path, String... references) {
        return new Case(name, () -> {
            SandboxClient.Reply reply = client.get(path.get());
            assertThat(reply.status()).as(name + ": " + reply).isEqualTo(200);
            return reply.json();
        }, List.of(references));
    }

    /** Subscribes, submits Contact Sales and returns the payload of the delivery that follows. */
    private static JsonNode deliveredPayload() {
        String url = "http://localhost:" + receiver.port() + "/forms";
        SandboxClient.Reply subscribed = client.post("/webhook_subscriptions", """
                {"url": "%s", "events": ["routing_form_submission.created"], "organization": "%s",
                 "scope": "organization"}""".formatted(url, sandbox.seeded().organization()));
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(201);
        int before = sandbox.deliveries().size();
        sandbox.submitRoutingForm(contactSales, Map.of("Name", "Lise Meitner", "Email", "lise@example.com",
                "Company size", "51-200"));
        return Json.parse(sandbox.awaitDeliveries(before + 1, Duration.ofSeconds(10)).get(before).body())
                .path("payload");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
