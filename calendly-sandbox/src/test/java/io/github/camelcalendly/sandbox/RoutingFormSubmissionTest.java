package io.github.camelcalendly.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;

/** A visitor submits a routing form, is routed, and may book through the submission. */
class RoutingFormSubmissionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private CalendlySandbox sandbox;
    private SandboxClient client;
    private WireMockServer receiver;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/forms")).willReturn(aResponse().withStatus(200)));
        receiver.stubFor(post(urlEqualTo("/bookings")).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.stop();
    }

    private static Map<String, String> contact(String name, String email, String companySize) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("Name", name);
        answers.put("Email", email);
        answers.put("Company size", companySize);
        return answers;
    }

    private String contactSales() {
        return sandbox.routingForm("Contact Sales");
    }

    private String eventType(String slug) {
        return sandbox.seeded().eventType(slug);
    }

    private JsonNode fetched(ObjectNode submission) {
        return client.get("/routing_form_submissions/" + SandboxStore.lastSegment(submission.path("uri").asText()))
                .resource();
    }

    @Test
    void aSmallCompanyIsRoutedToTheIntroCallAndALargeOneToTheProductDemo() {
        ObjectNode small = sandbox.submitRoutingForm(contactSales(), contact("Lise Meitner", "lise@example.com",
                "11-50"));
        ObjectNode large = sandbox.submitRoutingForm(contactSales(), contact("Emmy Noether", "emmy@example.com",
                "1000+"));

        JsonNode smallResult = fetched(small).path("result");
        assertThat(smallResult.path("type").asText()).isEqualTo("event_type");
        assertThat(smallResult.path("value").asText()).isEqualTo(eventType(SeededOrganization.INTRO_CALL));
        assertThat(fetched(large).path("result").path("value").asText())
                .isEqualTo(eventType(SeededOrganization.PRODUCT_DEMO));
    }

    @Test
    void aSubmissionRecordsEveryQuestionWithItsAnswerAndTracking() {
        ObjectNode submission = sandbox.submitRoutingForm(contactSales(), contact("Lise Meitner",
                "lise@example.com", "1-10"), Map.of("utm_campaign", "autumn-launch", "utm_source", "linkedin"));

        JsonNode fetched = fetched(submission);
        assertThat(fetched).isEqualTo(submission);
        assertThat(fetched.path("routing_form").asText()).isEqualTo(contactSales());
        assertThat(fetched.path("questions_and_answers")).extracting(qa -> qa.path("question").asText())
                .containsExactly("Name", "Email", "Company size", "Phone number", "What would you like to discuss?");
        assertThat(fetched.path("questions_and_answers").get(2).path("answer").asText()).isEqualTo("1-10");
        assertThat(fetched.path("questions_and_answers").get(3).path("answer").isNull()).isTrue();
        JsonNode form = client.get("/routing_forms/" + SandboxStore.lastSegment(contactSales())).resource();
        assertThat(fetched.path("questions_and_answers").get(2).path("question_uuid").asText())
                .isEqualTo(form.path("questions").get(2).path("uuid").asText());
        assertThat(fetched.path("tracking").path("utm_campaign").asText()).isEqualTo("autumn-launch");
        assertThat(fetched.path("tracking").path("utm_term").isNull()).isTrue();
        assertThat(fetched.path("submitter").isNull()).isTrue();
        assertThat(fetched.path("submitter_type").isNull()).isTrue();
        assertThat(client.get("/routing_form_submissions?form=" + contactSales() + "&sort=created_at:desc")
                .collection().get(0).path("uri").asText()).isEqualTo(submission.path("uri").asText());
    }

    @Test
    void answersNoRuleMatchesGetTheFormsCustomMessage() {
        ObjectNode submission = sandbox.submitRoutingForm(contactSales(), contact("Ada Byron", "byron@example.com",
                "Just exploring"));

        JsonNode result = fetched(submission).path("result");
        assertThat(result.path("type").asText()).isEqualTo("custom_message");
        assertThat(result.path("value").path("headline").asText()).isEqualTo("Thanks for your interest");
        assertThat(result.path("value").path("body").asText()).startsWith("<p>");
    }

    @Test
    void aFormWhoseFallbackIsAUrlSendsUnmatchedAnswersThere() {
        ObjectNode submission = sandbox.submitRoutingForm(sandbox.routingForm("Support Triage"), Map.of(
                "Name", "Ada Byron", "Email", "byron@example.com", "What do you need help with?", "Something else"));

        assertThat(fetched(submission).path("result").path("type").asText()).isEqualTo("external_url");
        assertThat(fetched(submission).path("result").path("value").asText()).isEqualTo("https://example.com/help");
    }

    @Test
    void badAnswersAreRefusedNamingTheQuestion() {
        assertThatThrownBy(() -> sandbox.submitRoutingForm(contactSales(), contact("A", "a@example.com", "12")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Company size");
        assertThatThrownBy(() -> sandbox.submitRoutingForm(contactSales(), Map.of("Name", "A", "Email",
                "a@example.com"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Company size");
        assertThatThrownBy(() -> sandbox.submitRoutingForm(contactSales(), contact("A", "not-an-address", "1-10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Email");
        Map<String, String> extra = contact("A", "a@example.com", "1-10");
        extra.put("Favourite colour", "green");
        assertThatThrownBy(() -> sandbox.submitRoutingForm(contactSales(), extra))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Favourite colour");
        assertThat(client.get("/routing_form_submissions?form=" + contactSales()).collection()).hasSize(3);
    }

    @Test
    void aDraftFormCannotBeSubmitted() {
        assertThatThrownBy(() -> sandbox.submitRoutingForm(sandbox.routingForm("Partner Application"), Map.of(
                "Name", "A", "Email", "a@example.com"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not published");
    }

    @Test
    void theSubmissionIsDeliveredSignedToOrganizationSubscriptionsOfTheEventOnly() throws Exception {
        String formsHook = subscribe("/forms", "organization", null, "routing_form_submission.created");
        subscribe("/bookings", "user", sandbox.seeded().owner(), "invitee.created");

        ObjectNode submission = sandbox.submitRoutingForm(contactSales(), contact("Lise Meitner",
                "lise@example.com", "51-200"));

        WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
        assertThat(delivery.subscription()).isEqualTo(formsHook);
        assertThat(delivery.event()).isEqualTo("routing_form_submission.created");
        LoggedRequest received = receiver.findAll(postRequestedFor(urlEqualTo("/forms"))).get(0);
        assertThat(received.getBody()).isEqualTo(delivery.body());
        assertThat(IndependentSignature.verifies(received.getHeader("Calendly-Webhook-Signature"), received.getBody(),
                sandbox.webhookSigningKey())).isTrue();
        JsonNode body = Json.parse(delivery.body());
        assertThat(body.path("event").asText()).isEqualTo("routing_form_submission.created");
        assertThat(body.path("created_by").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(body.path("payload")).isEqualTo(submission);
        assertThat(body.path("payload").path("submitter").isNull()).isTrue();
        assertThat(sandbox.deliveries()).hasSize(1);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/bookings")))).isEmpty();
    }

    @Test
    void bookingThroughTheSubmissionLinksTheInviteeAndTheSubmission() {
        ObjectNode submission = sandbox.submitRoutingForm(contactSales(), contact("Lise Meitner",
                "lise@example.com", "11-50"));
        String submissionUri = submission.path("uri").asText();

        BookingResult booking = sandbox.book(Booking.of(eventType(SeededOrganization.INTRO_CALL), null,
                "Lise Meitner", "lise@example.com").withRoutingFormSubmission(submissionUri));

        JsonNode invitee = client.get(booking.inviteeUri()).resource();
        assertThat(invitee.path("routing_form_submission").asText()).isEqualTo(submissionUri);
        JsonNode linked = fetched(submission);
        assertThat(linked.path("submitter").asText()).isEqualTo(booking.inviteeUri());
        assertThat(linked.path("submitter_type").asText()).isEqualTo("Invitee");
        assertThat(linked.path("updated_at").asText()).isEqualTo(invitee.path("created_at").asText());
        assertThat(linked.path("created_at").asText()).isEqualTo(submission.path("created_at").asText());
        CalendlyEvent created = sandbox.events().stream().filter(e -> e.name().equals("invitee.created"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(created.payload().path("routing_form_submission").asText()).isEqualTo(submissionUri);
        assertThat(sandbox.events()).extracting(CalendlyEvent::name)
                .containsExactly("routing_form_submission.created", "invitee.created");
    }

    @Test
    void aSubmissionBooksOnlyTheEventTypeItRoutedToAndOnlyOnce() {
        String submissionUri = sandbox.submitRoutingForm(contactSales(), contact("Lise Meitner", "lise@example.com",
                "11-50")).path("uri").asText();
        String fallbackUri = sandbox.submitRoutingForm(contactSales(), contact("Ada Byron", "byron@example.com",
                "Just exploring")).path("uri").asText();

        assertThatThrownBy(() -> sandbox.book(Booking.of(eventType(SeededOrganization.PRODUCT_DEMO), null,
                "Lise Meitner", "lise@example.com").withRoutingFormSubmission(submissionUri)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("routing_form_submission");
        assertThatThrownBy(() -> sandbox.book(Booking.of(eventType(SeededOrganization.INTRO_CALL), null,
                "Ada Byron", "byron@example.com").withRoutingFormSubmission(fallbackUri)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("custom_message");
        sandbox.book(Booking.of(eventType(SeededOrganization.INTRO_CALL), null, "Lise Meitner", "lise@example.com")
                .withRoutingFormSubmission(submissionUri));
        assertThatThrownBy(() -> sandbox.book(Booking.of(eventType(SeededOrganization.INTRO_CALL), null,
                "Lise Meitner", "lise@example.com").withRoutingFormSubmission(submissionUri)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already led to a booking");
        assertThat(sandbox.events()).extracting(CalendlyEvent::name).containsExactly(
                "routing_form_submission.created", "routing_form_submission.created", "invitee.created");
    }

    @Test
    void sampleDataForTheEventIsASubmissionOfTheSeededForm() {
        JsonNode sample = client.get("/sample_webhook_data?event=routing_form_submission.created&organization="
                + sandbox.seeded().organization() + "&scope=organization").json();

        JsonNode payload = sample.path("payload");
        assertThat(payload.path("routing_form").asText()).isEqualTo(contactSales());
        assertThat(payload.path("questions_and_answers").get(2).path("answer").asText()).isEqualTo("1-10");
        assertThat(payload.path("result").path("value").asText()).isEqualTo(eventType(SeededOrganization.INTRO_CALL));
        JsonNode real = fetched(sandbox.submitRoutingForm(contactSales(), contact("A", "a@example.com", "1-10")));
        assertThat(fieldNames(payload)).containsExactlyInAnyOrderElementsOf(fieldNames(real));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String subscribe(String path, String scope, String user, String event) {
        ObjectNode body = Json.object();
        body.put("url", "http://localhost:" + receiver.port() + path);
        body.putArray("events").add(event);
        body.put("organization", sandbox.seeded().organization());
        body.put("scope", scope);
        if (user != null) {
            body.put("user", user);
        }
        SandboxClient.Reply reply = client.post("/webhook_subscriptions", Json.text(body));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.resource().path("uri").asText();
    }
}
