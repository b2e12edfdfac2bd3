package io.github.camelcalendly;

import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Path identifiers, the {@code uri} option, and references sent as full resource URIs.
 */
class IdentifierHandlingTest extends CalendlyTestSupport {

    /** The production API host: URIs on it are sent as given, never rewritten to the test server. */
    private static final String API = "https://api.calendly.com";
    private static final String EMPTY_PAGE = """
            {"collection": [], "pagination": {"count": 0, "next_page": null, "next_page_token": null}}""";
    private static final String RESOURCE = """
            {"resource": {"uri": "https://api.calendly.com/x/1"}}""";

    // ---- path identifiers ----------------------------------------------------------------------------------------

    @Test
    void bareUuidIsSentAsThePathIdentifier() {
        CALENDLY.stubFor(get(urlPathEqualTo("/event_types/ET1")).willReturn(json(200, """
                {"resource": {"uri": "https://api.calendly.com/event_types/ET1", "name": "Intro"}}""")));

        Exchange out = call("calendly:eventTypes?op=get&uuid=ET1");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("name", "Intro");
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/event_types/ET1"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void fullResourceUriAsPathIdentifierSendsTheSamePathAsTheBareUuid() {
        CALENDLY.stubFor(get(urlPathEqualTo("/event_types/ET1")).willReturn(json(200, RESOURCE)));

        Exchange out = call("calendly:eventTypes?op=get&uuid=" + API + "/event_types/ET1");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/event_types/ET1")));
        assertThat(CALENDLY.getAllServeEvents()).hasSize(1);
    }

    // ---- the uri option ------------------------------------------------------------------------------------------

    @Test
    void uriOptionStandsInForTheUuidOfAGet() {
        CALENDLY.stubFor(get(urlPathEqualTo("/event_types/ET2")).willReturn(json(200, RESOURCE)));

        Exchange out = call("calendly:eventTypes?op=get&uri=" + API + "/event_types/ET2");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/event_types/ET2")));
    }

    @Test
    void uriHeaderStandsInForTheUuidOfADelete() {
        CALENDLY.stubFor(delete(urlPathEqualTo("/webhook_subscriptions/WH1")).willReturn(aResponse().withStatus(204)));

        Exchange out = call("calendly:webhookSubscriptions?op=delete", null,
                Map.of("CamelCalendly.uri", API + "/webhook_subscriptions/WH1"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(204);
        CALENDLY.verify(1, deleteRequestedFor(urlPathEqualTo("/webhook_subscriptions/WH1")));
    }

    @Test
    void inviteeUriFillsBothTheEventAndTheUuidOfInviteesGet() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/EV1/invitees/INV1")).willReturn(json(200, """
                {"resource": {"email": "ada@example.com"}}""")));

        Exchange out = call("calendly:invitees?op=get", null,
                Map.of("CamelCalendly.uri", API + "/scheduled_events/EV1/invitees/INV1"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("email", "ada@example.com");
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events/EV1/invitees/INV1")));
    }

    @Test
    void eventUriCancelsThatEvent() {
        CALENDLY.stubFor(post(urlPathEqualTo("/scheduled_events/EV1/cancellation")).willReturn(json(201, """
                {"resource": {"canceler_type": "host", "reason": "Sick"}}""")));

        Exchange out = call("calendly:scheduledEvents?op=cancel&reason=Sick&uri=" + API + "/scheduled_events/EV1");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("reason", "Sick");
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/scheduled_events/EV1/cancellation"))
                .withRequestBody(equalToJson("{\"reason\": \"Sick\"}")));
    }

    @Test
    void uriOfAnotherKindOfResourceIsRejectedWithoutACall() {
        Exchange out = call("calendly:eventTypes?op=get", null,
                Map.of("CamelCalendly.uri", API + "/scheduled_events/EV1"));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'uri'")
                .hasMessageContaining("eventTypes/get")
                .hasMessageContaining("/event_types/{uuid}");
        assertThat(((CalendlyValidationException) out.getException()).getOption()).isEqualTo("uri");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    @Test
    void eventUriIsRejectedWhereAnInviteeUriIsNeeded() {
        Exchange out = call("calendly:invitees?op=get", null,
                Map.of("CamelCalendly.uri", API + "/scheduled_events/EV1"));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'uri'")
                .hasMessageContaining("invitees/get");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    // ---- references in the query ---------------------------------------------------------------------------------

    static Stream<Arguments> queryReferences() {
        return Stream.of(
                arguments("scheduledEvents?op=list", "user", "user", "users", "/scheduled_events"),
                arguments("organizationMemberships?op=list", "organization", "organization", "organizations",
                        "/organization_memberships"),
                arguments("eventTypeMemberships?op=list", "eventType", "event_type", "event_types",
                        "/event_type_memberships"),
                arguments("routingFormSubmissions?op=list", "form", "form", "routing_forms",
                        "/routing_form_submissions"),
                arguments("groupRelationships?op=list", "group", "group", "groups", "/group_relationships"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("queryReferences")
    void bareUuidQueryReferenceIsSentAsAUriUnderTheBaseUrl(
            String endpoint, String option, String apiName, String collection, String path) {
        CALENDLY.stubFor(get(urlPathEqualTo(path)).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:" + endpoint + "&" + option + "=REF1");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(path))
                .withQueryParam(apiName, equalTo(baseUrl() + "/" + collection + "/REF1")));
        CALENDLY.verify(0, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("queryReferences")
    void uriQueryReferenceIsSentAsGiven(
            String endpoint, String option, String apiName, String collection, String path) {
        CALENDLY.stubFor(get(urlPathEqualTo(path)).willReturn(json(200, EMPTY_PAGE)));
        String given = API + "/" + collection + "/REF1";

        Exchange out = call("calendly:" + endpoint, null, Map.of("CamelCalendly." + option, given));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(path)).withQueryParam(apiName, equalTo(given)));
    }

    // ---- references in the body ----------------------------------------------------------------------------------

    static Stream<Arguments> bodyReferences() {
        return Stream.of(
                arguments("invitees?op=create&startTime=2026-05-01T09:00:00Z&invitee=RAW({\"email\":\"a@b.c\"})",
                        "eventType", "event_type", "event_types", "/invitees"),
                arguments("shares?op=create", "eventType", "event_type", "event_types", "/shares"),
                arguments("eventTypes?op=create&name=Intro", "owner", "owner", "users", "/event_types"),
                arguments("schedulingLinks?op=create&maxEventCount=1&ownerType=EventType", "owner", "owner",
                        "event_types", "/scheduling_links"),
                arguments("oneOffEventTypes?op=create&name=Chat&duration=30"
                          + "&dateSetting=RAW({\"type\":\"date_range\"})",
                        "host", "host", "users", "/one_off_event_types"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("bodyReferences")
    void bareUuidBodyReferenceIsSentAsAUriUnderTheBaseUrl(
            String endpoint, String option, String apiName, String collection, String path) {
        CALENDLY.stubFor(post(urlPathEqualTo(path)).willReturn(json(201, RESOURCE)));

        Exchange out = call("calendly:" + endpoint + "&" + option + "=REF1");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson(
                "{\"" + apiName + "\": \"" + baseUrl() + "/" + collection + "/REF1\"}", true, true)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("bodyReferences")
    void uriBodyReferenceIsSentAsGiven(
            String endpoint, String option, String apiName, String collection, String path) {
        CALENDLY.stubFor(post(urlPathEqualTo(path)).willReturn(json(201, RESOURCE)));
        String given = API + "/" + collection + "/REF1";

        Exchange out = call("calendly:" + endpoint, null, Map.of("CamelCalendly." + option, given));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson(
                "{\"" + apiName + "\": \"" + given + "\"}", true, true)));
    }

    @Test
    void coHostsGivenBareOrAsUrisAreAllSentAsUris() {
        CALENDLY.stubFor(post(urlPathEqualTo("/one_off_event_types")).willReturn(json(201, RESOURCE)));

        Exchange out = call("calendly:oneOffEventTypes?op=create&name=Chat&duration=30&host=H1"
                            + "&dateSetting=RAW({\"type\":\"date_range\"})", null,
                Map.of("CamelCalendly.coHosts", "U2," + API + "/users/U3"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/one_off_event_types")).withRequestBody(equalToJson("""
                {"co_hosts": ["%s/users/U2", "%s/users/U3"]}""".formatted(baseUrl(), API), true, true)));
    }

    @Test
    void contactsGivenBareOrAsUrisAreAllSentAsUris() {
        CALENDLY.stubFor(post(urlPathEqualTo("/contact_lists/CL1/memberships")).willReturn(json(201, RESOURCE)));

        Exchange out = call("calendly:contactLists?op=addContacts&uuid=CL1", null,
                Map.of("CamelCalendly.contacts", java.util.List.of("C1", API + "/contacts/C2")));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/contact_lists/CL1/memberships"))
                .withRequestBody(equalToJson("""
                        {"contacts": ["%s/contacts/C1", "%s/contacts/C2"]}""".formatted(baseUrl(), API))));
    }

    @Test
    void inviteeOfANoShowIsSentAsTheInviteeUri() {
        CALENDLY.stubFor(post(urlPathEqualTo("/invitee_no_shows")).willReturn(json(201, RESOURCE)));
        String invitee = API + "/scheduled_events/EV1/invitees/INV1";

        Exchange out = call("calendly:inviteeNoShows?op=create", null, Map.of("CamelCalendly.invitee", invitee));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/invitee_no_shows"))
                .withRequestBody(equalToJson("{\"invitee\": \"" + invitee + "\"}")));
    }

    @Test
    void bareUuidForTheInviteeOfANoShowIsRefusedBecauseOnlyItsUriNamesIt() {
        Exchange out = call("calendly:inviteeNoShows?op=create", null, Map.of("CamelCalendly.invitee", "INV1"));

        CalendlyValidationException e = out.getException(CalendlyValidationException.class);
        assertThat(e).isNotNull();
        assertThat(e.getOption()).isEqualTo("invitee");
        assertThat(e.getMessage()).contains("inviteeNoShows/create", "full resource URI", "'INV1'");
        CALENDLY.verify(0, postRequestedFor(urlPathEqualTo("/invitee_no_shows")));
    }

    // ---- references inside the message body ----------------------------------------------------------------------

    @Test
    void bareEventTypeInsideTheMessageBodyIsSentAsAUri() {
        CALENDLY.stubFor(post(urlPathEqualTo("/invitees")).willReturn(json(201, RESOURCE)));

        Exchange out = call("calendly:invitees?op=create", """
                {"event_type": "ET1", "start_time": "2026-05-01T09:00:00Z",
                 "invitee": {"email": "ada@example.com", "name": "Ada", "timezone": "Europe/London"}}""", Map.of());

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/invitees")).withRequestBody(equalToJson("""
                {"event_type": "%s/event_types/ET1", "start_time": "2026-05-01T09:00:00Z",
                 "invitee": {"email": "ada@example.com", "name": "Ada", "timezone": "Europe/London"}}"""
                .formatted(baseUrl()))));
    }

    @Test
    void bareContactsInsideTheMessageBodyAreSentAsUris() {
        CALENDLY.stubFor(post(urlPathEqualTo("/contact_lists")).willReturn(json(201, RESOURCE)));

        Exchange out = call("calendly:contactLists?op=create",
                Map.of("name", "VIPs", "contacts", java.util.List.of("C1", API + "/contacts/C2")), Map.of());

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/contact_lists")).withRequestBody(equalToJson("""
                {"name": "VIPs", "contacts": ["%s/contacts/C1", "%s/contacts/C2"]}""".formatted(baseUrl(), API))));
    }

    @Test
    void bareOwnerInsideTheMessageBodyIsSentAsAUserUri() {
        CALENDLY.stubFor(post(urlPathEqualTo("/event_types")).willReturn(json(201, RESOURCE)));

        Exchange out = call("calendly:eventTypes?op=create", Map.of("name", "Intro", "owner", "U1"), Map.of());

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/event_types")).withRequestBody(equalToJson("""
                {"name": "Intro", "owner": "%s/users/U1"}""".formatted(baseUrl()))));
    }

    // ---- encoding ------------------------------------------------------------------------------------------------

    @Test
    void identifierWithReservedCharactersIsPercentEncodedInThePath() {
        CALENDLY.stubFor(any(anyUrl()).willReturn(json(200, RESOURCE)));

        // '/', '?' and '#' are refused instead (PathTraversalTest)
        Exchange out = call("calendly:eventTypes?op=get", null, Map.of("CamelCalendly.uuid", "a b;c=d&é"));

        assertThat(out.getException()).isNull();
        assertThat(CALENDLY.getAllServeEvents()).singleElement()
                .satisfies(e -> assertThat(e.getRequest().getUrl()).isEqualTo("/event_types/a%20b%3Bc%3Dd%26%C3%A9"));
    }
}
