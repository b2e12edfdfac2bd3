package io.github.camelcalendly.webhook;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that are not a fresh, correctly signed Calendly delivery get the right status and a short text answer,
 * and the route never runs for them.
 */
class WebhookBadRequestTest extends WebhookTestSupport {

    private static final int MAX_BODY = 4096;
    private static final String INVITEE = "https://api.calendly.com/scheduled_events/EV1/invitees/INV1";
    private static final byte[] BODY = inviteeCreatedBody(INVITEE);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("invitee.created") + "&maxBodySize=" + MAX_BODY).to("mock:route");
            }
        };
    }

    /** One bad request: how it is sent and the status it must get. */
    record BadRequest(String method, byte[] body, Function<byte[], String> signature, int status) {
    }

    static Stream<Arguments> badRequests() {
        long now = Instant.now().getEpochSecond();
        String validV1 = signNow(BODY).substring(signNow(BODY).indexOf("v1=") + 3);
        String reserialised = "{ \"payload\": {\"event\": \"https://api.calendly.com/scheduled_events/EV1\", "
                              + "\"email\": \"ada@example.com\", \"uri\": \"" + INVITEE + "\"}, "
                              + "\"created_by\": \"https://api.calendly.com/users/OWNER\", "
                              + "\"created_at\": \"2026-03-01T10:00:00.000000Z\", \"event\": \"invitee.created\" }";
        byte[] big = ("{\"event\":\"invitee.created\",\"payload\":{\"pad\":\"" + "x".repeat(MAX_BODY) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                bad("no signature header", BODY, body -> null, 401),
                bad("signed with another key", BODY, body -> signatureHeader("another-key", now, body), 401),
                bad("body tampered after signing", tampered(BODY), body -> signNow(BODY), 401),
                bad("re-serialised JSON (same content, other order and spacing)", bytes(reserialised),
                        body -> signNow(BODY), 401),
                bad("HMAC of the body alone", BODY, body -> "t=" + now + ",v1=" + hmacHex(SIGNING_KEY,
                        new String(body, StandardCharsets.UTF_8)), 401),
                bad("signed with the timestamp of another header", BODY,
                        body -> "t=" + (now - 1) + ",v1=" + validV1, 401),
                bad("stale timestamp (10 minutes old)", BODY, body -> signatureHeader(SIGNING_KEY, now - 600, body),
                        401),
                bad("future timestamp (10 minutes ahead)", BODY,
                        body -> signatureHeader(SIGNING_KEY, now + 600, body), 401),
                bad("timestamp zero", BODY, body -> signatureHeader(SIGNING_KEY, 0, body), 401),
                bad("empty header", BODY, body -> "", 400),
                bad("t= without value", BODY, body -> "t=", 400),
                bad("v1= without value", BODY, body -> "v1=", 400),
                bad("t=abc", BODY, body -> "t=abc,v1=" + validV1, 400),
                bad("negative t", BODY, body -> "t=-5,v1=" + validV1, 400),
                bad("t missing", BODY, body -> "v1=" + validV1, 400),
                bad("v1 missing", BODY, body -> "t=" + now, 400),
                bad("v1 one digit short", BODY, body -> "t=" + now + ",v1=" + validV1.substring(1), 400),
                bad("v1 one digit too many", BODY, body -> "t=" + now + ",v1=" + validV1 + "0", 400),
                bad("v1 not hex", BODY, body -> "t=" + now + ",v1=" + "zz" + validV1.substring(2), 400),
                bad("t twice", BODY, body -> "t=" + now + ",t=" + now + ",v1=" + validV1, 400),
                bad("part without =", BODY, body -> "t=" + now + ",garbage,v1=" + validV1, 400),
                bad("trailing comma", BODY, body -> "t=" + now + ",v1=" + validV1 + ",", 400),
                bad("semicolons instead of commas", BODY, body -> "t=" + now + ";v1=" + validV1, 400),
                bad("empty body", new byte[0], body -> signNow(body), 400),
                bad("body over maxBodySize", big, body -> signNow(body), 413),
                bad("not JSON", bytes("event=invitee.created"), body -> signNow(body), 400),
                bad("a JSON array", bytes("[{\"event\":\"invitee.created\"}]"), body -> signNow(body), 400),
                bad("JSON without event", bytes("{\"payload\":{\"uri\":\"x\"}}"), body -> signNow(body), 400),
                bad("JSON without payload", bytes("{\"event\":\"invitee.created\"}"), body -> signNow(body), 400),
                bad("payload is not an object", bytes("{\"event\":\"invitee.created\",\"payload\":\"x\"}"),
                        body -> signNow(body), 400),
                bad("event is not text", bytes("{\"event\":7,\"payload\":{}}"), body -> signNow(body), 400),
                bad("JSON followed by garbage", bytes("{\"event\":\"invitee.created\",\"payload\":{}} x"),
                        body -> signNow(body), 400),
                Arguments.of("GET", new BadRequest("GET", null, body -> signNow(BODY), 405)),
                Arguments.of("PUT", new BadRequest("PUT", BODY, body -> signNow(BODY), 405)),
                Arguments.of("DELETE", new BadRequest("DELETE", null, body -> signNow(BODY), 405)),
                Arguments.of("PATCH", new BadRequest("PATCH", BODY, body -> signNow(BODY), 405)));
    }

    private static Arguments bad(String name, byte[] body, Function<byte[], String> signature, int status) {
        return Arguments.of(name, new BadRequest("POST", body, signature, status));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tampered(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).replace("ada@example.com", "eve@example.com")
                .getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedAndNeverReachesTheRoute(String name, BadRequest request) throws Exception {
        MockEndpoint route = getMockEndpoint("mock:route");
        route.expectedMessageCount(0);

        HttpResponse<String> response = send(request.method(), PATH, request.body(),
                request.signature().apply(request.body()));

        assertThat(response.statusCode()).as(name).isEqualTo(request.status());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isNotBlank().hasSizeLessThan(200).doesNotContain(SIGNING_KEY);
        assertThat(response.headers().map()).doesNotContainKey(SignatureHeader.NAME.toLowerCase());
        if (request.status() == 405) {
            assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        }
        route.assertIsSatisfied(200);
    }

    @Test
    void aCorrectlySignedDeliveryOnTheSameServerReachesTheRoute() throws Exception {
        MockEndpoint route = getMockEndpoint("mock:route");
        route.expectedMessageCount(1);

        HttpResponse<String> response = post(PATH, BODY, signNow(BODY));

        assertThat(response.statusCode()).isEqualTo(200);
        route.assertIsSatisfied();
    }

    @Test
    void upperCaseHexIsTheSameSignatureAndIsAccepted() throws Exception {
        MockEndpoint route = getMockEndpoint("mock:route");
        route.expectedMessageCount(1);
        String header = signNow(BODY);
        String upper = header.substring(0, header.indexOf("v1=") + 3)
                       + header.substring(header.indexOf("v1=") + 3).toUpperCase();

        assertThat(post(PATH, BODY, upper).statusCode()).isEqualTo(200);
        route.assertIsSatisfied();
    }

    @Test
    void aHeaderWithAnOldAndACurrentSignatureIsAcceptedWhenAnyMatches() throws Exception {
        MockEndpoint route = getMockEndpoint("mock:route");
        route.expectedMessageCount(1);
        long now = Instant.now().getEpochSecond();
        String current = hmacHex(SIGNING_KEY, now + "." + new String(BODY, StandardCharsets.UTF_8));
        String old = hmacHex("rotated-out-key", now + "." + new String(BODY, StandardCharsets.UTF_8));

        assertThat(post(PATH, BODY, "t=" + now + ", v1=" + old + ", v1=" + current).statusCode()).isEqualTo(200);
        route.assertIsSatisfied();
    }

    @Test
    void aSignedEventTheRouteDoesNotListenForIsAcknowledgedWithoutRunningTheRoute() throws Exception {
        MockEndpoint route = getMockEndpoint("mock:route");
        route.expectedMessageCount(0);
        byte[] canceled = new String(BODY, StandardCharsets.UTF_8).replace("invitee.created", "invitee.canceled")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(PATH, canceled, signNow(canceled));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Not an event this route listens for");
        route.assertIsSatisfied(200);
    }

    @Test
    void aDeliveryWithAFutureV2PartBesideItsV1ReachesTheRoute() throws Exception {
        MockEndpoint route = getMockEndpoint("mock:route");
        route.expectedMessageCount(1);

        assertThat(post(PATH, BODY, signNow(BODY) + ",v2=" + "ab".repeat(40)).statusCode()).isEqualTo(200);
        route.assertIsSatisfied();
    }
}
