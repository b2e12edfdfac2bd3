package io.github.camelcalendly;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message body of a write is the request body, in Calendly's field names; options are merged over it.
 */
class BodyMergingTest extends CalendlyTestSupport {

    private static final String UPDATE = "calendly:eventTypes?op=update&uuid=ET1";
    private static final String UPDATE_PATH = "/event_types/ET1";
    private static final String UPDATED = """
            {"resource": {"uri": "https://api.calendly.com/event_types/ET1", "name": "Updated"}}""";

    /** An application's own type, named the way Calendly names the fields. */
    record EventTypeChange(
            String name, @JsonProperty("duration_options") List<Integer> durationOptions, String description) {
    }

    private static void stubUpdate() {
        CALENDLY.stubFor(patch(urlPathEqualTo(UPDATE_PATH)).willReturn(json(200, UPDATED)));
    }

    private static void verifyUpdateBody(String json) {
        CALENDLY.verify(1, patchRequestedFor(urlPathEqualTo(UPDATE_PATH))
                .withHeader("Content-Type", matching("application/json(; ?charset=UTF-8)?"))
                .withRequestBody(equalToJson(json)));
    }

    @Test
    void mapBodyIsSentAsTheJsonBody() {
        stubUpdate();

        Exchange out = call(UPDATE, Map.of("name", "Intro call", "duration", 45), Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("name", "Updated");
        verifyUpdateBody("{\"name\": \"Intro call\", \"duration\": 45}");
    }

    @Test
    void jsonStringBodyIsSentAsTheJsonBody() {
        stubUpdate();

        Exchange out = call(UPDATE, """
                {"name": "Intro call", "duration_options": [15, 30]}""", Map.of());

        assertThat(out.getException()).isNull();
        verifyUpdateBody("{\"name\": \"Intro call\", \"duration_options\": [15, 30]}");
    }

    @Test
    void jsonNodeBodyIsSentAsTheJsonBodyAndLeftUnchanged() {
        stubUpdate();
        ObjectNode node = new ObjectMapper().createObjectNode().put("name", "Intro call").put("active", false);

        Exchange out = call(UPDATE + "&description=Short", node, Map.of());

        assertThat(out.getException()).isNull();
        verifyUpdateBody("{\"name\": \"Intro call\", \"active\": false, \"description\": \"Short\"}");
        assertThat(node.has("description")).as("the route's own JsonNode is not modified").isFalse();
    }

    @Test
    void pojoBodyIsWrittenWithItsJacksonNames() {
        stubUpdate();

        Exchange out = call(UPDATE, new EventTypeChange("Intro call", List.of(15, 30), "Meet the team"), Map.of());

        assertThat(out.getException()).isNull();
        verifyUpdateBody("""
                {"name": "Intro call", "duration_options": [15, 30], "description": "Meet the team"}""");
    }

    @Test
    void byteArrayBodyIsReadAsUtf8Json() {
        stubUpdate();

        Exchange out = call(UPDATE, "{\"name\": \"Café crème\"}".getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(out.getException()).isNull();
        verifyUpdateBody("{\"name\": \"Café crème\"}");
    }

    @Test
    void inputStreamBodyIsRead() {
        stubUpdate();
        byte[] json = "{\"name\": \"Café crème\", \"duration\": 20}".getBytes(StandardCharsets.UTF_8);

        Exchange out = call(UPDATE, new ByteArrayInputStream(json), Map.of());

        assertThat(out.getException()).isNull();
        verifyUpdateBody("{\"name\": \"Café crème\", \"duration\": 20}");
    }

    @Test
    void uriOptionWinsOverTheSameBodyFieldAndOtherFieldsAreKept() {
        stubUpdate();

        Exchange out = call(UPDATE + "&name=From%20the%20URI&duration=60", Map.of(
                "name", "From the body", "description", "Kept", "color", "#00ff00", "not_an_option", "kept too"),
                Map.of());

        assertThat(out.getException()).isNull();
        verifyUpdateBody("""
                {"name": "From the URI", "duration": 60, "description": "Kept", "color": "#00ff00",
                 "not_an_option": "kept too"}""");
    }

    @Test
    void headerOptionWinsOverTheUriOptionAndTheBodyField() {
        stubUpdate();

        Exchange out = call(UPDATE + "&name=From%20the%20URI", Map.of("name", "From the body", "duration", 30),
                Map.of("CamelCalendly.name", "From the header"));

        assertThat(out.getException()).isNull();
        verifyUpdateBody("{\"name\": \"From the header\", \"duration\": 30}");
    }

    @Test
    void requiredOptionsCanAllComeFromTheBody() {
        CALENDLY.stubFor(post(urlPathEqualTo("/invitees")).willReturn(json(201, """
                {"resource": {"uri": "https://api.calendly.com/scheduled_events/EV1/invitees/INV1"}}""")));
        String body = """
                {"event_type": "https://api.calendly.com/event_types/ET1",
                 "start_time": "2026-05-01T09:00:00Z",
                 "invitee": {"email": "ada@example.com", "name": "Ada", "timezone": "Europe/London"},
                 "location": {"kind": "zoom_conference"}}""";

        Exchange out = call("calendly:invitees?op=create", body, Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class))
                .containsEntry("uri", "https://api.calendly.com/scheduled_events/EV1/invitees/INV1");
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/invitees")).withRequestBody(equalToJson(body)));
    }

    @Test
    void getOperationIgnoresTheMessageBody() {
        CALENDLY.stubFor(get(urlPathEqualTo(UPDATE_PATH)).willReturn(json(200, UPDATED)));

        Exchange out = call("calendly:eventTypes?op=get&uuid=ET1", "this is { not JSON", Map.of());

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("name", "Updated");
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(UPDATE_PATH)));
        assertThat(CALENDLY.getAllServeEvents()).singleElement()
                .satisfies(e -> assertThat(e.getRequest().getBodyAsString()).isEmpty());
    }

    @Test
    void invalidJsonTextBodyIsRejectedWithoutACall() {
        Exchange out = call(UPDATE, "{\"name\": \"Intro call\"", Map.of());

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("eventTypes/update")
                .hasMessageContaining("not valid JSON");
        assertThat(((CalendlyValidationException) out.getException()).getOperation()).isEqualTo("eventTypes/update");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    @Test
    void jsonArrayBodyIsRejectedWithoutACall() {
        Exchange out = call("calendly:contacts?op=create", "[{\"name\": \"Ada\"}]", Map.of());

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("contacts/create")
                .hasMessageContaining("must be a JSON object")
                .hasMessageContaining("array");
        assertThat(((CalendlyValidationException) out.getException()).getOperation()).isEqualTo("contacts/create");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }
}
