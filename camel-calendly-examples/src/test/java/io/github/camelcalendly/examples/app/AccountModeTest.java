package io.github.camelcalendly.examples.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.camelcalendly.examples.CapturedConsole;
import io.github.camelcalendly.examples.SandboxApi;
import io.github.camelcalendly.examples.scenario.BookedMeeting;
import io.github.camelcalendly.examples.scenario.ScenarioReport;
import io.github.camelcalendly.examples.scenario.StartupClock;
import io.github.camelcalendly.examples.scenario.TriggerKind;
import io.github.camelcalendly.examples.scenario.TriggerMessage;
import io.github.camelcalendly.examples.settings.SettingsReader;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;

/**
 * The run against a Calendly account, given as the user would (CALENDLY_ACCESS_TOKEN, CALENDLY_BASE_URL and the
 * rest), pointed at a sandbox standing in for Calendly: read-only unless writes are allowed, the webhook when a
 * webhook URL is given and polling otherwise, and a clear failure when something does not arrive or Calendly says
 * no.
 */
class AccountModeTest {

    private CalendlySandbox sandbox;
    private SandboxApi api;
    private String token;
    private final CapturedConsole console = new CapturedConsole();

    @BeforeEach
    void startTheStandInForCalendly() {
        sandbox = CalendlySandbox.start();
        api = new SandboxApi(sandbox);
        token = sandbox.issueToken();
    }

    @AfterEach
    void stopIt() {
        sandbox.close();
    }

    @Test
    void withoutTheWritesFlagTheRunOnlyReadsAndSendsNoWriteToCalendly() {
        ScenarioOutcome outcome = launch(RoutesVariant.JAVA_DSL, List.of());

        assertThat(outcome.exitCode()).as(console.text()).isZero();
        ScenarioReport report = outcome.report();
        assertThat(report.writes()).isFalse();
        assertThat(report.trigger()).isEqualTo(TriggerKind.POLLING);
        assertThat(report.completedSteps()).isEqualTo(8);
        assertThat(report.booking()).isNull();
        assertThat(report.singleUseLink()).isNull();
        assertThat(report.cancellation()).isNull();
        assertThat(sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo("/invitees")))).isEmpty();
        assertThat(sandbox.wireMock().findAll(anyRequestedFor(anyUrl())))
                .as("every request the run sent").isNotEmpty()
                .allSatisfy(r -> assertThat(r.getMethod().getName()).as(r.getUrl()).isEqualTo("GET"));
        assertThat(sandbox.events()).as("bookings, cancellations, event type changes").isEmpty();
        // what it did read: the event type's own booking page, prefilled, and the upcoming meetings
        assertThat(report.prefilledLink()).startsWith((String) report.eventType().get("scheduling_url") + "?name=");
        assertThat(report.meetings()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo("active"));
        assertThat(console.text()).contains("Read-only", "skipped: read-only run", "No public webhook URL");
        assertThat(console.text()).doesNotContain(token);
    }

    @ParameterizedTest
    @EnumSource(RoutesVariant.class)
    void withoutAWebhookUrlThePollingTriggerDeliversTheBookingAndTheCancellation(RoutesVariant variant) {
        ScenarioOutcome outcome = launch(variant, List.of(SettingsReader.ALLOW_WRITES_FLAG));

        assertThat(outcome.exitCode()).as(console.text()).isZero();
        ScenarioReport report = outcome.report();
        assertThat(report.trigger()).isEqualTo(TriggerKind.POLLING);
        BookedMeeting booking = report.booking();
        TriggerMessage booked = report.bookingNotice();
        assertThat(booked.event()).as("a polled meeting has no webhook event").isNull();
        assertThat(booked.resourceUri()).isEqualTo(booking.eventUri());
        assertThat(booked.text("status")).isEqualTo("active");
        assertThat(booked.text("start_time")).isEqualTo(booking.startTime());
        TriggerMessage canceled = report.cancellationNotice();
        assertThat(canceled.resourceUri()).isEqualTo(booking.eventUri());
        assertThat(canceled.text("status")).isEqualTo("canceled");
        assertThat(api.get(booking.eventUri()).path("resource").path("status").asText()).isEqualTo("canceled");
        assertThat(sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo("/webhook_subscriptions"))))
                .as("no webhook without a webhook URL").isEmpty();
        assertThat(sandbox.deliveries()).isEmpty();
        assertThat(console.text()).contains("No public webhook URL", "polls calendly:scheduledEvents?op=list")
                .doesNotContain(token);
    }

    @Test
    void withAWebhookUrlAndWritesAllowedInTheEnvironmentTheWebhookTriggerIsUsed() throws IOException {
        int port = freePort();
        String url = "http://localhost:" + port + "/hooks/calendly";
        ScenarioOutcome outcome = launch(RoutesVariant.JAVA_DSL, List.of(),
                SettingsReader.ALLOW_WRITES, "true",
                SettingsReader.WEBHOOK_URL, url,
                SettingsReader.SERVER_PORT, String.valueOf(port));

        assertThat(outcome.exitCode()).as(console.text()).isZero();
        ScenarioReport report = outcome.report();
        assertThat(report.trigger()).isEqualTo(TriggerKind.WEBHOOK);
        assertThat(report.subscription()).containsEntry("callback_url", url);
        assertThat(report.bookingNotice().event()).isEqualTo("invitee.created");
        assertThat(report.bookingNotice().text("event")).isEqualTo(report.booking().eventUri());
        assertThat(report.cancellationNotice().event()).isEqualTo("invitee.canceled");
        assertThat(sandbox.deliveries()).extracting(WebhookDelivery::callbackUrl).containsOnly(url);
        assertThat(sandbox.deliveries()).extracting(WebhookDelivery::outcome)
                .containsOnly(WebhookDelivery.Outcome.DELIVERED);
        assertThat(api.userSubscriptions()).as("removed when the run stopped").isEmpty();
        assertThat(console.text()).contains("Writes allowed").doesNotContain(token);
    }

    @Test
    void aWebhookThatNeverArrivesFailsTheRunWithTheReasonAfterTheBoundedWait() throws IOException {
        // the public URL leads nowhere (think of a tunnel that is down): Calendly's deliveries never reach the route
        int nowhere = freePort();
        ScenarioOutcome outcome = launch(RoutesVariant.JAVA_DSL, List.of(SettingsReader.ALLOW_WRITES_FLAG),
                SettingsReader.WEBHOOK_URL, "http://localhost:" + nowhere + "/calendly/webhook",
                SettingsReader.SERVER_PORT, String.valueOf(freePort()),
                SettingsReader.EVENT_WAIT_SECONDS, "2");

        assertThat(outcome.exitCode()).isEqualTo(ScenarioOutcome.STEP_FAILED);
        assertThat(outcome.failure()).startsWith("Step 4 (Receive invitee.created in the trigger route) failed:")
                .contains("no invitee.created about the booked meeting reached the trigger route within 2.00 s");
        assertThat(outcome.report().completedSteps()).isEqualTo(3);
        assertThat(outcome.report().bookingNotice()).isNull();
        assertThat(console.text()).contains("FAILED: Step 4").doesNotContain("Scenario complete.");
    }

    @Test
    void aCalendlyErrorFailsTheStepThatMetItWithCalendlysReason() {
        sandbox.wireMock().stubFor(post(urlPathEqualTo("/invitees")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"title\":\"Invalid Argument\",\"message\":\"The supplied parameters are invalid.\","
                        + "\"details\":[{\"parameter\":\"start_time\",\"message\":\"is not available\"}]}")));

        ScenarioOutcome outcome = launch(RoutesVariant.JAVA_DSL, List.of(SettingsReader.ALLOW_WRITES_FLAG));

        assertThat(outcome.exitCode()).isEqualTo(ScenarioOutcome.STEP_FAILED);
        assertThat(outcome.failure()).startsWith("Step 3 (Book through the Scheduling API) failed:")
                .contains("start_time");
        assertThat(outcome.report().completedSteps()).isEqualTo(2);
        assertThat(console.text()).doesNotContain(token);
    }

    @Test
    void aBadSettingStopsTheRunBeforeAnythingStartsAndNamesTheVariable() {
        ScenarioOutcome outcome = launch(RoutesVariant.JAVA_DSL, List.of(), SettingsReader.ALLOW_WRITES, "maybe");

        assertThat(outcome.exitCode()).isEqualTo(ScenarioOutcome.BAD_SETTINGS);
        assertThat(console.text()).startsWith("Cannot run: CALENDLY_ALLOW_WRITES must be true or false");
        assertThat(sandbox.wireMock().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    /** Runs as the user would from a shell with the account variables set, plus {@code extra} name, value pairs. */
    private ScenarioOutcome launch(RoutesVariant variant, List<String> args, String... extra) {
        Map<String, String> env = new HashMap<>();
        env.put(SettingsReader.ACCESS_TOKEN, token);
        env.put(SettingsReader.BASE_URL, sandbox.baseUrl());
        env.put(SettingsReader.POLL_DELAY_MS, "200");
        env.put(SettingsReader.EVENT_WAIT_SECONDS, "20");
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return ScenarioApplication.launch(variant, args, env, console.out(), StartupClock.ofThisJvm());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
