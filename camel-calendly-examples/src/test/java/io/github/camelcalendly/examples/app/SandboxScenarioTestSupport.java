package io.github.camelcalendly.examples.app;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.github.camelcalendly.examples.CapturedConsole;
import io.github.camelcalendly.examples.SandboxApi;
import io.github.camelcalendly.examples.scenario.BookedMeeting;
import io.github.camelcalendly.examples.scenario.MeetingRow;
import io.github.camelcalendly.examples.scenario.ScenarioReport;
import io.github.camelcalendly.examples.scenario.StartupClock;
import io.github.camelcalendly.examples.scenario.TriggerKind;
import io.github.camelcalendly.examples.scenario.TriggerMessage;
import io.github.camelcalendly.examples.settings.SettingsReader;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;

/**
 * The default run, as the demo plays it (no variables, no arguments), once per test class against a sandbox the
 * test owns; each test checks one part of what happened, from the sandbox's side and from the routes' side. The
 * subclasses pick the routes: Java DSL on Camel Main or YAML on KameletMain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SandboxScenarioTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CalendlySandbox sandbox;
    private SandboxApi api;
    private ScenarioOutcome outcome;
    private CapturedConsole console;

    abstract RoutesVariant variant();

    @BeforeAll
    void playTheDefaultScenario() {
        sandbox = CalendlySandbox.start();
        api = new SandboxApi(sandbox);
        console = new CapturedConsole();
        outcome = ScenarioApplication.run(SettingsReader.read(Map.of(), List.of()), variant(),
                () -> SandboxTarget.using(sandbox), console.out(), StartupClock.ofThisJvm());
    }

    @AfterAll
    void stopTheSandbox() {
        sandbox.close();
    }

    private ScenarioReport report() {
        assertThat(outcome.failure()).as("the run's failure").isNull();
        return outcome.report();
    }

    @Test
    void everyStepCompletesAndTheRunExitsZero() {
        assertThat(outcome.exitCode()).as(console.text()).isZero();
        assertThat(report().completedSteps()).isEqualTo(8);
        assertThat(report().trigger()).isEqualTo(TriggerKind.WEBHOOK);
        assertThat(console.text()).contains("[1/8] Register the webhook trigger", "[4/8] Receive invitee.created",
                "[8/8] Summary", "Scenario complete.");
    }

    @Test
    void theTriggerRouteReceivesTheSignedBookingForTheBookedMeeting() {
        BookedMeeting booking = report().booking();
        TriggerMessage notice = report().bookingNotice();

        assertThat(notice.event()).isEqualTo("invitee.created");
        assertThat(notice.text("email")).isEqualTo("mary.somerville@example.com");
        assertThat(notice.text("uri")).isEqualTo(booking.inviteeUri());
        assertThat(notice.resourceUri()).isEqualTo(booking.inviteeUri());
        assertThat(notice.text("event")).isEqualTo(booking.eventUri());
        assertThat(notice.nestedText("scheduled_event", "uri")).isEqualTo(booking.eventUri());
        assertThat(notice.nestedText("scheduled_event", "start_time")).isEqualTo(booking.startTime());
    }

    @Test
    void theTriggerRouteReceivesTheSignedCancellationOfTheSameMeeting() {
        BookedMeeting booking = report().booking();
        TriggerMessage notice = report().cancellationNotice();

        assertThat(notice.event()).isEqualTo("invitee.canceled");
        assertThat(notice.text("email")).isEqualTo("mary.somerville@example.com");
        assertThat(notice.text("event")).isEqualTo(booking.eventUri());
        assertThat(notice.text("status")).isEqualTo("canceled");
        assertThat(notice.nestedText("scheduled_event", "status")).isEqualTo("canceled");
    }

    @Test
    void theSandboxDeliveredBothEventsSignedToTheTriggerAndGotThemAcknowledged() {
        List<WebhookDelivery> deliveries = sandbox.deliveries();

        assertThat(deliveries).extracting(WebhookDelivery::event)
                .containsExactly("invitee.created", "invitee.canceled");
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED);
            assertThat(d.callbackUrl()).isEqualTo(report().subscription().get("callback_url"));
            assertThat(d.signature()).startsWith("t=").contains(",v1=");
        });
    }

    @Test
    void theSandboxHoldsTheBookingMadeThroughTheSchedulingApiAndItsCancellation() throws Exception {
        BookedMeeting booking = report().booking();
        String eventType = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);

        List<LoggedRequest> bookings = sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo("/invitees")));
        assertThat(bookings).hasSize(1);
        JsonNode sent = JSON.readTree(bookings.get(0).getBodyAsString());
        assertThat(sent.path("event_type").asText()).isEqualTo(eventType);
        assertThat(sent.path("start_time").asText()).isEqualTo(booking.startTime());
        assertThat(sent.path("invitee").path("name").asText()).isEqualTo("Mary Somerville");
        assertThat(sent.path("invitee").path("email").asText()).isEqualTo("mary.somerville@example.com");

        JsonNode meeting = api.get(booking.eventUri()).path("resource");
        assertThat(meeting.path("event_type").asText()).isEqualTo(eventType);
        assertThat(meeting.path("start_time").asText()).isEqualTo(booking.startTime());
        assertThat(meeting.path("status").asText()).isEqualTo("canceled");
        assertThat(meeting.path("cancellation").path("reason").asText())
                .isEqualTo("Cancelled by the camel-calendly example");
        JsonNode invitee = api.get(booking.inviteeUri()).path("resource");
        assertThat(invitee.path("email").asText()).isEqualTo("mary.somerville@example.com");
        assertThat(invitee.path("status").asText()).isEqualTo("canceled");
        assertThat(sandbox.events()).extracting(CalendlyEvent::name)
                .containsExactly("invitee.created", "invitee.canceled");
    }

    @Test
    void theEventTypesAndOpenSlotsAreTheOwnersAsTheSandboxOffersThem() {
        assertThat(report().eventTypes()).extracting(t -> t.get("slug"))
                .containsExactly(SeededOrganization.INTRO_CALL, SeededOrganization.PRODUCT_DEMO);
        assertThat(report().eventType().get("uri")).isEqualTo(sandbox.seeded().eventType(
                SeededOrganization.INTRO_CALL));
        assertThat(report().openSlots()).isNotEmpty();
        assertThat(report().booking().startTime()).isEqualTo(report().openSlots().get(0).get("start_time"));
    }

    @Test
    void theMeetingsTableListsTheBookingAmongTheSeededMeetingsSoonestFirst() {
        List<MeetingRow> rows = report().meetings();
        BookedMeeting booking = report().booking();

        // the owner's upcoming meetings, as the sandbox lists them now, soonest first (the booking since canceled)
        List<String> upcoming = new ArrayList<>();
        api.get("/scheduled_events?user=" + sandbox.seeded().owner() + "&min_start_time=" + Instant.now()
                + "&sort=start_time:asc").path("collection")
                .forEach(e -> upcoming.add(e.path("uri").asText()));
        assertThat(rows).extracting(MeetingRow::uri).containsExactlyElementsOf(upcoming).hasSizeGreaterThan(1);
        assertThat(rows).filteredOn(r -> r.uri().equals(booking.eventUri())).singleElement()
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo("Intro Call");
                    assertThat(r.invitee()).isEqualTo("Mary Somerville <mary.somerville@example.com>");
                    assertThat(r.status()).isEqualTo("active");
                });
        // "Mon 2026-05-04 14:00": past the weekday the text sorts as the time does
        assertThat(rows).extracting(r -> r.start().substring(4)).isSorted();
        List<String> table = report().table();
        assertThat(table).hasSize(rows.size() + 2);
        assertThat(table.get(0)).startsWith("START (UTC)");
        assertThat(console.text()).contains(table.get(2));
    }

    @Test
    void theSingleUseLinkIsCreatedForTheEventTypeAndPrefilledForTheInvitee() throws Exception {
        String eventType = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        Map<String, Object> link = report().singleUseLink();

        assertThat(link).containsEntry("owner", eventType).containsEntry("owner_type", "EventType");
        String bookingUrl = (String) link.get("booking_url");
        assertThat(bookingUrl).startsWith("https://calendly.com/d/").endsWith("/intro-call");
        List<LoggedRequest> created = sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo(
                "/scheduling_links")));
        assertThat(created).hasSize(1);
        JsonNode sent = JSON.readTree(created.get(0).getBodyAsString());
        assertThat(sent.path("max_event_count").asInt()).isEqualTo(1);
        assertThat(sent.path("owner").asText()).isEqualTo(eventType);
        assertThat(report().prefilledLink()).isEqualTo(bookingUrl
                + "?name=Mary%20Somerville&email=mary.somerville%40example.com");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebhookSubscriptionServedTheRunAndIsGoneAfterIt() {
        Map<String, Object> subscription = report().subscription();

        assertThat(subscription.get("callback_url")).asString()
                .matches("http://localhost:\\d+/calendly/webhook");
        assertThat((List<Object>) subscription.get("events")).containsExactlyInAnyOrder("invitee.created",
                "invitee.canceled");
        assertThat(subscription).containsEntry("scope", "user").containsEntry("state", "active");
        assertThat(api.userSubscriptions()).as("subscriptions left after the run").isEmpty();
    }
}
