package io.github.camelcalendly;

import java.util.List;
import java.util.Map;

import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Wrong endpoint URIs fail when the endpoint is created; wrong or missing values and unconfirmed destructive actions
 * fail before any HTTP call, naming the option and the operation.
 */
class ValidationTest extends CalendlyTestSupport {

    private static final String EMPTY_PAGE = """
            {"collection": [], "pagination": {"count": 0, "next_page": null, "next_page_token": null}}""";

    // missing required options

    @Test
    void missingPathOptionFailsBeforeAnyCallNamingOptionAndOperation() {
        Exchange out = call("calendly:scheduledEvents?op=get");

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("uuid");
        assertThat(e.getOperation()).isEqualTo("scheduledEvents/get");
        assertThat(e.getMessage()).contains("Missing required option 'uuid'", "scheduledEvents/get",
                "or give the resource URI in option uri").doesNotContain("message body");
        assertNoCallToCalendly();
    }

    @Test
    void missingQueryOptionFailsBeforeAnyCallNamingOptionAndOperation() {
        Exchange out = call("calendly:eventTypeAvailableTimes?op=list"
                            + "&startTime=2026-05-01T00:00:00Z&endTime=2026-05-02T00:00:00Z");

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("eventType");
        assertThat(e.getOperation()).isEqualTo("eventTypeAvailableTimes/list");
        assertThat(e.getMessage()).contains("Missing required option 'eventType'", "eventTypeAvailableTimes/list")
                .doesNotContain("message body").doesNotContain("option uri");
        assertNoCallToCalendly();
    }

    @Test
    void missingBodyOptionFailsBeforeAnyCallAndSaysItMayComeFromTheBody() {
        Exchange out = call("calendly:contactLists?op=create", Map.of("contacts", List.of("C1")), Map.of());

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("name");
        assertThat(e.getOperation()).isEqualTo("contactLists/create");
        assertThat(e.getMessage()).contains("Missing required option 'name'", "contactLists/create",
                "or put name in the message body").doesNotContain("option uri");
        assertNoCallToCalendly();
    }

    @Test
    void missingRequiredOptionOfAnOperationThatDefaultsTheUserFailsBeforeLookingUpTheUser() {
        stubCurrentUser();

        Exchange out = call("calendly:userBusyTimes?op=list&endTime=2026-05-02T00:00:00Z");

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("startTime");
        assertThat(e.getOperation()).isEqualTo("userBusyTimes/list");
        assertNoCallToCalendly();
    }

    // resources and ops

    @Test
    void unknownResourceFailsAtEndpointCreationListingTheValidResources() {
        Throwable cause = endpointCreationFailure("calendly:meetings?op=list");

        assertThat(cause).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown Calendly resource 'meetings'")
                .hasMessageContaining(String.join(", ", OperationRegistry.resources()));
    }

    @Test
    void unknownOpFailsAtEndpointCreationListingTheOpsOfTheResource() {
        Throwable cause = endpointCreationFailure("calendly:scheduledEvents?op=delete&uuid=EV1");

        assertThat(cause).hasMessageContaining("Unknown op 'delete'")
                .hasMessageContaining("Valid ops for scheduledEvents: list, get, cancel");
    }

    @Test
    void resourceWithSeveralOpsAndNoOpAsksForOne() {
        Throwable cause = endpointCreationFailure("calendly:scheduledEvents");

        assertThat(cause).hasMessageContaining("'scheduledEvents' needs an op")
                .hasMessageContaining("Valid ops for scheduledEvents: list, get, cancel");
    }

    @Test
    void resourceWithASingleOpNeedsNoOp() {
        CALENDLY.stubFor(post(urlPathEqualTo("/one_off_event_types")).willReturn(json(201, """
                {"resource": {"name": "Quick chat", "duration": 30}}""")));
        Map<String, Object> body = Map.of("name", "Quick chat", "host", userUri(), "duration", 30,
                "date_setting", Map.of("type", "date_range", "start_date", "2026-05-01", "end_date", "2026-05-08"));

        Exchange out = call("calendly:oneOffEventTypes", body, Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("name", "Quick chat");
        CALENDLY.verify(postRequestedFor(urlPathEqualTo("/one_off_event_types"))
                .withRequestBody(equalToJson("""
                        {"name": "Quick chat", "host": "%s", "duration": 30,
                         "date_setting": {"type": "date_range", "start_date": "2026-05-01",
                                          "end_date": "2026-05-08"}}""".formatted(userUri()))));
    }

    @Test
    void rawNeedsNoOp() {
        stubCurrentUser();

        Exchange out = call("calendly:raw?path=/users/me");

        assertThat(out.getException()).isNull();
        assertThat(context.getEndpoint("calendly:raw?path=/users/me", CalendlyEndpoint.class).getOperation().id())
                .isEqualTo("raw/request");
        assertThat(out.getMessage().getBody(Map.class)).containsKey("resource");
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/users/me")));
    }

    // options that do not fit

    @Test
    void optionOfAnotherOperationFailsAtEndpointCreationNamingIt() {
        Throwable cause = endpointCreationFailure("calendly:users?op=me&minStartTime=2026-05-01T00:00:00Z");

        assertThat(cause).isInstanceOfSatisfying(CalendlyValidationException.class, e -> {
            assertThat(e.getOption()).isEqualTo("minStartTime");
            assertThat(e.getOperation()).isEqualTo("users/me");
        });
        assertThat(cause).hasMessageContaining("Option minStartTime does not apply to users/me")
                .hasMessageContaining("Options of users/me: none");
    }

    @Test
    void optionOfAnotherOperationIsReportedWithTheOptionsTheOperationTakes() {
        Throwable cause = endpointCreationFailure("calendly:scheduledEvents?op=get&uuid=EV1&status=active");

        assertThat(cause).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("Option status does not apply to scheduledEvents/get")
                .hasMessageContaining("Options of scheduledEvents/get: uuid");
    }

    @Test
    void maxMessagesPerPollThatIsNotAWholeNumberFailsAtEndpointCreation() {
        Throwable cause = endpointCreationFailure("calendly:scheduledEvents?op=list&maxMessagesPerPoll=ten");

        assertThat(cause).isInstanceOfSatisfying(CalendlyValidationException.class,
                e -> assertThat(e.getOption()).isEqualTo("maxMessagesPerPoll"))
                .hasMessageContaining("must be a whole number, got 'ten'");
    }

    @Test
    void maxMessagesPerPollOnAnOperationThatCannotPollFailsAtEndpointCreation() {
        Throwable cause = endpointCreationFailure("calendly:scheduledEvents?op=get&uuid=EV1&maxMessagesPerPoll=10");

        assertThat(cause).isInstanceOfSatisfying(CalendlyValidationException.class,
                e -> assertThat(e.getOption()).isEqualTo("maxMessagesPerPoll"))
                .hasMessageContaining("Option maxMessagesPerPoll does not apply to scheduledEvents/get");
    }

    @Test
    void misspelledOptionFailsAtEndpointCreation() {
        Throwable failure = catchEndpointCreation("calendly:scheduledEvents?op=list&minStartTme=2026-05-01T00:00:00Z");

        assertThat(failure).isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("minStartTme");
    }

    // invalid values

    @Test
    void dateTimeWithoutOffsetFailsBeforeAnyCall() {
        CalendlyValidationException e = startError("calendly:scheduledEvents?op=list&user=" + USER_UUID
                                                   + "&minStartTime=2026-05-01T09:00:00");

        assertThat(e.getOption()).isEqualTo("minStartTime");
        assertThat(e.getOperation()).isEqualTo("scheduledEvents/list");
        assertThat(e.getMessage()).contains("'minStartTime'", "scheduledEvents/list", "with an offset",
                "2026-05-01T09:00:00");
        assertNoCallToCalendly();
    }

    @Test
    void aRouteWithAnInvalidUriValueFailsToStartNamingTheOption() {
        Throwable failure = catchThrowable(() -> context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:weekly").routeId("weekly")
                        .to("calendly:scheduledEvents?op=list&minStartTime=next-monday");
            }
        }));

        assertThat(failure).isNotNull();
        assertThat(org.apache.camel.util.ObjectHelper.getException(CalendlyValidationException.class, failure))
                .isNotNull()
                .satisfies(e -> assertThat(e.getOption()).isEqualTo("minStartTime"))
                .hasMessageContaining("next-monday");
        assertNoCallToCalendly();
    }

    @Test
    void theSameInvalidValueFromAHeaderFailsTheExchangeNamingTheOption() {
        Exchange out = call("calendly:scheduledEvents?op=list&user=" + USER_UUID, null,
                Map.of("CamelCalendly.minStartTime", "next-monday"));

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("minStartTime");
        assertNoCallToCalendly();
    }

    @Test
    void invalidValueOfAnOperationThatDefaultsTheUserFailsBeforeLookingUpTheUser() {
        stubCurrentUser();

        CalendlyValidationException e = startError("calendly:scheduledEvents?op=list&minStartTime=next-monday");

        assertThat(e.getOption()).isEqualTo("minStartTime");
        assertNoCallToCalendly();
    }

    @Test
    void nonNumericCountInAHeaderFailsBeforeAnyCall() {
        Exchange out = call("calendly:scheduledEvents?op=list&user=" + USER_UUID, null,
                Map.of("CamelCalendly.count", "ten"));

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("count");
        assertThat(e.getMessage()).contains("'count'", "scheduledEvents/list", "whole number", "'ten'");
        assertNoCallToCalendly();
    }

    @Test
    void nonNumericCountOnTheUriFailsAtEndpointCreation() {
        // Camel alone would bind "ten" to a whole-number option as the duration 0; the component refuses it instead
        assertThatThrownBy(() -> context.getEndpoint("calendly:scheduledEvents?op=list&count=ten"))
                .rootCause()
                .isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'count'").hasMessageContaining("whole number").hasMessageContaining("'ten'");
        assertNoCallToCalendly();
    }

    @Test
    void negativeMaxRetriesFailsAtEndpointCreation() {
        assertThatThrownBy(() -> context.getEndpoint("calendly:users?op=me&maxRetries=-1"))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRetries").hasMessageContaining("-1");
        assertNoCallToCalendly();
    }

    @Test
    void nonNumericMaxResultsOnTheUriFailsAtEndpointCreationInsteadOfMeaningNoLimit() {
        assertThatThrownBy(() -> context.getEndpoint("calendly:scheduledEvents?op=list&maxResults=abc"))
                .rootCause()
                .isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'maxResults'").hasMessageContaining("'abc'");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 101 })
    void countOutsideOneToHundredFailsBeforeAnyCall(int count) {
        Exchange out = call("calendly:scheduledEvents?op=list&user=" + USER_UUID + "&count=" + count);

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("count");
        assertThat(e.getMessage()).contains("between 1 and 100", "got " + count);
        assertNoCallToCalendly();
    }

    @Test
    void activityLogAcceptsAPageSizeOfThousand() {
        CALENDLY.stubFor(get(urlPathEqualTo("/activity_log_entries")).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:activityLogEntries?op=list&organization=" + ORG_UUID + "&count=1000");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/activity_log_entries"))
                .withQueryParam("count", equalTo("1000"))
                .withQueryParam("organization", equalTo(organizationUri())));
    }

    @Test
    void aDateTimeWithAZoneRegionGoesToCalendlyInUtc() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:scheduledEvents?op=list&user=" + USER_UUID, null,
                Map.of("CamelCalendly.minStartTime", "2026-05-01T09:00:00+02:00[Europe/Paris]"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("min_start_time", equalTo("2026-05-01T07:00:00.000000Z")));
    }

    @Test
    void aListGivenAsTextLeavesOutItsBlankItems() {
        CALENDLY.stubFor(get(urlPathEqualTo("/activity_log_entries")).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:activityLogEntries?op=list&organization=" + ORG_UUID, null,
                Map.of("CamelCalendly.sort", "occurred_at:desc, ,action:asc,"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/activity_log_entries"))
                .withQueryParam("sort", equalTo("occurred_at:desc,action:asc")));
    }

    @Test
    void activityLogRefusesAPageSizeAboveThousand() {
        Exchange out = call("calendly:activityLogEntries?op=list&organization=" + ORG_UUID + "&count=1001");

        CalendlyValidationException e = validationError(out);
        assertThat(e.getMessage()).contains("between 1 and 1000", "got 1001");
        assertNoCallToCalendly();
    }

    @Test
    void statusTheOperationDoesNotAcceptFailsListingTheValidValues() {
        CalendlyValidationException e = startError("calendly:scheduledEvents?op=list&user=" + USER_UUID
                                                   + "&status=pending");

        assertThat(e.getOption()).isEqualTo("status");
        assertThat(e.getMessage()).contains("'pending'", "scheduledEvents/list does not accept",
                "Valid values: active, canceled");
        assertNoCallToCalendly();
    }

    @Test
    void statusPendingIsValidForOrganizationInvitations() {
        CALENDLY.stubFor(get(urlPathEqualTo("/organizations/" + ORG_UUID + "/invitations"))
                .willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:organizationInvitations?op=list&organization=" + ORG_UUID + "&status=pending");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/organizations/" + ORG_UUID + "/invitations"))
                .withQueryParam("status", equalTo("pending")));
    }

    @Test
    void booleanThatIsNeitherTrueNorFalseFailsBeforeAnyCall() {
        Exchange out = call("calendly:eventTypes?op=list&user=" + USER_UUID, null,
                Map.of("CamelCalendly.active", "yes"));

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("active");
        assertThat(e.getMessage()).contains("'active'", "eventTypes/list", "true or false", "'yes'");
        assertNoCallToCalendly();
    }

    @Test
    void jsonOptionThatIsNotJsonFailsBeforeAnyCall() {
        Exchange out = call("calendly:eventTypes?op=update&uuid=ET1", null,
                Map.of("CamelCalendly.locations", "[{kind: zoom_conference"));

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("locations");
        assertThat(e.getOperation()).isEqualTo("eventTypes/update");
        assertThat(e.getMessage()).contains("'locations'", "eventTypes/update", "not valid JSON");
        assertNoCallToCalendly();
    }

    @Test
    void jsonArrayOptionGivenAnObjectFailsBeforeAnyCall() {
        Exchange out = call("calendly:eventTypes?op=update&uuid=ET1", null,
                Map.of("CamelCalendly.locations", "{\"kind\": \"zoom_conference\"}"));

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("locations");
        assertThat(e.getMessage()).contains("'locations'", "eventTypes/update", "must be a JSON array, got object");
        assertNoCallToCalendly();
    }

    @Test
    void jsonObjectOptionGivenAListFailsBeforeAnyCall() {
        Exchange out = call("calendly:invitees?op=create&eventType=ET1&startTime=2026-05-01T10:00:00Z", null,
                Map.of("CamelCalendly.invitee", List.of("ada@example.com")));

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("invitee");
        assertThat(e.getMessage()).contains("'invitee'", "invitees/create", "must be a JSON object, got array");
        assertNoCallToCalendly();
    }

    @Test
    void webhookEventThatDoesNotExistFailsBeforeAnyCall() {
        CalendlyValidationException e = startError("calendly:webhookSubscriptions?op=create&organization="
                + ORG_UUID + "&scope=organization&events=invitee.created,invitee.rescheduled");

        assertThat(e.getOption()).isEqualTo("events");
        assertThat(e.getMessage()).contains("'invitee.rescheduled'", "webhookSubscriptions/create does not accept")
                .contains(String.join(", ", OptionCatalog.WEBHOOK_EVENTS));
        assertNoCallToCalendly();
    }

    // destructive actions

    @ParameterizedTest
    @ValueSource(strings = {
            "calendly:dataCompliance?op=deleteInvitees&emails=ada@example.com",
            "calendly:dataCompliance?op=deleteEvents&startTime=2024-01-01T00:00:00Z&endTime=2024-02-01T00:00:00Z",
            "calendly:organizationMemberships?op=delete&uuid=M1",
            "calendly:contacts?op=delete&uuid=C1" })
    void destructiveActionRefusesWithoutConfirmation(String uri) {
        Exchange out = call(uri);

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("confirmDestructive");
        assertThat(e.getMessage()).contains(e.getOperation(), "irreversibly deletes data",
                "confirmDestructive=true");
        assertNoCallToCalendly();
    }

    @Test
    void confirmationOfADestructiveActionCannotComeFromAHeader() {
        Exchange out = call("calendly:contacts?op=delete&uuid=C1", null,
                Map.of("CamelCalendly.confirmDestructive", "true"));

        assertThat(validationError(out).getOption()).isEqualTo("confirmDestructive");
        assertNoCallToCalendly();
    }

    @Test
    void confirmedInviteeDataDeletionRuns() {
        CALENDLY.stubFor(post(urlPathEqualTo("/data_compliance/deletion/invitees"))
                .willReturn(json(202, "{}")));

        Exchange out = call("calendly:dataCompliance?op=deleteInvitees&confirmDestructive=true"
                            + "&emails=ada@example.com,bob@example.com");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(202);
        CALENDLY.verify(postRequestedFor(urlPathEqualTo("/data_compliance/deletion/invitees"))
                .withRequestBody(equalToJson("{\"emails\": [\"ada@example.com\", \"bob@example.com\"]}")));
    }

    @Test
    void confirmedEventDataDeletionRuns() {
        CALENDLY.stubFor(post(urlPathEqualTo("/data_compliance/deletion/events"))
                .willReturn(json(202, "{}")));

        Exchange out = call("calendly:dataCompliance?op=deleteEvents&confirmDestructive=true"
                            + "&startTime=2024-01-01T00:00:00Z&endTime=2024-02-01T00:00:00Z");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(202);
        CALENDLY.verify(postRequestedFor(urlPathEqualTo("/data_compliance/deletion/events"))
                .withRequestBody(equalToJson("""
                        {"start_time": "2024-01-01T00:00:00.000000Z",
                         "end_time": "2024-02-01T00:00:00.000000Z"}""")));
    }

    @Test
    void confirmedMembershipRemovalRuns() {
        CALENDLY.stubFor(delete(urlPathEqualTo("/organization_memberships/M1"))
                .willReturn(aResponse().withStatus(204)));

        Exchange out = call("calendly:organizationMemberships?op=delete&uuid=M1&confirmDestructive=true");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(204);
        CALENDLY.verify(deleteRequestedFor(urlPathEqualTo("/organization_memberships/M1")));
    }

    @Test
    void confirmedContactDeletionRuns() {
        CALENDLY.stubFor(delete(urlPathEqualTo("/contacts/C1")).willReturn(aResponse().withStatus(204)));

        Exchange out = call("calendly:contacts?op=delete&uuid=C1&confirmDestructive=true");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(204);
        CALENDLY.verify(deleteRequestedFor(urlPathEqualTo("/contacts/C1")));
    }

    @Test
    void deletingAWebhookSubscriptionNeedsNoConfirmation() {
        CALENDLY.stubFor(delete(urlPathEqualTo("/webhook_subscriptions/W1")).willReturn(aResponse().withStatus(204)));

        Exchange out = call("calendly:webhookSubscriptions?op=delete&uuid=W1");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(204);
        CALENDLY.verify(deleteRequestedFor(urlPathEqualTo("/webhook_subscriptions/W1")));
    }

    // credentials

    @Test
    void noAccessTokenAnywhereFailsNamingAccessTokenBeforeAnyCall() {
        context.getComponent("calendly", CalendlyComponent.class).setAccessToken(null);
        stubCurrentUser();

        Exchange out = call("calendly:users?op=me");

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("accessToken");
        assertThat(e.getMessage()).contains("accessToken");
        assertNoCallToCalendly();
    }

    private Throwable catchEndpointCreation(String uri) {
        Throwable failure = catchThrowable(() -> context.getEndpoint(uri));
        assertThat(failure).isInstanceOf(ResolveEndpointFailedException.class);
        return failure;
    }

    /** The cause the component gave for refusing to create the endpoint. */
    private Throwable endpointCreationFailure(String uri) {
        Throwable failure = catchEndpointCreation(uri);
        assertThat(failure.getCause()).isNotNull();
        return failure.getCause();
    }
}
