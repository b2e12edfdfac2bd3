package io.github.camelcalendly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcalendly.fixtures.CalendlyFixtures;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder.newRequestPattern;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-shaped Calendly answers (the fixtures of two independent Calendly clients, see calendly-fixtures/README.md in
 * the sandbox's test resources) served for the requests they answer, and what a route gets from them. Expectations
 * are read from the fixture files with a Jackson mapper of the test's own.
 */
class FixtureResponsesTest extends CalendlyTestSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String API = "https://api.calendly.com";
    private static final String K_ORG = API + "/organizations/ORG001";
    private static final String K_USER = API + "/users/U001";
    private static final String C_ORG = API + "/organizations/AAAAAAAAAAAAAAAA";
    private static final String C_USER = API + "/users/AAAAAAAAAAAAAAAA";
    private static final String C_EVENT_TYPE = API + "/event_types/AAAAAAAAAAAAAAAA";

    // ---- single answers: a resource, one page of a collection, or a bare JSON object ----

    static Stream<Call> singleAnswers() {
        return Stream.of(
                Call.get("users/me", "calendly:users?op=me", "/users/me", "koshilife/user_001.json"),
                Call.get("users/get", "calendly:users?op=get&uuid=U001", "/users/U001", "koshilife/user_001.json"),
                Call.get("users/get by uri", "calendly:users?op=get&uri=" + API + "/users/abc123", "/users/abc123",
                        "calendlyr/users/retrieve.json"),
                Call.get("organizations/get", "calendly:organizations?op=get&uuid=012345678901234567890",
                        "/organizations/012345678901234567890", "calendlyr/organizations/retrieve.json"),

                Call.get("eventTypes/get user-owned", "calendly:eventTypes?op=get&uuid=ET001", "/event_types/ET001",
                        "koshilife/event_type_001_user.json"),
                Call.get("eventTypes/get every question type", "calendly:eventTypes?op=get&uuid=ET011",
                        "/event_types/ET011", "koshilife/event_type_011_many_questions.json"),
                Call.get("eventTypes/get profile null", "calendly:eventTypes?op=get&uuid=ET201", "/event_types/ET201",
                        "koshilife/event_type_201_no_profile.json"),
                Call.get("eventTypes/get by uri", "calendly:eventTypes?op=get&uri=" + C_EVENT_TYPE,
                        "/event_types/AAAAAAAAAAAAAAAA", "calendlyr/event_types/retrieve.json"),
                Call.get("eventTypes/list", "calendly:eventTypes?op=list&organization=" + K_ORG, "/event_types",
                        "koshilife/event_types_001.json").query("organization", K_ORG, "count", "100"),
                Call.get("eventTypes/list active", "calendly:eventTypes?op=list&active=true&user=" + K_USER,
                        "/event_types", "koshilife/event_types_003.json")
                        .query("user", K_USER, "active", "true", "count", "100"),
                Call.write("eventTypes/create", "calendly:eventTypes?op=create", "POST", "/event_types", 201,
                        "calendlyr/event_types/create.json").sends("""
                        {"owner": "%s", "name": "30 Minute Meeting", "duration": 30}""".formatted(C_USER)),
                Call.write("eventTypes/update", "calendly:eventTypes?op=update&uuid=AAAAAAAAAAAAAAAA", "PATCH",
                        "/event_types/AAAAAAAAAAAAAAAA", 200, "calendlyr/event_types/update.json")
                        .sends("{\"name\": \"Updated Meeting\"}"),
                Call.write("oneOffEventTypes/create", "calendly:oneOffEventTypes?op=create", "POST",
                        "/one_off_event_types", 201, "calendlyr/event_types/create_one_off.json").sends("""
                        {"name": "15 Minute Meeting", "host": "%s", "duration": 15,
                         "date_setting": {"type": "date_range", "start_date": "2026-06-01", "end_date": "2026-06-30"},
                         "location": {"kind": "physical", "location": "Main St 1"}}""".formatted(C_USER)),

                Call.get("scheduledEvents/get canceled", "calendly:scheduledEvents?op=get&uuid=EV001",
                        "/scheduled_events/EV001", "koshilife/scheduled_event_001.json"),
                Call.get("scheduledEvents/get by uri", "calendly:scheduledEvents?op=get&uri=" + API
                                                       + "/scheduled_events/GBGBDCAADAEDCRZ2",
                        "/scheduled_events/GBGBDCAADAEDCRZ2", "calendlyr/events/retrieve.json"),
                Call.get("scheduledEvents/list", "calendly:scheduledEvents?op=list&organization=" + K_ORG,
                        "/scheduled_events", "koshilife/scheduled_events_001.json")
                        .query("organization", K_ORG, "count", "100"),
                Call.write("scheduledEvents/cancel without reason", "calendly:scheduledEvents?op=cancel&uuid=EV001",
                        "POST", "/scheduled_events/EV001/cancellation", 201, "koshilife/cancel_event_001.json")
                        .expects("{}"),
                Call.write("scheduledEvents/cancel with reason",
                        "calendly:scheduledEvents?op=cancel&uuid=EV001&reason=something", "POST",
                        "/scheduled_events/EV001/cancellation", 201, "koshilife/cancel_event_002.json")
                        .expects("{\"reason\": \"something\"}"),
                Call.write("scheduledEvents/cancel by event uri", "calendly:scheduledEvents?op=cancel&uri=" + API
                                                                  + "/scheduled_events/GBGBDCAADAEDCRZ2",
                        "POST", "/scheduled_events/GBGBDCAADAEDCRZ2/cancellation", 201,
                        "calendlyr/events/cancel_invitee.json").sends("{\"reason\": \"string\"}"),

                Call.get("invitees/get rescheduled", "calendly:invitees?op=get&event=EV301&uuid=INV001",
                        "/scheduled_events/EV301/invitees/INV001", "koshilife/scheduled_event_invitee_301.json"),
                // calendlyr's invitee URI carries a stray /api/v2/ prefix; the identifiers are still read from it
                Call.get("invitees/get by uri", "calendly:invitees?op=get&uri=" + API
                                                + "/api/v2/scheduled_events/ABCDABCDABCDABCD/invitees/ABCDABCDABCDABCD",
                        "/scheduled_events/ABCDABCDABCDABCD/invitees/ABCDABCDABCDABCD",
                        "calendlyr/event_invitees/retrieve.json"),
                Call.get("invitees/list with payment", "calendly:invitees?op=list&event=EV101",
                        "/scheduled_events/EV101/invitees", "koshilife/scheduled_event_invitees_101.json")
                        .query("count", "100"),
                Call.get("inviteeNoShows/get", "calendly:inviteeNoShows?op=get&uuid=NO_SHOW001",
                        "/invitee_no_shows/NO_SHOW001", "koshilife/no_show_001.json"),
                Call.get("inviteeNoShows/get uuid", "calendly:inviteeNoShows?op=get"
                                                    + "&uuid=639fa667-4c1b-4b20-93b5-1b1969d67dc6",
                        "/invitee_no_shows/639fa667-4c1b-4b20-93b5-1b1969d67dc6",
                        "calendlyr/events/retrieve_invitee_no_show.json"),
                Call.write("inviteeNoShows/create", "calendly:inviteeNoShows?op=create&invitee=" + API
                                                    + "/scheduled_events/EV001/invitees/INV001",
                        "POST", "/invitee_no_shows", 201, "koshilife/no_show_001.json")
                        .expects("{\"invitee\": \"%s/scheduled_events/EV001/invitees/INV001\"}".formatted(API)),
                Call.write("inviteeNoShows/create from body", "calendly:inviteeNoShows?op=create", "POST",
                        "/invitee_no_shows", 201, "calendlyr/events/create_invitee_no_show.json")
                        .sends("{\"invitee\": \"%s/scheduled_events/GBGBDCAADAEDCRZ2/invitees/7c1dbe46\"}"
                                .formatted(API)),

                Call.get("organizationMemberships/get", "calendly:organizationMemberships?op=get&uuid=MEM001",
                        "/organization_memberships/MEM001", "koshilife/organization_membership_001.json"),
                Call.get("organizationMemberships/get nested user",
                        "calendly:organizationMemberships?op=get&uuid=AAAAAAAAAAAAAAAA",
                        "/organization_memberships/AAAAAAAAAAAAAAAA", "calendlyr/organization_memberships/retrieve.json"),
                Call.get("organizationMemberships/list", "calendly:organizationMemberships?op=list&user=" + K_USER,
                        "/organization_memberships", "koshilife/organization_memberships_001.json")
                        .query("user", K_USER, "count", "100"),
                Call.get("organizationInvitations/get", "calendly:organizationInvitations?op=get&organization=ORG001"
                                                        + "&uuid=INV001",
                        "/organizations/ORG001/invitations/INV001", "koshilife/organization_invitation_001.json"),
                Call.get("organizationInvitations/get by uri", "calendly:organizationInvitations?op=get&uri=" + API
                                                               + "/organizations/abc123/invitations/abc123",
                        "/organizations/abc123/invitations/abc123", "calendlyr/organizations/retrieve_invitation.json"),
                Call.get("organizationInvitations/list", "calendly:organizationInvitations?op=list&organization="
                                                         + K_ORG,
                        "/organizations/ORG001/invitations", "koshilife/organization_invitations_001.json")
                        .query("count", "100"),
                Call.write("organizationInvitations/create", "calendly:organizationInvitations?op=create"
                                                             + "&organization=ORG001&email=foobar104@example.com",
                        "POST", "/organizations/ORG001/invitations", 201,
                        "koshilife/organization_invitation_003_create.json")
                        .expects("{\"email\": \"foobar104@example.com\"}"),
                Call.write("organizationInvitations/create from body", "calendly:organizationInvitations?op=create"
                                                                       + "&organization=ABCDABCDABCDABCD",
                        "POST", "/organizations/ABCDABCDABCDABCD/invitations", 201, "calendlyr/organizations/invite.json")
                        .sends("{\"email\": \"email@example.com\"}"),

                Call.get("routingForms/get", "calendly:routingForms?op=get&uuid=ROUTING_FORM001",
                        "/routing_forms/ROUTING_FORM001", "koshilife/routing_form_001.json"),
                Call.get("routingForms/get calendlyr", "calendly:routingForms?op=get&uuid=AAAAAAAAAAAAAAAA",
                        "/routing_forms/AAAAAAAAAAAAAAAA", "calendlyr/routing_forms/retrieve.json"),
                Call.get("routingForms/list", "calendly:routingForms?op=list&organization=" + K_ORG, "/routing_forms",
                        "koshilife/routing_forms_001.json").query("organization", K_ORG, "count", "100"),
                Call.get("routingFormSubmissions/get", "calendly:routingFormSubmissions?op=get&uuid=SUBMISSION001",
                        "/routing_form_submissions/SUBMISSION001", "koshilife/routing_form_submission_001.json"),
                Call.get("routingFormSubmissions/get calendlyr",
                        "calendly:routingFormSubmissions?op=get&uuid=AAAAAAAAAAAAAAAA",
                        "/routing_form_submissions/AAAAAAAAAAAAAAAA",
                        "calendlyr/routing_forms/retrieve_routing_form_submission.json"),
                Call.get("routingFormSubmissions/list", "calendly:routingFormSubmissions?op=list&form=" + API
                                                        + "/routing_forms/ROUTING_FORM001",
                        "/routing_form_submissions", "koshilife/routing_form_submissions_001.json")
                        .query("form", API + "/routing_forms/ROUTING_FORM001", "count", "100"),

                Call.get("webhookSubscriptions/get", "calendly:webhookSubscriptions?op=get&uuid=ORG_WEBHOOK001",
                        "/webhook_subscriptions/ORG_WEBHOOK001", "koshilife/webhook_organization_001.json"),
                Call.get("webhookSubscriptions/get calendlyr", "calendly:webhookSubscriptions?op=get&uuid=abc123",
                        "/webhook_subscriptions/abc123", "calendlyr/webhooks/retrieve.json"),
                Call.get("webhookSubscriptions/list organization", "calendly:webhookSubscriptions?op=list"
                                                                   + "&organization=" + K_ORG + "&scope=organization",
                        "/webhook_subscriptions", "koshilife/webhooks_organization_001.json")
                        .query("organization", K_ORG, "scope", "organization", "count", "100"),
                Call.get("webhookSubscriptions/list user", "calendly:webhookSubscriptions?op=list&organization="
                                                           + K_ORG + "&scope=user&user=" + K_USER,
                        "/webhook_subscriptions", "koshilife/webhooks_user_001.json")
                        .query("organization", K_ORG, "scope", "user", "user", K_USER, "count", "100"),
                Call.write("webhookSubscriptions/create organization", "calendly:webhookSubscriptions?op=create",
                        "POST", "/webhook_subscriptions", 201, "koshilife/webhook_organization_001.json").sends("""
                        {"url": "https://example.com/organization/webhook001", "organization": "%s",
                         "scope": "organization",
                         "events": ["invitee.created", "invitee.canceled", "routing_form_submission.created"]}"""
                        .formatted(K_ORG)),
                Call.write("webhookSubscriptions/create user", "calendly:webhookSubscriptions?op=create", "POST",
                        "/webhook_subscriptions", 201, "koshilife/webhook_user_001.json").sends("""
                        {"url": "https://example.com/user/webhook001", "organization": "%s", "user": "%s",
                         "scope": "user", "events": ["invitee.created", "invitee.canceled"]}"""
                        .formatted(K_ORG, K_USER)),
                Call.write("webhookSubscriptions/create calendlyr", "calendly:webhookSubscriptions?op=create"
                                                                    + "&url=https://blah.foo/bar&scope=organization"
                                                                    + "&events=invitee.created,invitee.canceled"
                                                                    + "&organization=" + C_ORG,
                        "POST", "/webhook_subscriptions", 201, "calendlyr/webhooks/create.json").expects("""
                        {"url": "https://blah.foo/bar", "events": ["invitee.created", "invitee.canceled"],
                         "organization": "%s", "scope": "organization"}""".formatted(C_ORG)),
                // calendlyr's sample is the old v1 layout; with neither resource nor collection the object is kept whole
                Call.get("sampleWebhookData/get", "calendly:sampleWebhookData?op=get&event=invitee.created"
                                                  + "&scope=organization&organization=" + C_ORG,
                        "/sample_webhook_data", "calendlyr/webhooks/sample.json")
                        .query("event", "invitee.created", "scope", "organization", "organization", C_ORG),

                Call.write("schedulingLinks/create", "calendly:schedulingLinks?op=create&maxEventCount=1"
                                                     + "&ownerType=EventType&owner=" + API + "/event_types/ET001",
                        "POST", "/scheduling_links", 201, "koshilife/schedule_link_001.json").expects("""
                        {"max_event_count": 1, "owner": "%s/event_types/ET001", "owner_type": "EventType"}"""
                        .formatted(API)),
                Call.write("schedulingLinks/create from body", "calendly:schedulingLinks?op=create", "POST",
                        "/scheduling_links", 201, "calendlyr/scheduling_links/create.json").sends("""
                        {"max_event_count": 1, "owner": "%s/event_types/GBGBDCAADAEDCRZ2", "owner_type": "EventType"}"""
                        .formatted(API)),
                Call.write("shares/create", "calendly:shares?op=create", "POST", "/shares", 201,
                        "calendlyr/shares/create.json").sends("""
                        {"event_type": "%s", "name": "15 Minute Meeting", "duration": 60, "period_type": "fixed",
                         "start_date": "2019-01-02", "end_date": "2019-01-03", "hide_location": true}"""
                        .formatted(C_EVENT_TYPE)),

                Call.get("groups/get", "calendly:groups?op=get&uuid=AAAAAAAAAAAAAAAA", "/groups/AAAAAAAAAAAAAAAA",
                        "calendlyr/groups/retrieve.json"),
                Call.get("groupRelationships/get", "calendly:groupRelationships?op=get&uuid=AAAAAAAAAAAAAAAA",
                        "/group_relationships/AAAAAAAAAAAAAAAA", "calendlyr/group_relationships/retrieve.json"),

                Call.get("eventTypeAvailableTimes/list", availableTimes(API + "/event_types/ET001"),
                        "/event_type_available_times", "koshilife/event_type_available_times_001.json")
                        .query(availableTimesQuery(API + "/event_types/ET001")),
                Call.get("eventTypeAvailableTimes/list calendlyr", availableTimes(C_EVENT_TYPE),
                        "/event_type_available_times", "calendlyr/event_type_available_times/list.json")
                        .query(availableTimesQuery(C_EVENT_TYPE)),
                // the answer has no resource: the route gets Calendly's {"message": ...} object
                Call.write("eventTypeAvailabilitySchedules/update", "calendly:eventTypeAvailabilitySchedules"
                                                                    + "?op=update&eventType=" + C_EVENT_TYPE,
                        "PATCH", "/event_type_availability_schedules", 200,
                        "calendlyr/event_type_availability_schedules/update.json")
                        .query("event_type", C_EVENT_TYPE).sends("""
                        {"availability_rule": {"timezone": "America/New_York", "rules": [
                          {"type": "wday", "wday": "monday", "intervals": [{"from": "09:00", "to": "17:00"}]}]}}"""),
                Call.get("userAvailabilitySchedules/list", "calendly:userAvailabilitySchedules?op=list&user="
                                                           + API + "/users/abc123",
                        "/user_availability_schedules", "calendlyr/user_availability_schedules/list.json")
                        .query("user", API + "/users/abc123"),
                Call.get("userAvailabilitySchedules/get", "calendly:userAvailabilitySchedules?op=get&uuid=abc123",
                        "/user_availability_schedules/abc123", "calendlyr/user_availability_schedules/retrieve.json"),
                Call.get("userBusyTimes/list", "calendly:userBusyTimes?op=list&user=" + API + "/users/abc123"
                                               + "&startTime=2026-06-01T00:00:00Z&endTime=2026-06-08T00:00:00Z",
                        "/user_busy_times", "calendlyr/user_busy_times/list.json")
                        .query("user", API + "/users/abc123", "start_time", "2026-06-01T00:00:00.000000Z",
                                "end_time", "2026-06-08T00:00:00.000000Z"),
                Call.get("activityLogEntries/list", "calendly:activityLogEntries?op=list&organization=" + K_ORG,
                        "/activity_log_entries", "koshilife/activity_log_entries_001.json")
                        .query("organization", K_ORG, "count", "100"),

                // {} is what Calendly answers to the 202 of a data-compliance deletion
                Call.write("dataCompliance/deleteInvitees", "calendly:dataCompliance?op=deleteInvitees"
                                                            + "&confirmDestructive=true"
                                                            + "&emails=a@example.com,b@example.com",
                        "POST", "/data_compliance/deletion/invitees", 202,
                        "calendlyr/data_compliance/delete_invitee_data.json")
                        .expects("{\"emails\": [\"a@example.com\", \"b@example.com\"]}"),
                Call.write("dataCompliance/deleteEvents", "calendly:dataCompliance?op=deleteEvents"
                                                          + "&confirmDestructive=true"
                                                          + "&startTime=2019-01-01T00:00:00Z"
                                                          + "&endTime=2019-02-01T00:00:00Z",
                        "POST", "/data_compliance/deletion/events", 202,
                        "calendlyr/data_compliance/delete_scheduled_event_data.json")
                        .expects("""
                                {"start_time": "2019-01-01T00:00:00.000000Z", "end_time": "2019-02-01T00:00:00.000000Z"}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleAnswers")
    void routeGetsTheResourceOrCollectionOfTheFixture(Call call) throws IOException {
        JsonNode fixture = fixture(call.fixture());
        CALENDLY.stubFor(request(call.method(), urlPathEqualTo(call.path()))
                .willReturn(json(call.status(), fixtureText(call.fixture()))));

        Exchange out = call(call.endpoint(), call.messageBody(), Map.of());

        assertThat(out.getException()).isNull();
        Object body = out.getMessage().getBody();
        if (fixture.has("resource")) {
            assertThat(body).isEqualTo(MAPPER.convertValue(fixture.get("resource"), Map.class));
        } else if (fixture.has("collection")) {
            List<Object> expected = items(fixture);
            assertThat(body).isInstanceOf(List.class);
            assertThat(urisOf((List<?>) body)).isEqualTo(urisOf(expected));
            assertThat(body).isEqualTo(expected);
            assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(expected.size());
        } else {
            assertThat(body).isEqualTo(MAPPER.convertValue(fixture, Map.class));
        }
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(call.status());

        List<LoggedRequest> requests = requestsTo(call.method(), call.path());
        assertThat(requests).hasSize(1);
        assertThat(CALENDLY.getAllServeEvents()).hasSize(1);
        LoggedRequest sent = requests.get(0);
        assertThat(queryOf(sent)).isEqualTo(call.query());
        assertSentTheToken(sent);
        if (call.wireBody() == null) {
            assertThat(sent.getBodyAsString()).isEmpty();
        } else {
            assertThat(MAPPER.readTree(sent.getBodyAsString())).isEqualTo(MAPPER.readTree(call.wireBody()));
        }
    }

    // ---- two-page fixtures, followed through the token page 1 names ----

    static Stream<Paged> twoPageLists() {
        return Stream.of(
                Paged.of("koshilife eventTypes", "calendly:eventTypes?op=list&organization=" + K_ORG, "/event_types",
                        "koshilife/event_types_002_page1.json", "koshilife/event_types_002_page2.json",
                        "organization", K_ORG),
                Paged.of("koshilife scheduledEvents", "calendly:scheduledEvents?op=list&organization=" + K_ORG
                                                      + "&inviteeEmail=foobar@example.com&status=active"
                                                      + "&minStartTime=2020-07-01T00:00:00Z"
                                                      + "&maxStartTime=2020-08-01T00:00:00Z",
                        "/scheduled_events", "koshilife/scheduled_events_002_page1.json",
                        "koshilife/scheduled_events_002_page2.json",
                        "organization", K_ORG, "invitee_email", "foobar@example.com", "status", "active",
                        "min_start_time", "2020-07-01T00:00:00.000000Z", "max_start_time",
                        "2020-08-01T00:00:00.000000Z"),
                Paged.of("koshilife invitees", "calendly:invitees?op=list&event=EV201&email=foobar@example.com"
                                               + "&status=active",
                        "/scheduled_events/EV201/invitees", "koshilife/scheduled_event_invitees_201_page1.json",
                        "koshilife/scheduled_event_invitees_201_page2.json",
                        "email", "foobar@example.com", "status", "active"),
                Paged.of("koshilife organizationMemberships", "calendly:organizationMemberships?op=list"
                                                              + "&organization=" + K_ORG,
                        "/organization_memberships", "koshilife/organization_memberships_002_page1.json",
                        "koshilife/organization_memberships_002_page2.json", "organization", K_ORG),
                Paged.of("koshilife organizationInvitations", "calendly:organizationInvitations?op=list"
                                                              + "&organization=ORG001",
                        "/organizations/ORG001/invitations", "koshilife/organization_invitations_002_page1.json",
                        "koshilife/organization_invitations_002_page2.json"),
                Paged.of("koshilife webhookSubscriptions organization", "calendly:webhookSubscriptions?op=list"
                                                                        + "&scope=organization&organization=" + K_ORG,
                        "/webhook_subscriptions", "koshilife/webhooks_organization_002_page1.json",
                        "koshilife/webhooks_organization_002_page2.json", "organization", K_ORG,
                        "scope", "organization"),
                Paged.of("koshilife webhookSubscriptions user", "calendly:webhookSubscriptions?op=list&scope=user"
                                                                + "&organization=" + K_ORG + "&user=" + K_USER,
                        "/webhook_subscriptions", "koshilife/webhooks_user_002_page1.json",
                        "koshilife/webhooks_user_002_page2.json", "organization", K_ORG, "scope", "user",
                        "user", K_USER),
                Paged.of("koshilife routingForms", "calendly:routingForms?op=list&organization=" + K_ORG,
                        "/routing_forms", "koshilife/routing_forms_002_page1.json",
                        "koshilife/routing_forms_002_page2.json", "organization", K_ORG),
                Paged.of("koshilife routingFormSubmissions", "calendly:routingFormSubmissions?op=list&form=" + API
                                                             + "/routing_forms/ROUTING_FORM001",
                        "/routing_form_submissions", "koshilife/routing_form_submissions_002_page1.json",
                        "koshilife/routing_form_submissions_002_page2.json",
                        "form", API + "/routing_forms/ROUTING_FORM001"),

                // calendlyr: some next_page URLs point at the wrong path or host; only their token is used
                Paged.of("calendlyr groups", "calendly:groups?op=list&organization=" + C_ORG, "/groups",
                        "calendlyr/groups/list.json", "calendlyr/groups/list_page2.json", "organization", C_ORG),
                Paged.of("calendlyr groupRelationships", "calendly:groupRelationships?op=list&organization=" + C_ORG,
                        "/group_relationships", "calendlyr/group_relationships/list.json",
                        "calendlyr/group_relationships/list_page2.json", "organization", C_ORG),
                Paged.of("calendlyr eventTypes", "calendly:eventTypes?op=list&user=" + C_USER, "/event_types",
                        "calendlyr/event_types/list.json", "calendlyr/event_types/list_page2.json", "user", C_USER),
                Paged.of("calendlyr eventTypeMemberships", "calendly:eventTypeMemberships?op=list&eventType="
                                                           + C_EVENT_TYPE,
                        "/event_type_memberships", "calendlyr/event_type_memberships/list.json",
                        "calendlyr/event_type_memberships/list_page2.json", "event_type", C_EVENT_TYPE),
                Paged.of("calendlyr scheduledEvents", "calendly:scheduledEvents?op=list&user=" + C_USER,
                        "/scheduled_events", "calendlyr/events/list.json", "calendlyr/events/list_page2.json",
                        "user", C_USER),
                Paged.of("calendlyr invitees", "calendly:invitees?op=list&event=abc123",
                        "/scheduled_events/abc123/invitees", "calendlyr/event_invitees/list.json",
                        "calendlyr/event_invitees/list_page2.json"),
                Paged.of("calendlyr organizationMemberships", "calendly:organizationMemberships?op=list"
                                                              + "&organization=" + C_ORG,
                        "/organization_memberships", "calendlyr/organizations/list_memberships.json",
                        "calendlyr/organizations/list_memberships_page2.json", "organization", C_ORG),
                Paged.of("calendlyr organizationInvitations", "calendly:organizationInvitations?op=list"
                                                              + "&organization=abc123",
                        "/organizations/abc123/invitations", "calendlyr/organizations/list_invitations.json",
                        "calendlyr/organizations/list_invitations_page2.json"),
                Paged.of("calendlyr routingForms", "calendly:routingForms?op=list&organization=" + C_ORG,
                        "/routing_forms", "calendlyr/routing_forms/list.json", "calendlyr/routing_forms/list_page2.json",
                        "organization", C_ORG),
                Paged.of("calendlyr routingFormSubmissions", "calendly:routingFormSubmissions?op=list&form=" + API
                                                             + "/routing_forms/AAAAAAAAAAAAAAAA",
                        "/routing_form_submissions", "calendlyr/routing_forms/list_routing_form_submission.json",
                        "calendlyr/routing_forms/list_routing_form_submission_page2.json",
                        "form", API + "/routing_forms/AAAAAAAAAAAAAAAA"),
                Paged.of("calendlyr webhookSubscriptions", "calendly:webhookSubscriptions?op=list&scope=organization"
                                                           + "&organization=" + C_ORG,
                        "/webhook_subscriptions", "calendlyr/webhooks/list.json", "calendlyr/webhooks/list_page2.json",
                        "organization", C_ORG, "scope", "organization"),
                Paged.of("calendlyr activityLogEntries", "calendly:activityLogEntries?op=list&organization=" + C_ORG,
                        "/activity_log_entries", "calendlyr/activity_log/list.json",
                        "calendlyr/activity_log/list_page2.json", "organization", C_ORG),
                Paged.of("calendlyr outgoingCommunications", "calendly:outgoingCommunications?op=list&organization="
                                                             + C_ORG,
                        "/outgoing_communications", "calendlyr/outgoing_communications/list.json",
                        "calendlyr/outgoing_communications/list_page2.json", "organization", C_ORG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoPageLists")
    void routeGetsBothPagesFollowingTheTokenPageOneNames(Paged paged) {
        JsonNode first = fixture(paged.page1());
        JsonNode second = fixture(paged.page2());
        String token = nextPageToken(first);
        assertThat(token).as("page token named by %s", paged.page1()).isNotBlank();
        stubPage(paged, null, paged.page1());
        stubPage(paged, token, paged.page2());

        Exchange out = call(paged.endpoint());

        assertThat(out.getException()).isNull();
        List<Object> expected = new ArrayList<>(items(first));
        expected.addAll(items(second));
        List<?> body = out.getMessage().getBody(List.class);
        assertThat(urisOf(body)).isEqualTo(urisOf(expected));
        assertThat(body).isEqualTo(expected);
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(expected.size());

        List<LoggedRequest> requests = requestsTo("GET", paged.path());
        assertThat(requests).hasSize(2);
        Map<String, String> firstQuery = new LinkedHashMap<>(paged.query());
        firstQuery.put("count", "100");
        Map<String, String> secondQuery = new LinkedHashMap<>(firstQuery);
        secondQuery.put("page_token", token);
        assertThat(queryOf(requests.get(0))).isEqualTo(firstQuery);
        assertThat(queryOf(requests.get(1))).isEqualTo(secondQuery);
        requests.forEach(FixtureResponsesTest::assertSentTheToken);
    }

    // ---- calendlyr pages endpoints the API does not paginate (spec wins, see calendly-fixtures/README.md) ----

    static Stream<Paged> pagedFixturesOfUnpaginatedLists() {
        return Stream.of(
                Paged.of("locations", "calendly:locations?op=list&user=" + C_USER, "/locations",
                        "calendlyr/locations/list.json", "calendlyr/locations/list_page2.json", "user", C_USER),
                Paged.of("userAvailabilitySchedules", "calendly:userAvailabilitySchedules?op=list&user=" + C_USER,
                        "/user_availability_schedules", "calendlyr/user_availability_schedules/list_page1.json",
                        "calendlyr/user_availability_schedules/list_page2.json", "user", C_USER),
                Paged.of("userBusyTimes", "calendly:userBusyTimes?op=list&user=" + C_USER
                                          + "&startTime=2026-06-01T00:00:00Z&endTime=2026-06-08T00:00:00Z",
                        "/user_busy_times", "calendlyr/user_busy_times/list_page1.json",
                        "calendlyr/user_busy_times/list_page2.json", "user", C_USER,
                        "start_time", "2026-06-01T00:00:00.000000Z", "end_time", "2026-06-08T00:00:00.000000Z"),
                Paged.of("eventTypeAvailabilitySchedules", "calendly:eventTypeAvailabilitySchedules?op=list"
                                                           + "&eventType=" + C_EVENT_TYPE,
                        "/event_type_availability_schedules", "calendlyr/event_type_availability_schedules/list.json",
                        null, "event_type", C_EVENT_TYPE));
    }

    /**
     * Calendly documents these lists without count, page_token or a next page, so the component asks for one page
     * and does not chase a token that calendlyr's hand-written fixtures put there.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pagedFixturesOfUnpaginatedLists")
    void unpaginatedListsReturnTheOnePageEvenIfItNamesANextOne(Paged paged) {
        JsonNode first = fixture(paged.page1());
        stubPage(paged, null, paged.page1());
        if (paged.page2() != null) {
            stubPage(paged, nextPageToken(first), paged.page2());
        }

        Exchange out = call(paged.endpoint());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(List.class)).isEqualTo(items(first));
        assertThat(out.getMessage().getHeader(CalendlyConstants.NEXT_PAGE_TOKEN)).isNull();
        List<LoggedRequest> requests = requestsTo("GET", paged.path());
        assertThat(requests).hasSize(1);
        assertThat(queryOf(requests.get(0))).isEqualTo(paged.query());
    }

    // ---- deletes: the {} files stand in for Calendly's 204 without a body ----

    static Stream<Call> deletes() {
        return Stream.of(
                Call.write("webhookSubscriptions/delete", "calendly:webhookSubscriptions?op=delete&uuid=abc123",
                        "DELETE", "/webhook_subscriptions/abc123", 204, "calendlyr/webhooks/delete.json"),
                Call.write("inviteeNoShows/delete", "calendly:inviteeNoShows?op=delete"
                                                    + "&uuid=639fa667-4c1b-4b20-93b5-1b1969d67dc6",
                        "DELETE", "/invitee_no_shows/639fa667-4c1b-4b20-93b5-1b1969d67dc6", 204,
                        "calendlyr/events/delete_invitee_no_show.json"),
                Call.write("organizationMemberships/delete", "calendly:organizationMemberships?op=delete&uuid=abc123"
                                                             + "&confirmDestructive=true",
                        "DELETE", "/organization_memberships/abc123", 204, "calendlyr/organizations/remove_user.json"),
                Call.write("organizationInvitations/revoke", "calendly:organizationInvitations?op=revoke"
                                                             + "&organization=abc123&uuid=abc123",
                        "DELETE", "/organizations/abc123/invitations/abc123", 204,
                        "calendlyr/organizations/revoke_invitation.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletes")
    void deletesAnsweredWith204GiveANullBody(Call call) {
        assertThat(fixture(call.fixture()).isEmpty()).as("%s is the {} stand-in", call.fixture()).isTrue();
        CALENDLY.stubFor(request(call.method(), urlPathEqualTo(call.path())).willReturn(aResponse().withStatus(204)));

        Exchange out = call(call.endpoint(), "ignored body", Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(204);
        List<LoggedRequest> requests = requestsTo(call.method(), call.path());
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getBodyAsString()).isEmpty();
        assertSentTheToken(requests.get(0));
    }

    // ---- error bodies ----

    static Stream<ErrorCase> errors() {
        return Stream.of(
                // calendlyr's 400.json carries the 401 wording; the status decides the class, the text is Calendly's
                new ErrorCase("calendlyr/resources/400.json", 400, CalendlyApiException.class),
                new ErrorCase("calendlyr/resources/401.json", 401, CalendlyUnauthorizedException.class),
                new ErrorCase("calendlyr/resources/403.json", 403, CalendlyForbiddenException.class),
                new ErrorCase("calendlyr/resources/403_payment_required.json", 403, CalendlyForbiddenException.class),
                new ErrorCase("calendlyr/resources/404.json", 404, CalendlyNotFoundException.class),
                new ErrorCase("calendlyr/resources/424.json", 424, CalendlyApiException.class),
                new ErrorCase("calendlyr/resources/429.json", 429, CalendlyRateLimitException.class),
                new ErrorCase("calendlyr/resources/500.json", 500, CalendlyApiException.class),
                new ErrorCase("koshilife/error_404_not_found.json", 404, CalendlyNotFoundException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorBodiesBecomeTheMatchingExceptionWithCalendlysTitleAndMessage(ErrorCase error) {
        JsonNode fixture = fixture(error.fixture());
        CALENDLY.stubFor(get(urlPathEqualTo("/users/U001"))
                .willReturn(json(error.status(), fixtureText(error.fixture()))));

        Exchange out = call("calendly:users?op=get&uuid=U001");

        assertThat(out.getException()).isExactlyInstanceOf(error.type());
        CalendlyApiException thrown = (CalendlyApiException) out.getException();
        assertThat(thrown.getStatusCode()).isEqualTo(error.status());
        assertThat(thrown.getTitle()).isEqualTo(textOrNull(fixture, "title"));
        assertThat(thrown.getApiMessage()).isEqualTo(textOrNull(fixture, "message"));
        assertThat(thrown.getDetails()).hasSize(fixture.path("details").size());
        assertThat(thrown.getOperation()).isEqualTo("users/get");
        assertThat(thrown.getPath()).isEqualTo("/users/U001");
        assertThat(thrown.getMessage()).contains("users/get", "HTTP " + error.status());
        assertThat(thrown.getMessage().contains(TOKEN)).as("the message names the access token").isFalse();
        if (fixture.hasNonNull("message")) {
            assertThat(thrown.getMessage()).contains(fixture.get("message").asText());
        }
        CALENDLY.verify(1, newRequestPattern(RequestMethod.GET, urlPathEqualTo("/users/U001")));
    }

    @Test
    void anHtmlErrorPageBecomesAnApiExceptionQuotingThePage() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/U001")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/html").withBody(fixtureText("koshilife/not_json.html"))));

        Exchange out = call("calendly:users?op=get&uuid=U001");

        assertThat(out.getException()).isExactlyInstanceOf(CalendlyApiException.class);
        CalendlyApiException thrown = (CalendlyApiException) out.getException();
        assertThat(thrown.getStatusCode()).isEqualTo(400);
        assertThat(thrown.getTitle()).isNull();
        assertThat(thrown.getApiMessage()).startsWith("non-JSON response: ")
                .contains("FooBar Error Title", "FooBar Error Body");
        assertThat(thrown.getMessage()).contains("users/get", "HTTP 400");
        assertThat(thrown.getMessage().contains(TOKEN)).as("the message names the access token").isFalse();
    }

    /**
     * calendlyr's create_invitee.json answers POST /invitees with {"resource": "<event URI>", "invitee": {...}},
     * whereas Calendly's spec returns the Invitee object as resource. A resource that is not an object is not what
     * Calendly promises: the route gets a CalendlyApiException saying so, not the event URI as text.
     */
    @Test
    void aResourceThatIsNotAnObjectFailsNamingWhatItIs() throws IOException {
        CALENDLY.stubFor(request("POST", urlPathEqualTo("/invitees"))
                .willReturn(json(201, fixtureText("calendlyr/events/create_invitee.json"))));
        String booking = """
                {"event_type": "%s", "start_time": "2026-06-01T09:00:00Z",
                 "invitee": {"name": "John Doe", "email": "test@example.com", "timezone": "America/New_York"}}"""
                .formatted(C_EVENT_TYPE);

        Exchange out = call("calendly:invitees?op=create", booking, Map.of());

        assertThat(out.getException()).isInstanceOf(CalendlyApiException.class)
                .hasMessageContaining("invitees/create (POST /invitees) answered HTTP 201 with a body whose"
                                      + " \"resource\" is a string, not an object");
        assertThat(out.getMessage().getBody()).isEqualTo(booking);
        List<LoggedRequest> requests = requestsTo("POST", "/invitees");
        assertThat(requests).hasSize(1);
        assertThat(MAPPER.readTree(requests.get(0).getBodyAsString())).isEqualTo(MAPPER.readTree(booking));
    }

    // ---- helpers ----

    private static String availableTimes(String eventType) {
        return "calendly:eventTypeAvailableTimes?op=list&eventType=" + eventType
               + "&startTime=2026-06-01T00:00:00Z&endTime=2026-06-08T00:00:00Z";
    }

    private static String[] availableTimesQuery(String eventType) {
        return new String[] { "event_type", eventType, "start_time", "2026-06-01T00:00:00.000000Z",
                "end_time", "2026-06-08T00:00:00.000000Z" };
    }

    private static void stubPage(Paged paged, String pageToken, String fixture) {
        var mapping = get(urlPathEqualTo(paged.path()))
                .withQueryParam("page_token", pageToken == null ? absent() : equalTo(pageToken));
        paged.query().forEach((name, value) -> mapping.withQueryParam(name, equalTo(value)));
        CALENDLY.stubFor(mapping.willReturn(json(200, fixtureText(fixture))));
    }

    /** The next page's token as Calendly names it: next_page_token, else the page_token of the next_page URL. */
    private static String nextPageToken(JsonNode page) {
        JsonNode pagination = page.path("pagination");
        if (pagination.hasNonNull("next_page_token")) {
            return pagination.get("next_page_token").asText();
        }
        if (!pagination.hasNonNull("next_page")) {
            return null;
        }
        String query = URI.create(pagination.get("next_page").asText()).getRawQuery();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            if ("page_token".equals(nameValue[0])) {
                return URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static List<Object> items(JsonNode page) {
        return MAPPER.convertValue(page.get("collection"), MAPPER.getTypeFactory()
                .constructCollectionType(List.class, Object.class));
    }

    private static List<Object> urisOf(List<?> items) {
        return items.stream().map(i -> ((Map<?, ?>) i).get("uri")).map(Object.class::cast).toList();
    }

    private static List<LoggedRequest> requestsTo(String method, String path) {
        return CALENDLY.findAll(newRequestPattern(RequestMethod.fromString(method), urlPathEqualTo(path)));
    }

    /** Checks the bearer token without ever printing it in a failure message. */
    private static void assertSentTheToken(LoggedRequest request) {
        assertThat(("Bearer " + TOKEN).equals(request.getHeader("Authorization")))
                .as("%s %s carries the connection's bearer token", request.getMethod(), request.getUrl()).isTrue();
    }

    private static Map<String, String> queryOf(LoggedRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        request.getQueryParams().forEach((name, param) -> {
            assertThat(param.values()).as("values of query parameter %s", name).hasSize(1);
            query.put(name, param.firstValue());
        });
        return query;
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static JsonNode fixture(String name) {
        try {
            return MAPPER.readTree(fixtureText(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixtureText(String name) {
        return CalendlyFixtures.read(name);
    }

    /** One request, its fixture answer, and what Calendly must receive. */
    record Call(String name, String endpoint, String method, String path, int status, String fixture,
                Map<String, String> query, String messageBody, String wireBody) {

        static Call get(String name, String endpoint, String path, String fixture) {
            return new Call(name, endpoint, "GET", path, 200, fixture, Map.of(), null, null);
        }

        static Call write(String name, String endpoint, String method, String path, int status, String fixture) {
            return new Call(name, endpoint, method, path, status, fixture, Map.of(), null, null);
        }

        /** The exact query Calendly must receive, as name, value pairs. */
        Call query(String... pairs) {
            return new Call(name, endpoint, method, path, status, fixture, pairs(pairs), messageBody, wireBody);
        }

        /** The route sends this JSON body, and Calendly must receive it unchanged. */
        Call sends(String json) {
            return new Call(name, endpoint, method, path, status, fixture, query, json, json);
        }

        /** Calendly must receive this JSON body (built from the endpoint's options). */
        Call expects(String json) {
            return new Call(name, endpoint, method, path, status, fixture, query, messageBody, json);
        }

        @Override
        public String toString() {
            return name + " <- " + fixture;
        }
    }

    /** A list whose fixture pages are served in turn; query holds the filters every page request must carry. */
    record Paged(String name, String endpoint, String path, String page1, String page2, Map<String, String> query) {

        static Paged of(String name, String endpoint, String path, String page1, String page2, String... query) {
            return new Paged(name, endpoint, path, page1, page2, pairs(query));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record ErrorCase(String fixture, int status, Class<? extends CalendlyApiException> type) {

        @Override
        public String toString() {
            return fixture + " with HTTP " + status;
        }
    }

    private static Map<String, String> pairs(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
