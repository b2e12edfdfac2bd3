package io.github.camelcalendly.catalog.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.fixtures.CalendlyFixtures;
import org.junit.jupiter.api.Test;

import static io.github.camelcalendly.catalog.schema.SchemaValidation.JSON;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.failingLocations;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.metaSchemaProblems;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output schemas reject what Calendly never sends, starting from valid answers changed in one place: a missing
 * required field, a wrong type, a value outside an enum, a malformed date-time, URI or email, null where Calendly
 * never sends null, and a webhook payload of another event. They accept what Calendly adds over time.
 */
class SchemaStrictnessTest {

    private final JsonNode userSchema = OutputSchemas.of(FixtureOutputsTest.operation("users/me"));
    private final JsonNode eventSchema = OutputSchemas.of(FixtureOutputsTest.operation("scheduledEvents/get"));
    private final JsonNode eventListSchema = OutputSchemas.of(FixtureOutputsTest.operation("scheduledEvents/list"));
    private final JsonNode eventTypeSchema = OutputSchemas.of(FixtureOutputsTest.operation("eventTypes/get"));
    private final JsonNode inviteeSchema = OutputSchemas.of(FixtureOutputsTest.operation("invitees/get"));

    @Test
    void theUnchangedAnswersAreValid() {
        assertThat(problems(userSchema, user())).isEmpty();
        assertThat(problems(eventSchema, event())).isEmpty();
        assertThat(problems(eventTypeSchema, eventType())).isEmpty();
        assertThat(problems(inviteeSchema, invitee())).isEmpty();
    }

    @Test
    void aResourceWithoutItsUriFails() {
        ObjectNode user = user();
        user.remove("uri");

        assertThat(problems(userSchema, user)).singleElement().asString().contains("uri");
    }

    @Test
    void aNumberSentAsTextFails() {
        ObjectNode eventType = eventType();
        eventType.put("duration", "30");

        assertThat(failingLocations(eventTypeSchema, eventType)).containsExactly("/duration");
    }

    @Test
    void aStatusOutsideCalendlysValuesFails() {
        ObjectNode event = event();
        event.put("status", "cancelled");

        assertThat(failingLocations(eventSchema, event)).containsExactly("/status");
    }

    @Test
    void aMalformedDateTimeFails() {
        ObjectNode event = event();
        event.put("start_time", "2026-05-01 09:00");

        assertThat(failingLocations(eventSchema, event)).containsExactly("/start_time");
    }

    @Test
    void aMalformedUriOrEmailFails() {
        ObjectNode invitee = invitee();
        invitee.put("cancel_url", "cancel here");
        invitee.put("email", "mary at example.com");

        assertThat(failingLocations(inviteeSchema, invitee)).containsExactlyInAnyOrder("/cancel_url", "/email");
    }

    @Test
    void nullPassesOnlyWhereCalendlySendsNull() {
        ObjectNode invitee = invitee();
        invitee.putNull("new_invitee");
        invitee.putNull("timezone");
        assertThat(problems(inviteeSchema, invitee)).isEmpty();

        invitee.putNull("event");
        assertThat(failingLocations(inviteeSchema, invitee)).containsExactly("/event");
    }

    @Test
    void anItemOfAListIsCheckedLikeAResource() {
        ArrayNode events = JSON.createArrayNode().add(event()).add(event().put("status", "deleted"));

        assertThat(failingLocations(eventListSchema, events)).containsExactly("/1/status");
    }

    @Test
    void fieldsCalendlyAddsLaterAreAccepted() {
        ObjectNode event = event();
        event.put("meeting_room", "Lovelace");
        event.putObject("future_details").put("anything", true);

        assertThat(problems(eventSchema, event)).isEmpty();
    }

    @Test
    void aWebhookEventCarryingAnotherEventsPayloadFails() throws JsonProcessingException {
        JsonNode envelopeSchema = OutputSchemas.of(FixtureOutputsTest.operation("sampleWebhookData/get"));
        ObjectNode delivery = (ObjectNode) JSON.readTree(CalendlyFixtures.read("webhook-examples/invitee.created.json"));
        assertThat(problems(envelopeSchema, delivery)).isEmpty();

        delivery.put("event", "contact.deleted");

        assertThat(failingLocations(envelopeSchema, delivery)).contains("/payload");
    }

    @Test
    void theMetaSchemaCheckRejectsABrokenSchema() throws JsonProcessingException {
        assertThat(metaSchemaProblems(JSON.readTree("{\"type\": \"text\", \"required\": \"uri\"}"))).isNotEmpty();
    }

    private static ObjectNode user() {
        return resource("koshilife/user_001.json");
    }

    private static ObjectNode event() {
        return resource("koshilife/scheduled_event_001.json");
    }

    private static ObjectNode eventType() {
        return resource("koshilife/event_type_001_user.json");
    }

    private static ObjectNode invitee() {
        return resource("koshilife/scheduled_event_invitee_301.json");
    }

    private static ObjectNode resource(String fixture) {
        try {
            return (ObjectNode) JSON.readTree(CalendlyFixtures.read(fixture)).get("resource");
        } catch (JsonProcessingException e) {
            throw new AssertionError(fixture + " is not JSON", e);
        }
    }
}
