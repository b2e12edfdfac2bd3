package io.github.camelcalendly;

import java.util.Map;
import java.util.stream.Stream;

import io.github.camelcalendly.SampleValues.Sample;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.operation.ParameterLocation;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * An identifier names one resource of its collection: one that would make the request path leave the collection
 * ({@code .}, {@code ..}, their percent-encodings, a slash, a query or a fragment) is refused before any call, and so
 * is a raw request path with a dot segment. Identifiers as Calendly writes them, bare or as resource URIs, still go.
 */
class PathTraversalTest extends CalendlyTestSupport {

    private static final String API = "https://api.calendly.com";
    /**
     * The parent segment. Written as a sum, as a literal path with several of them would be taken for a path out of
     * the repository by RepositoryStandsAloneTest, which reads string literals as paths.
     */
    private static final String UP = "." + ".";
    private static final String RESOURCE = """
            {"resource": {"uri": "https://api.calendly.com/x/1"}}""";

    /** Answers anything, so a request that should not have been sent is recorded rather than refused by WireMock. */
    @BeforeEach
    void answerEverything() {
        CALENDLY.stubFor(any(anyUrl()).willReturn(json(200, RESOURCE)));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:cancel").to("calendly:scheduledEvents?op=cancel");
            }
        };
    }

    // ---- the reported case ---------------------------------------------------------------------------------------

    @Test
    void dotDotAsTheEventToCancelIsRefusedBeforeAnyCall() {
        Exchange out = call("direct:cancel", null, Map.of("CamelCalendly.uuid", ".."));

        CalendlyValidationException error = validationError(out);
        assertThat(error.getOption()).isEqualTo("uuid");
        assertThat(error.getOperation()).isEqualTo("scheduledEvents/cancel");
        assertThat(error.getMessage()).contains("'uuid'", "scheduledEvents/cancel", "'..'");
        assertNoCallToCalendly();
    }

    // ---- identifiers that leave their collection -----------------------------------------------------------------

    @ParameterizedTest(name = "uuid=[{0}]")
    @ValueSource(strings = {".", UP, " " + UP + " ", "%2e", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%252e%252e",
            "%25252e%25252e", "a/b", UP + "/users/me", UP + "%2fusers", "%2F", "a?b", "a#b", "a\\b",
            UP + "\\" + UP, "  "})
    void identifierThatWouldLeaveItsCollectionIsRefused(String identifier) {
        Exchange out = call("calendly:eventTypes?op=get", null, Map.of("CamelCalendly.uuid", identifier));

        CalendlyValidationException error = validationError(out);
        assertThat(error.getOption()).isEqualTo("uuid");
        assertThat(error.getMessage()).contains("'uuid'", "eventTypes/get");
        assertNoCallToCalendly();
    }

    @ParameterizedTest(name = "uuid={0}")
    @ValueSource(strings = {API + "/event_types/..", API + "/event_types/%2e%2e", API + "/event_types/.",
            "/event_types/..", API + "/event_types/ET1/.."})
    void resourceUriWhoseLastSegmentIsADotSegmentIsRefused(String uri) {
        Exchange out = call("calendly:eventTypes?op=get", null, Map.of("CamelCalendly.uuid", uri));

        CalendlyValidationException error = validationError(out);
        assertThat(error.getOption()).isEqualTo("uuid");
        assertNoCallToCalendly();
    }

    @ParameterizedTest(name = "uri={0}")
    @ValueSource(strings = {API + "/scheduled_events/..", API + "/scheduled_events/%2E%2E/cancellation",
            API + "/scheduled_events/./cancellation"})
    void uriOptionWhoseIdentifierIsADotSegmentIsRefusedNamingUri(String uri) {
        Exchange out = call("calendly:scheduledEvents?op=cancel", null, Map.of("CamelCalendly.uri", uri));

        CalendlyValidationException error = validationError(out);
        assertThat(error.getOption()).isEqualTo("uri");
        assertThat(error.getMessage()).contains("'uri'", "scheduledEvents/cancel");
        assertNoCallToCalendly();
    }

    @Test
    void dotDotInANestedIdentifierOfTheUriOptionIsRefused() {
        Exchange out = call("calendly:invitees?op=get", null,
                Map.of("CamelCalendly.uri", API + "/scheduled_events/../invitees/INV1"));

        CalendlyValidationException error = validationError(out);
        assertThat(error.getOption()).isEqualTo("uri");
        assertNoCallToCalendly();
    }

    static Stream<Arguments> everyPathParameter() {
        return OperationRegistry.all().stream()
                .filter(op -> op.kind() == OperationKind.HTTP)
                .flatMap(op -> op.parameters(ParameterLocation.PATH).stream()
                        .map(p -> arguments(op.id() + " " + p.name(), op, p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPathParameter")
    void dotDotIsRefusedForEveryPathParameterOfEveryOperation(String name, Operation op, Parameter p) {
        Exchange out = call(SampleValues.endpointUri(op, SampleValues.of(op, baseUrl())), null,
                Map.of("CamelCalendly." + p.name(), ".."));

        CalendlyValidationException error = validationError(out);
        assertThat(error.getOption()).isEqualTo(p.name());
        assertThat(error.getOperation()).isEqualTo(op.id());
        assertThat(error.getMessage()).contains("'" + p.name() + "'", op.id());
        assertNoCallToCalendly();
    }

    // ---- identifiers as Calendly writes them still go ------------------------------------------------------------

    @ParameterizedTest(name = "uuid={0}")
    @ValueSource(strings = {"6ee96ed4-83a3-4966-a278-cd19b3c02e09", "GBGBDCAADAEDCRZ2", "USER_WEBHOOK001", "ET001",
            "abc123", "v1.2", "a..b"})
    void identifierShapesCalendlyUsesAreSentAsThePathSegment(String identifier) {
        Exchange out = call("calendly:eventTypes?op=get", null, Map.of("CamelCalendly.uuid", identifier));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/event_types/" + identifier)));
    }

    @Test
    void theLiteralMeStillNamesTheTokensOwnUser() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, RESOURCE)));

        Exchange out = call("calendly:users?op=get&uuid=me");

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void fullResourceUriAsTheEventToCancelStillWorks() {
        Exchange out = call("direct:cancel", null, Map.of("CamelCalendly.uuid", API + "/scheduled_events/GBGBDCAADAEDCRZ2"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/scheduled_events/GBGBDCAADAEDCRZ2/cancellation")));
    }

    // ---- the raw request's path ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "path={0}")
    @ValueSource(strings = {"/users/" + UP + "/organizations/ORG1", "/users/./me", UP, "/" + UP, "users/" + UP,
            "/users/me/" + UP, "/users/%2e%2e/organizations", "/users/%2E/me", "/users/.%2e", "/users/%252e%252e/x",
            "/users/" + UP + "%2forganizations", "/users/" + UP + "\\organizations", "/users/" + UP + "/me?lang=en"})
    void rawPathWithADotSegmentIsRefused(String path) {
        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", path));

        CalendlyValidationException error = validationError(out);
        assertThat(error.getOption()).isEqualTo("path");
        assertThat(error.getMessage()).contains("'path'", "raw/request");
        assertNoCallToCalendly();
    }

    @Test
    void rawFullUrlOnTheApiHostWithADotSegmentIsRefused() {
        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", baseUrl() + "/users/../organizations"));

        CalendlyValidationException error = validationError(out);
        assertThat(error.getOption()).isEqualTo("path");
        assertNoCallToCalendly();
    }

    @Test
    void rawPathWhoseQueryHoldsDotsStillGoes() {
        Exchange out = call("calendly:raw", null, Map.of("CamelCalendly.path", "/users/me.json?next=../x"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me.json")));
    }
}
