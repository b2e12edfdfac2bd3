package io.github.camelcalendly;

import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
 * Lists and writes that need a user or organization use the connection's own, looked up once from /users/me.
 */
class ConnectionDefaultsTest extends CalendlyTestSupport {

    private static final String OTHER_TOKEN = "pat-other-fedcba9876543210";
    private static final String EMPTY_PAGE = """
            {"collection": [], "pagination": {"count": 0, "next_page": null, "next_page_token": null}}""";
    private static final String WEBHOOK = """
            {"resource": {"uri": "https://api.calendly.com/webhook_subscriptions/WH1", "state": "active"}}""";

    static Stream<Arguments> listsDefaultingFromTheConnection() {
        return Stream.of(
                arguments("scheduledEvents?op=list", "/scheduled_events", "user"),
                arguments("eventTypes?op=list", "/event_types", "user"),
                arguments("organizationMemberships?op=list", "/organization_memberships", "organization"),
                arguments("groups?op=list", "/groups", "organization"),
                arguments("routingForms?op=list", "/routing_forms", "organization"),
                arguments("activityLogEntries?op=list", "/activity_log_entries", "organization"),
                arguments("userBusyTimes?op=list&startTime=2026-05-01T00:00:00Z&endTime=2026-05-02T00:00:00Z",
                        "/user_busy_times", "user"),
                arguments("locations?op=list", "/locations", "user"));
    }

    @ParameterizedTest(name = "{0} sends the connection''s {2}")
    @MethodSource("listsDefaultingFromTheConnection")
    void listWithoutUserOrOrganizationUsesTheConnectionsOwn(String endpoint, String path, String parameter) {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo(path)).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:" + endpoint);

        assertThat(out.getException()).isNull();
        String expected = "user".equals(parameter) ? userUri() : organizationUri();
        String other = "user".equals(parameter) ? "organization" : "user";
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(path))
                .withQueryParam(parameter, equalTo(expected))
                .withQueryParam(other, absent())
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void organizationInvitationsListPutsTheConnectionsOrganizationInThePath() {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo("/organizations/" + ORG_UUID + "/invitations"))
                .willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:organizationInvitations?op=list");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(0);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/organizations/" + ORG_UUID + "/invitations")));
    }

    @Test
    void organizationScopedWebhookSubscriptionGetsTheConnectionsOrganizationButNoUser() {
        stubCurrentUser();
        CALENDLY.stubFor(post(urlPathEqualTo("/webhook_subscriptions")).willReturn(json(201, WEBHOOK)));

        Exchange out = call("calendly:webhookSubscriptions?op=create&url=https://example.com/hook"
                            + "&events=invitee.created&scope=organization");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("state", "active");
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/webhook_subscriptions")).withRequestBody(equalToJson("""
                {"url": "https://example.com/hook", "events": ["invitee.created"],
                 "organization": "%s", "scope": "organization"}""".formatted(organizationUri()))));
    }

    @Test
    void userScopedWebhookSubscriptionGetsTheConnectionsUserAndOrganization() {
        stubCurrentUser();
        CALENDLY.stubFor(post(urlPathEqualTo("/webhook_subscriptions")).willReturn(json(201, WEBHOOK)));

        Exchange out = call("calendly:webhookSubscriptions?op=create&url=https://example.com/hook"
                            + "&events=invitee.created&scope=user");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/webhook_subscriptions")).withRequestBody(equalToJson("""
                {"url": "https://example.com/hook", "events": ["invitee.created"],
                 "organization": "%s", "scope": "user", "user": "%s"}""".formatted(organizationUri(), userUri()))));
    }

    @Test
    void scopeUserInTheMessageBodyAlsoDefaultsTheUser() {
        stubCurrentUser();
        CALENDLY.stubFor(post(urlPathEqualTo("/webhook_subscriptions")).willReturn(json(201, WEBHOOK)));

        Exchange out = call("calendly:webhookSubscriptions?op=create", """
                {"url": "https://example.com/hook", "events": ["invitee.canceled"], "scope": "user"}""", Map.of());

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/webhook_subscriptions")).withRequestBody(equalToJson("""
                {"url": "https://example.com/hook", "events": ["invitee.canceled"],
                 "organization": "%s", "scope": "user", "user": "%s"}""".formatted(organizationUri(), userUri()))));
    }

    @Test
    void currentUserIsLookedUpOnceForAllEndpointsAndExchangesOfOneConnection() {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, EMPTY_PAGE)));
        CALENDLY.stubFor(get(urlPathEqualTo("/groups")).willReturn(json(200, EMPTY_PAGE)));

        Exchange first = call("calendly:scheduledEvents?op=list");
        Exchange second = call("calendly:scheduledEvents?op=list&status=active");
        Exchange third = call("calendly:groups?op=list");
        Exchange sameTokenOnEndpoint = call("calendly:groups?op=list&accessToken=RAW(" + TOKEN + ")");

        assertThat(Stream.of(first, second, third, sameTokenOnEndpoint)).allSatisfy(
                e -> assertThat(e.getException()).isNull());
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo("/scheduled_events")).withQueryParam("user",
                equalTo(userUri())));
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo("/groups")).withQueryParam("organization",
                equalTo(organizationUri())));
    }

    @Test
    void endpointWithAnotherAccessTokenIsAnotherConnectionWithItsOwnLookup() {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo("/event_types")).willReturn(json(200, EMPTY_PAGE)));

        Exchange own = call("calendly:eventTypes?op=list");
        Exchange other = call("calendly:eventTypes?op=list&accessToken=RAW(" + OTHER_TOKEN + ")");
        Exchange ownAgain = call("calendly:eventTypes?op=list");
        Exchange otherAgain = call("calendly:eventTypes?op=list&accessToken=RAW(" + OTHER_TOKEN + ")");

        assertThat(Stream.of(own, other, ownAgain, otherAgain)).allSatisfy(
                e -> assertThat(e.getException()).isNull());
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo("/users/me")));
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me"))
                .withHeader("Authorization", equalTo("Bearer " + OTHER_TOKEN)));
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo("/event_types"))
                .withHeader("Authorization", equalTo("Bearer " + OTHER_TOKEN)));
    }

    @Test
    void userGivenByTheRouteNeedsNoLookup() {
        CALENDLY.stubFor(get(urlPathEqualTo("/user_busy_times")).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:userBusyTimes?op=list&user=U9"
                            + "&startTime=2026-05-01T00:00:00Z&endTime=2026-05-02T00:00:00Z");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/user_busy_times"))
                .withQueryParam("user", equalTo(baseUrl() + "/users/U9")));
        CALENDLY.verify(0, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void organizationGivenByTheRouteNeedsNoLookup() {
        CALENDLY.stubFor(get(urlPathEqualTo("/routing_forms")).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:routingForms?op=list&organization=O9");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/routing_forms"))
                .withQueryParam("organization", equalTo(baseUrl() + "/organizations/O9")));
        CALENDLY.verify(0, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void eventsListedByOrganizationSendNoUserAndNeedNoLookup() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(json(200, EMPTY_PAGE)));

        Exchange out = call("calendly:scheduledEvents?op=list&organization=O9");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/scheduled_events"))
                .withQueryParam("organization", equalTo(baseUrl() + "/organizations/O9"))
                .withQueryParam("user", absent()));
        CALENDLY.verify(0, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void missingRequiredOptionIsReportedBeforeAnyLookup() {
        stubCurrentUser();

        Exchange out = call("calendly:userBusyTimes?op=list&endTime=2026-05-02T00:00:00Z");

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'startTime'")
                .hasMessageContaining("userBusyTimes/list");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    @Test
    void failingCurrentUserLookupSurfacesAsUnauthorized() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(401, """
                {"title": "Unauthenticated", "message": "The access token is invalid"}""")));

        Exchange out = call("calendly:scheduledEvents?op=list");

        assertThat(out.getException()).isInstanceOf(CalendlyUnauthorizedException.class)
                .hasMessageContaining("401")
                .hasMessageContaining("The access token is invalid");
        CalendlyApiException error = (CalendlyApiException) out.getException();
        assertThat(error.getStatusCode()).isEqualTo(401);
        assertThat(error.getOperation()).isEqualTo("users/me");
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
        CALENDLY.verify(0, getRequestedFor(urlPathEqualTo("/scheduled_events")));
    }
}
