package io.github.camelcalendly;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcalendly.CalendlyApiException.Detail;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.fixtures.CalendlyFixtures;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendly's error answers become typed exceptions that say what failed, with Calendly's own words, and what to do.
 */
class ErrorMappingTest extends CalendlyTestSupport {

    @Test
    void badRequestCarriesCalendlysTitleMessageDetailsAndTheFailedCall() {
        CALENDLY.stubFor(post(urlPathEqualTo("/contacts")).willReturn(json(400, """
                {"title": "Invalid Argument", "message": "The supplied parameters are invalid.",
                 "details": [{"parameter": "emails", "message": "must contain valid email addresses",
                              "code": "invalid"}]}""")));

        Exchange out = call("calendly:contacts?op=create", Map.of("name", "Ada", "emails", List.of("not-an-email")),
                Map.of());

        assertThat(out.getException()).isExactlyInstanceOf(CalendlyApiException.class);
        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getTitle()).isEqualTo("Invalid Argument");
        assertThat(e.getApiMessage()).isEqualTo("The supplied parameters are invalid.");
        assertThat(e.getDetails()).containsExactly(
                new Detail("emails", "must contain valid email addresses", "invalid"));
        assertThat(e.getOperation()).isEqualTo("contacts/create");
        assertThat(e.getMethod()).isEqualTo("POST");
        assertThat(e.getPath()).isEqualTo("/contacts");
        assertThat(e.getMessage())
                .contains("contacts/create", "POST /contacts", "400", "The supplied parameters are invalid.")
                .contains("emails: must contain valid email addresses");
        CALENDLY.verify(postRequestedFor(urlPathEqualTo("/contacts"))
                .withRequestBody(equalToJson("{\"name\": \"Ada\", \"emails\": [\"not-an-email\"]}")));
    }

    @Test
    void unauthorizedBecomesCalendlyUnauthorizedException() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(401, """
                {"title": "Unauthenticated", "message": "The access token is invalid"}""")));

        Exchange out = call("calendly:users?op=me");

        assertThat(out.getException()).isInstanceOf(CalendlyUnauthorizedException.class);
        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getTitle()).isEqualTo("Unauthenticated");
        assertThat(e.getMessage()).contains("users/me", "The access token is invalid", "Check the access token");
        List<LoggedRequest> sent = CALENDLY.findAll(getRequestedFor(urlPathEqualTo("/users/me")));
        assertThat(sent.size()).as("matching requests").isEqualTo(1);
        assertThat(("Bearer " + TOKEN).equals(sent.get(0).getHeader("Authorization")))
                .as("Calendly received the component's token as bearer").isTrue();
    }

    @Test
    void forbiddenWithRequiredScopesNamesTheScopesTheTokenLacks() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/EV1")).willReturn(json(403, """
                {"title": "Insufficient scope", "message": "This token lacks the scopes this request needs.",
                 "required_scopes": ["scheduled_events:read", "users:read"]}""")));

        Exchange out = call("calendly:scheduledEvents?op=get&uuid=EV1");

        assertThat(out.getException()).isInstanceOf(CalendlyForbiddenException.class);
        CalendlyForbiddenException e = out.getException(CalendlyForbiddenException.class);
        assertThat(e.getRequiredScopes()).containsExactly("scheduled_events:read", "users:read");
        assertThat(e.getTitle()).isEqualTo("Insufficient scope");
        assertThat(e.getMessage()).contains("lacks scope scheduled_events:read, users:read");
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/scheduled_events/EV1")));
    }

    @Test
    void forbiddenWithoutRequiredScopesNamesTheScopeTheOperationNeeds() {
        CALENDLY.stubFor(get(urlPathEqualTo("/routing_forms/RF1")).willReturn(json(403, """
                {"title": "Permission Denied", "message": "You do not have permission to access this resource."}""")));
        String scope = OperationRegistry.resolve("routingForms", "get").scope();

        Exchange out = call("calendly:routingForms?op=get&uuid=RF1");

        assertThat(out.getException()).isInstanceOf(CalendlyForbiddenException.class);
        CalendlyForbiddenException e = out.getException(CalendlyForbiddenException.class);
        assertThat(e.getRequiredScopes()).isEmpty();
        assertThat(scope).isEqualTo("routing_forms:read");
        assertThat(e.getMessage())
                .contains("You do not have permission to access this resource.")
                .contains("routingForms/get needs scope " + scope);
    }

    @Test
    void calendlysFullStopIsNotDoubledBeforeTheAdvice() {
        CALENDLY.stubFor(get(urlPathEqualTo("/routing_forms/RF1")).willReturn(json(403, """
                {"title": "Permission Denied", "message": "Past events cannot be canceled."}""")));

        Exchange out = call("calendly:routingForms?op=get&uuid=RF1");

        assertThat(out.getException().getMessage()).contains("Past events cannot be canceled. routingForms/get")
                .doesNotContain("..");
    }

    @Test
    void forbiddenBecauseOfThePlanSaysThePlanLacksTheFeature() {
        CALENDLY.stubFor(get(urlPathEqualTo("/activity_log_entries")).willReturn(json(403, """
                {"title": "Permission Denied", "message": "Please upgrade your Calendly account to Standard"}""")));

        Exchange out = call("calendly:activityLogEntries?op=list&organization=" + ORG_UUID);

        assertThat(out.getException()).isInstanceOf(CalendlyForbiddenException.class);
        assertThat(out.getException().getMessage())
                .contains("Please upgrade your Calendly account to Standard")
                .contains("plan of this account does not include this feature");
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/activity_log_entries"))
                .withQueryParam("organization", equalTo(organizationUri())));
    }

    @Test
    void notFoundBecomesCalendlyNotFoundException() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/GONE")).willReturn(json(404, """
                {"title": "Resource Not Found", "message": "The server could not find the requested resource."}""")));

        Exchange out = call("calendly:scheduledEvents?op=get&uuid=GONE");

        assertThat(out.getException()).isInstanceOf(CalendlyNotFoundException.class);
        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getPath()).isEqualTo("/scheduled_events/GONE");
        assertThat(e.getMessage()).contains("scheduledEvents/get", "Resource Not Found",
                "The server could not find the requested resource.");
    }

    @Test
    void conflictBecomesCalendlyConflictException() {
        CALENDLY.stubFor(post(urlPathEqualTo("/webhook_subscriptions")).willReturn(json(409, """
                {"title": "Already Exists", "message": "Hook with this url already exists"}""")));
        Map<String, Object> body = Map.of("url", "https://example.com/hook", "events", List.of("invitee.created"),
                "organization", organizationUri(), "scope", "organization");

        Exchange out = call("calendly:webhookSubscriptions?op=create", body, Map.of());

        assertThat(out.getException()).isInstanceOf(CalendlyConflictException.class);
        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(409);
        assertThat(e.getMessage()).contains("webhookSubscriptions/create", "Hook with this url already exists");
        CALENDLY.verify(postRequestedFor(urlPathEqualTo("/webhook_subscriptions"))
                .withRequestBody(equalToJson("""
                        {"url": "https://example.com/hook", "events": ["invitee.created"],
                         "organization": "%s", "scope": "organization"}""".formatted(organizationUri()))));
    }

    @Test
    void tooManyRequestsReportsTheRateLimitResetAsRetryAfter() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(429, "{}")
                .withHeader("X-RateLimit-Limit", "500")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", "42")));

        Exchange out = call("calendly:users?op=me");

        assertThat(out.getException()).isInstanceOf(CalendlyRateLimitException.class);
        CalendlyRateLimitException e = out.getException(CalendlyRateLimitException.class);
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getRetryAfterSeconds()).isEqualTo(42);
        assertThat(e.getResponseHeaders()).containsEntry("X-RateLimit-Remaining", "0");
        assertThat(e.getMessage()).contains("users/me", "429", "resets in 42 s");
    }

    @Test
    void tooManyRequestsPrefersRetryAfterOverTheRateLimitReset() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(429, "{}")
                .withHeader("Retry-After", "7")
                .withHeader("X-RateLimit-Reset", "42")));

        Exchange out = call("calendly:users?op=me");

        CalendlyRateLimitException e = out.getException(CalendlyRateLimitException.class);
        assertThat(e).isNotNull();
        assertThat(e.getRetryAfterSeconds()).isEqualTo(7);
        assertThat(e.getMessage()).contains("resets in 7 s").doesNotContain("resets in 42");
    }

    @Test
    void serverErrorBecomesTheBaseCalendlyApiException() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(500, """
                {"title": "Internal Server Error",
                 "message": "The server encountered an unexpected condition that prevented it from fulfilling the request."}""")));

        Exchange out = call("calendly:users?op=me");

        assertThat(out.getException()).isExactlyInstanceOf(CalendlyApiException.class);
        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(500);
        assertThat(e.getTitle()).isEqualTo("Internal Server Error");
        assertThat(e.getMessage()).contains("users/me", "HTTP 500", "unexpected condition");
    }

    @Test
    void htmlErrorPageIsReportedAsNonJsonWithAnExcerpt() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody(CalendlyFixtures.read("koshilife/not_json.html"))));

        Exchange out = call("calendly:users?op=me");

        assertThat(out.getException()).isExactlyInstanceOf(CalendlyApiException.class);
        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(502);
        assertThat(e.getTitle()).isNull();
        assertThat(e.getMessage()).contains("HTTP 502", "non-JSON response")
                .contains("<title>FooBar Error Title</title>")
                .doesNotContain("\n");
    }

    @Test
    void htmlPageAnsweredWithSuccessStatusIsAnErrorNotData() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/U1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody(CalendlyFixtures.read("koshilife/not_json.html"))));

        Exchange out = call("calendly:users?op=get&uuid=U1");

        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(200);
        assertThat(e.getOperation()).isEqualTo("users/get");
        assertThat(e.getMessage()).contains("users/get", "HTTP 200", "not a JSON object", "text/html",
                "<title>FooBar Error Title</title>", "baseUrl");
        assertThat(out.getMessage().getBody()).isNull();
    }

    @Test
    void htmlPageAnsweredWithSuccessStatusToAListIsAnErrorToo() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody(CalendlyFixtures.read("koshilife/not_json.html"))));

        Exchange out = call("calendly:scheduledEvents?op=list&user=U1");

        assertThat(out.getException(CalendlyApiException.class)).isNotNull()
                .hasMessageContaining("scheduledEvents/list").hasMessageContaining("not a JSON object");
    }

    @Test
    void longHtmlErrorPageIsCutToAShortExcerpt() {
        String page = "<html><body><h1>Bad Gateway</h1>" + "<p>filler</p>".repeat(500) + "<p>END-OF-PAGE</p>"
                      + "</body></html>";
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody(page)));

        Exchange out = call("calendly:users?op=me");

        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("non-JSON response", "<h1>Bad Gateway</h1>", "...")
                .doesNotContain("END-OF-PAGE");
        assertThat(e.getMessage().length()).isLessThan(page.length() / 5);
    }

    @Test
    void emptyErrorBodyIsReportedAsEmpty() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(aResponse().withStatus(503)));

        Exchange out = call("calendly:users?op=me");

        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(503);
        assertThat(e.getTitle()).isNull();
        assertThat(e.getApiMessage()).isNull();
        assertThat(e.getMessage()).contains("users/me", "HTTP 503", "empty response body");
    }

    @Test
    void oauthStyleErrorBodyIsMappedToTitleAndMessage() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(
                json(400, CalendlyFixtures.read("koshilife/error_400_invalid_grant.json"))));

        Exchange out = call("calendly:users?op=me");

        CalendlyApiException e = out.getException(CalendlyApiException.class);
        assertThat(e).isNotNull();
        assertThat(e.getTitle()).isEqualTo("invalid_grant");
        assertThat(e.getApiMessage()).startsWith("The provided authorization grant is invalid, expired, revoked");
        assertThat(e.getMessage()).contains("HTTP 400 invalid_grant: The provided authorization grant is invalid");
    }

    @Test
    void connectionRefusedNamesTheOperationAndTheHost() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exchange out = call("calendly:users?op=me&baseUrl=http://localhost:" + closedPort);

        assertThat(out.getException() instanceof IOException).as("the call failed with an IOException").isTrue();
        assertThat(out.getException().getMessage().contains(TOKEN)).as("message holds the access token").isFalse();
        assertThat(out.getException().getMessage())
                .contains("users/me", "GET /users/me", "could not reach localhost");
        CALENDLY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void routeCatchesNotFoundByItsOwnType() throws Exception {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/GONE")).willReturn(json(404, """
                {"title": "Resource Not Found", "message": "The server could not find the requested resource."}""")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(CalendlyNotFoundException.class).handled(true)
                        .setBody(simple("no such event (${exception.statusCode})")).to("mock:notFound");
                onException(CalendlyApiException.class).handled(true).to("mock:otherError");
                from("direct:event").to("calendly:scheduledEvents?op=get").to("mock:found");
            }
        });
        MockEndpoint notFound = getMockEndpoint("mock:notFound");
        notFound.expectedBodiesReceived("no such event (404)");
        getMockEndpoint("mock:otherError").expectedMessageCount(0);
        getMockEndpoint("mock:found").expectedMessageCount(0);

        Exchange out = call("direct:event", null, Map.of("CamelCalendly.uuid", "GONE"));

        assertThat(out.getException()).isNull();
        MockEndpoint.assertIsSatisfied(context);
        assertThat(notFound.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT))
                .isInstanceOf(CalendlyNotFoundException.class);
        CALENDLY.verify(getRequestedFor(urlPathEqualTo("/scheduled_events/GONE")));
    }
}
