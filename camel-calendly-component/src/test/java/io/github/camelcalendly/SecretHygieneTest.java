package io.github.camelcalendly;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The access token never shows in an exception, a logged endpoint URI, the call log, the configuration's text or a
 * health check.
 */
class SecretHygieneTest extends CalendlyTestSupport {

    /** A second token, set on endpoint URIs, so that both the component's and an endpoint's token are checked. */
    private static final String ENDPOINT_TOKEN = "pat-endpoint-secret-7f3a9c21";

    /** An Authorization header as HTTP clients, maps and JSON print it (test names may say the word). */
    private static final Pattern AUTHORIZATION_HEADER = Pattern.compile("(?i)\"?authorization\"?\\s*[:=]");

    private static final String EVENT_URI = "calendly:scheduledEvents?op=get&accessToken=" + ENDPOINT_TOKEN;

    private CapturedLogs logs;

    @AfterEach
    void detachLogCapture() {
        if (logs != null) {
            logs.close();
        }
    }

    // exception messages

    @Test
    void unauthorizedErrorDoesNotCarryTheToken() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(401, """
                {"title": "Unauthenticated", "message": "The access token is invalid"}""")));

        Exchange out = call("calendly:users?op=me");

        assertNoSecretIn(out.getException());
        assertThat(out.getException()).isInstanceOf(CalendlyUnauthorizedException.class);
        assertSentWith(TOKEN, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void forbiddenErrorDoesNotCarryTheEndpointToken() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/EV1")).willReturn(json(403, """
                {"title": "Insufficient scope", "message": "Missing scope",
                 "required_scopes": ["scheduled_events:read"]}""")));

        Exchange out = call(EVENT_URI + "&uuid=EV1");

        assertNoSecretIn(out.getException());
        assertThat(out.getException()).isInstanceOf(CalendlyForbiddenException.class);
        assertSentWith(ENDPOINT_TOKEN, getRequestedFor(urlPathEqualTo("/scheduled_events/EV1")));
    }

    @Test
    void serverErrorDoesNotCarryTheToken() {
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/EV1")).willReturn(json(500, """
                {"title": "Internal Server Error", "message": "Something went wrong"}""")));

        Exchange out = call(EVENT_URI + "&uuid=EV1");

        assertNoSecretIn(out.getException());
        assertThat(out.getException()).isExactlyInstanceOf(CalendlyApiException.class);
    }

    @Test
    void validationErrorDoesNotCarryTheToken() {
        Exchange out = call(EVENT_URI);

        assertNoSecretIn(out.getException());
        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class);
    }

    @Test
    void endpointCreationErrorShowsTheUriWithTheTokenMasked() {
        Throwable failure = catchThrowable(() -> context.getEndpoint(EVENT_URI + "&uuid=EV1&status=active"));

        assertNoSecretIn(failure);
        assertThat(failure).isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("scheduledEvents").hasMessageContaining("accessToken=xxxxxx");
    }

    @Test
    void refusedConnectionErrorDoesNotCarryTheToken() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exchange out = call(EVENT_URI + "&uuid=EV1&baseUrl=http://localhost:" + closedPort);

        assertNoSecretIn(out.getException());
        assertThat(out.getException()).isInstanceOf(IOException.class)
                .hasMessageContaining("scheduledEvents/get");
    }

    // endpoint URIs and configuration text

    @Test
    void endpointUriAsCamelLogsItMasksTheToken() {
        CalendlyEndpoint endpoint = context.getEndpoint(EVENT_URI + "&uuid=EV1", CalendlyEndpoint.class);

        assertThat(ENDPOINT_TOKEN.equals(endpoint.getConfiguration().getAccessToken()))
                .as("the endpoint holds the token of its URI").isTrue();
        assertNoSecretIn(endpoint.toString());
        assertThat(endpoint.toString()).contains("scheduledEvents", "accessToken=xxxxxx");
        String sanitized = URISupport.sanitizeUri(endpoint.getEndpointUri());
        assertNoSecretIn(sanitized);
        assertThat(sanitized).contains("accessToken=xxxxxx");
    }

    @Test
    void webhookTriggerUriAsCamelLogsItMasksTheSigningKey() {
        String signingKey = "whsec-trigger-6d2b90aa";
        CalendlyEndpoint endpoint = context.getEndpoint("calendly:webhook?events=invitee.created&signingKey=RAW("
                + signingKey + ")&webhookAutoRegister=false", CalendlyEndpoint.class);

        assertThat(endpoint.getRequestOptions().getSigningKey()).isEqualTo(signingKey);
        assertThat(endpoint.toString()).doesNotContain(signingKey).contains("signingKey=xxxxxx");
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(signingKey);
    }

    @Test
    void aRefusedWebhookTriggerUriDoesNotShowTheSigningKeyInTheError() {
        String signingKey = "whsec-refused-41c7e0d2";

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> context.getEndpoint(
                "calendly:webhook?events=invitee.booked&signingKey=RAW(" + signingKey + ")"));

        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString().contains(signingKey)).as("the error shows the signing key").isFalse();
        assertThat(failure).hasMessageContaining("invitee.booked");
    }

    @Test
    void configurationTextMasksTheToken() {
        CalendlyConfiguration configuration = new CalendlyConfiguration();
        configuration.setAccessToken(ENDPOINT_TOKEN);

        assertNoSecretIn(configuration.toString());
        assertNoSecretIn(configuration.copy().toString());
        assertThat(configuration.toString()).contains("accessToken=******");
    }

    // health checks

    @Test
    void healthOfRefusedConnectionsShowsNeitherToken() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(401, """
                {"title": "Unauthenticated", "message": "The access token is invalid"}""")));
        call("calendly:users?op=me");
        call("calendly:users?op=me&accessToken=" + ENDPOINT_TOKEN);

        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.ALL), check -> false, "full");

        assertThat(results).filteredOn(r -> r.getCheck().getId().startsWith("calendly-connection-")).hasSize(2)
                .allSatisfy(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN));
        for (HealthCheck.Result result : results) {
            assertNoSecretIn(result.getMessage().orElse("") + result.getDetails());
            result.getError().ifPresent(SecretHygieneTest::assertNoSecretIn);
        }
    }

    // logs

    @Test
    void callLogNamesTheCallButNeitherTheTokenNorTheAuthorizationHeader() throws Exception {
        logs = CapturedLogs.attach();
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/EV1")).willReturn(json(200, """
                {"resource": {"uri": "https://api.calendly.com/scheduled_events/EV1", "name": "Intro"}}""")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:event").to(EVENT_URI + "&uuid=EV1");
            }
        });

        Exchange out = call("direct:event");

        assertThat(out.getException()).isNull();
        logs.lines().forEach(SecretHygieneTest::assertNoSecretIn);
        assertThat(logs.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("DEBUG io.github.camelcalendly")
                .contains("scheduledEvents/get", "GET", "/scheduled_events/EV1", "-> 200"));
        assertSentWith(ENDPOINT_TOKEN, getRequestedFor(urlPathEqualTo("/scheduled_events/EV1")));
    }

    @Test
    void failedCallLoggedByTheRouteShowsNeitherTheTokenNorTheAuthorizationHeader() throws Exception {
        logs = CapturedLogs.attach();
        CALENDLY.stubFor(get(urlPathEqualTo("/scheduled_events/EV1")).willReturn(json(401, """
                {"title": "Unauthenticated", "message": "The access token is invalid"}""")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:event").to(EVENT_URI + "&uuid=EV1");
            }
        });

        Exchange out = call("direct:event");

        assertThat(out.getException()).isInstanceOf(CalendlyUnauthorizedException.class);
        logs.lines().forEach(SecretHygieneTest::assertNoSecretIn);
        assertThat(logs.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("DEBUG io.github.camelcalendly").contains("scheduledEvents/get", "-> 401"));
        assertThat(logs.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("ERROR").contains("CalendlyUnauthorizedException"));
    }

    /** Checks that Calendly got exactly one matching request, with this bearer token, without printing it. */
    private static void assertSentWith(String token, RequestPatternBuilder request) {
        List<LoggedRequest> sent = CALENDLY.findAll(request);
        assertThat(sent.size()).as("matching requests").isEqualTo(1);
        assertThat(("Bearer " + token).equals(sent.get(0).getHeader("Authorization")))
                .as("Calendly received the expected token as bearer").isTrue();
    }

    private static void assertNoSecretIn(Throwable failure) {
        assertThat(failure != null).as("the call failed").isTrue();
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertNoSecretIn(trace.toString());
    }

    private static void assertNoSecretIn(String text) {
        // checked before any assertion that would print the text, and reported without the secret's value
        assertThat(text.contains(TOKEN)).as("text holds the component's access token").isFalse();
        assertThat(text.contains(ENDPOINT_TOKEN)).as("text holds the endpoint's access token").isFalse();
        assertThat(text.contains("Bearer ")).as("text holds a bearer credential").isFalse();
        assertThat(AUTHORIZATION_HEADER.matcher(text).find()).as("text holds an Authorization header").isFalse();
    }
}
