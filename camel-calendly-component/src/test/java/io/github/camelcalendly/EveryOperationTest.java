package io.github.camelcalendly;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcalendly.SampleValues.Sample;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.operation.ParameterLocation;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder.newRequestPattern;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every operation of the registry once with a value for every parameter, and checks what Calendly received and
 * what the route got back.
 */
class EveryOperationTest extends CalendlyTestSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> httpOperations() {
        return OperationRegistry.all().stream()
                .filter(op -> op.kind() == OperationKind.HTTP)
                .map(op -> Arguments.of(Named.of(op.id(), op)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("httpOperations")
    void sendsEveryParameterTheWayCalendlyTakesItAndReturnsTheResult(Operation op) throws Exception {
        Map<Parameter, Sample> samples = SampleValues.of(op, baseUrl());
        String expectedPath = expectedPath(op, samples);
        Response response = Response.of(op);
        CALENDLY.stubFor(request(op.method(), urlPathEqualTo(expectedPath)).willReturn(response.stub()));

        Exchange out = call(SampleValues.endpointUri(op, samples));

        List<ServeEvent> served = CALENDLY.getAllServeEvents();
        assertThat(served).as("%s: requests Calendly received (user/organization are given: no /users/me)", op.id())
                .hasSize(1);
        LoggedRequest received = served.get(0).getRequest();
        assertThat(received.getMethod().value()).as("%s: method", op.id()).isEqualTo(op.method());
        assertThat(URI.create(received.getUrl()).getRawPath()).as("%s: path", op.id()).isEqualTo(expectedPath);
        assertThat(queryOf(received)).as("%s: query parameters", op.id()).isEqualTo(expectedQuery(samples));
        assertThat(("Bearer " + TOKEN).equals(received.getHeader("Authorization")))
                .as("%s: Authorization header is Bearer and the component's token", op.id()).isTrue();
        if (op.hasRequestBody()) {
            assertThat(received.getHeader("Content-Type")).as("%s: Content-Type", op.id())
                    .startsWith("application/json");
            CALENDLY.verify(newRequestPattern(RequestMethod.fromString(op.method()), urlPathEqualTo(expectedPath))
                    .withRequestBody(equalToJson(expectedBody(samples).toString())));
        } else {
            assertThat(received.getBodyAsString()).as("%s: request body", op.id()).isEmpty();
        }

        assertThat(out.getException()).as("%s: exception of the exchange", op.id()).isNull();
        assertThat(out.getMessage().getBody()).as("%s: body the route got", op.id()).isEqualTo(response.routeBody());
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).as("%s: HTTP status header", op.id())
                .isEqualTo(response.status());
        if (response.routeBody() instanceof List<?> items) {
            assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).as("%s: result count", op.id())
                    .isEqualTo(items.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("httpOperations")
    void refusesAnOkAnswerWithoutBodySinceOnly204MeansNoBody(Operation op) throws Exception {
        Map<Parameter, Sample> samples = SampleValues.of(op, baseUrl());
        CALENDLY.stubFor(request(op.method(), urlPathEqualTo(expectedPath(op, samples))).willReturn(json(200, "")));

        Exchange out = call(SampleValues.endpointUri(op, samples));

        assertThat(out.getException()).as("%s: exception of the exchange", op.id())
                .isInstanceOf(CalendlyApiException.class)
                .hasMessageContaining("Calendly " + op.id() + " (" + op.method() + " ")
                .hasMessageContaining("answered HTTP 200 with an empty body");
        assertThat(out.getMessage().getBody()).as("%s: body the route got", op.id()).isNull();
        assertThat(CALENDLY.getAllServeEvents()).as("%s: requests Calendly received", op.id()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("httpOperations")
    void refusesAnAnswerOfAnotherShapeThanItPromises(Operation op) throws Exception {
        Map<Parameter, Sample> samples = SampleValues.of(op, baseUrl());
        Response wrong = Response.otherThanPromised(op);
        CALENDLY.stubFor(request(op.method(), urlPathEqualTo(expectedPath(op, samples))).willReturn(wrong.stub()));

        Exchange out = call(SampleValues.endpointUri(op, samples));

        assertThat(out.getException()).as("%s: exception of the exchange", op.id())
                .isInstanceOf(CalendlyApiException.class)
                .hasMessageContaining("Calendly " + op.id() + " (")
                .hasMessageContaining("answered HTTP " + wrong.status())
                .hasMessageContaining((String) wrong.routeBody());
        assertThat(CALENDLY.getAllServeEvents()).as("%s: requests Calendly received", op.id()).hasSize(1);
    }

    @Test
    void prefillUrlEncodesEveryOptionIntoTheLinkWithoutCallingCalendly() {
        String uri = "calendly:schedulingLinks?op=prefillUrl&url=RAW(https://calendly.com/acme/intro-call)"
                     + "&name=RAW(Jane Q. Doe)&firstName=Jane&lastName=Doe&email=RAW(jane+tag@example.com)"
                     + "&a1=RAW(Yes & no = maybe)&a2=RAW(answer 2)&a3=RAW(answer 3)&a4=RAW(answer 4)"
                     + "&a5=RAW(answer 5)&a6=RAW(answer 6)&a7=RAW(answer 7)&a8=RAW(answer 8)&a9=RAW(answer 9)"
                     + "&a10=RAW(50% off?)&utmSource=newsletter&utmMedium=email&utmCampaign=RAW(spring sale)"
                     + "&utmContent=RAW(banner/top)&utmTerm=RAW(a#b)&month=2026-05&date=2026-05-14"
                     + "&hideEventTypeDetails=true&hideGdprBanner=true";

        Exchange out = call(uri);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo(
                "https://calendly.com/acme/intro-call?name=Jane%20Q.%20Doe&first_name=Jane&last_name=Doe"
                + "&email=jane%2Btag%40example.com&a1=Yes%20%26%20no%20%3D%20maybe&a2=answer%202&a3=answer%203"
                + "&a4=answer%204&a5=answer%205&a6=answer%206&a7=answer%207&a8=answer%208&a9=answer%209"
                + "&a10=50%25%20off%3F&utm_source=newsletter&utm_medium=email&utm_campaign=spring%20sale"
                + "&utm_content=banner%2Ftop&utm_term=a%23b&month=2026-05&date=2026-05-14"
                + "&hide_event_type_details=1&hide_gdpr_banner=1");
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isNull();
        assertThat(CALENDLY.getAllServeEvents()).as("requests Calendly received").isEmpty();
    }

    @Test
    void rawRequestSendsMethodPathQueryAndBodyAndReturnsTheParsedAnswer() {
        CALENDLY.stubFor(post(urlPathEqualTo("/some/path")).willReturn(json(200, """
                {"resource": {"uri": "https://api.calendly.com/things/T1"}, "ok": true}""")));

        Exchange out = call("calendly:raw?method=POST&path=/some/path&query.x=1",
                Map.of("name", "Ada", "tags", List.of("a", "b")), Map.of());

        List<ServeEvent> served = CALENDLY.getAllServeEvents();
        assertThat(served).hasSize(1);
        assertThat(queryOf(served.get(0).getRequest())).isEqualTo(Map.of("x", List.of("1")));
        CALENDLY.verify(postRequestedFor(urlPathEqualTo("/some/path"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("{\"name\": \"Ada\", \"tags\": [\"a\", \"b\"]}")));
        assertThat(("Bearer " + TOKEN).equals(served.get(0).getRequest().getHeader("Authorization")))
                .as("Authorization header is Bearer and the component's token").isTrue();

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isEqualTo(
                Map.of("resource", Map.of("uri", "https://api.calendly.com/things/T1"), "ok", true));
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(200);
    }

    private static String expectedPath(Operation op, Map<Parameter, Sample> samples) {
        String path = op.pathTemplate();
        for (Parameter p : op.parameters(ParameterLocation.PATH)) {
            path = path.replace("{" + p.name() + "}", samples.get(p).wire().asText());
        }
        return path;
    }

    /** Query parameters by Calendly's name; a list goes as one comma-separated value. */
    private static Map<String, List<String>> expectedQuery(Map<Parameter, Sample> samples) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        samples.forEach((p, sample) -> {
            if (p.location() == ParameterLocation.QUERY) {
                JsonNode wire = sample.wire();
                List<String> items = new ArrayList<>();
                wire.forEach(item -> items.add(item.asText()));
                query.put(p.apiName(), List.of(wire.isArray() ? String.join(",", items) : wire.asText()));
            }
        });
        return query;
    }

    private static ObjectNode expectedBody(Map<Parameter, Sample> samples) {
        ObjectNode body = MAPPER.createObjectNode();
        samples.forEach((p, sample) -> {
            if (p.location() == ParameterLocation.BODY) {
                body.set(p.apiName(), sample.wire());
            }
        });
        return body;
    }

    private static Map<String, List<String>> queryOf(LoggedRequest received) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (QueryParameter parameter : received.getQueryParams().values()) {
            query.put(parameter.key(), parameter.values());
        }
        return query;
    }

    /**
     * Calendly's answer for an operation, as its answer shape promises, and what the route must get from it: 204
     * without a body for deletes, a {@code collection} page for lists, a plain object for the few operations that
     * answer one, a {@code resource} otherwise (201 for POST).
     */
    private record Response(int status, String body, Object routeBody) {

        static Response of(Operation op) throws Exception {
            int status = "POST".equals(op.method()) ? 201 : 200;
            switch (op.answer()) {
                case NO_CONTENT -> {
                    return new Response(204, null, null);
                }
                case COLLECTION -> {
                    List<Map<String, Object>> items = List.of(
                            Map.of("uri", baseUrl() + "/items/1", "name", op.id() + " #1"),
                            Map.of("uri", baseUrl() + "/items/2", "name", op.id() + " #2"));
                    String page = """
                            {"collection": %s, "pagination": {"count": 2, "next_page_token": null}}"""
                            .formatted(MAPPER.writeValueAsString(items));
                    return new Response(200, page, items);
                }
                case OBJECT -> {
                    Map<String, Object> object = Map.of("message", op.id() + " done");
                    return new Response(status, MAPPER.writeValueAsString(object), object);
                }
                case RESOURCE -> {
                    Map<String, Object> resource = Map.of("uri", baseUrl() + "/items/1", "name", op.id());
                    return new Response(status, MAPPER.writeValueAsString(Map.of("resource", resource)), resource);
                }
                default -> throw new IllegalArgumentException(op.id() + " answers " + op.answer());
            }
        }

        /**
         * A valid JSON answer that is not what the operation promises, and (as route body) what the failure names:
         * a resource where a collection is promised, a collection where a resource is, an array where an object or
         * no content is.
         */
        static Response otherThanPromised(Operation op) {
            return switch (op.answer()) {
                case COLLECTION -> new Response(200, "{\"resource\": {\"uri\": \"u\"}}",
                        "without the \"collection\" array");
                case RESOURCE -> new Response(200, "{\"collection\": [{\"uri\": \"u\"}]}",
                        "without the \"resource\" object");
                default -> new Response(200, "[{\"uri\": \"u\"}]", "not a JSON object");
            };
        }

        com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stub() {
            return body == null ? aResponse().withStatus(status) : json(status, body);
        }
    }
}
