package io.github.camelcalendly.webhook;

import java.nio.charset.StandardCharsets;

import io.github.camelcalendly.CalendlyConstants;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a delivery's envelope becomes the route's message: which scheduled event it names, which headers it sets. */
class WebhookEventTest {

    private static WebhookEvent event(String payload) throws WebhookRejection {
        return WebhookEvent.parse(("{\"event\":\"invitee.created\",\"payload\":" + payload + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Message populated(WebhookEvent event) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Message message = new DefaultMessage(context);
            message.setHeader("Calendly-Webhook-Signature", "t=1,v1=secret");
            EventMessages.populate(message, event);
            return message;
        }
    }

    @Test
    void theScheduledEventObjectsUriIsTheScheduledEvent() throws Exception {
        WebhookEvent event = event("{\"scheduled_event\":{\"uri\":\"https://api.calendly.com/scheduled_events/A\"},"
                + "\"event\":\"https://api.calendly.com/scheduled_events/B\"}");

        assertThat(populated(event).getHeader(CalendlyConstants.SCHEDULED_EVENT_URI))
                .isEqualTo("https://api.calendly.com/scheduled_events/A");
    }

    @Test
    void aScheduledEventObjectWithoutUriFallsBackToThePayloadsEventUri() throws Exception {
        WebhookEvent event = event("{\"scheduled_event\":{\"name\":\"Intro\"},"
                + "\"event\":\"https://api.calendly.com/scheduled_events/B\"}");

        assertThat(populated(event).getHeader(CalendlyConstants.SCHEDULED_EVENT_URI))
                .isEqualTo("https://api.calendly.com/scheduled_events/B");
    }

    @Test
    void aPlainHttpEventUriOfAFakeCalendlyIsTheScheduledEvent() throws Exception {
        WebhookEvent event = event("{\"event\":\"http://localhost:8080/scheduled_events/C\"}");

        assertThat(populated(event).getHeader(CalendlyConstants.SCHEDULED_EVENT_URI))
                .isEqualTo("http://localhost:8080/scheduled_events/C");
    }

    @Test
    void aPayloadEventThatIsNoUriSetsNoScheduledEventHeader() throws Exception {
        Message message = populated(event("{\"event\":\"Intro call\"}"));

        assertThat(message.getHeaders()).doesNotContainKey(CalendlyConstants.SCHEDULED_EVENT_URI);
    }

    @Test
    void theRoutesMessageCarriesTheEnvelopeAndNoneOfTheRequestsHeaders() throws Exception {
        WebhookEvent event = WebhookEvent.parse(("{\"event\":\"invitee.canceled\",\"created_at\":\"2026-03-01T10:00:00Z\","
                + "\"created_by\":\"https://api.calendly.com/users/U\",\"payload\":{\"uri\":\"https://i\"}}")
                .getBytes(StandardCharsets.UTF_8));

        Message message = populated(event);

        assertThat(message.getHeaders()).containsOnlyKeys(CalendlyConstants.EVENT, CalendlyConstants.EVENT_CREATED_AT,
                CalendlyConstants.EVENT_CREATED_BY, CalendlyConstants.RESOURCE_URI);
        assertThat(message.getHeader(CalendlyConstants.EVENT_CREATED_BY)).isEqualTo("https://api.calendly.com/users/U");
        assertThat(message.getBody()).isEqualTo(java.util.Map.of("uri", "https://i"));
    }

    @Test
    void anEnvelopeWithoutCreationFieldsSetsOnlyTheEventHeader() throws Exception {
        Message message = populated(event("{\"email\":\"ada@example.com\"}"));

        assertThat(message.getHeaders()).containsOnlyKeys(CalendlyConstants.EVENT);
    }

    @Test
    void aNullCreatedAtIsAbsentNotTheTextNull() throws Exception {
        WebhookEvent event = WebhookEvent.parse("{\"event\":\"invitee.created\",\"created_at\":null,\"payload\":{}}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(event.createdAt()).isNull();
    }

    @Test
    void aBlankEventNameIsABadRequest() {
        assertThatThrownBy(() -> WebhookEvent.parse("{\"event\":\" \",\"payload\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.reason()).isEqualTo("The body has no event name (event)");
                });
    }

    @Test
    void theTextOfAnEventNamesItWithoutThePayload() throws Exception {
        assertThat(event("{\"uri\":\"https://i\",\"email\":\"ada@example.com\"}").toString())
                .isEqualTo("WebhookEvent[invitee.created, createdAt=null, uri=https://i]");
    }

    private static String rejectionOf(String body) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> WebhookEvent.parse(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(thrown).isInstanceOf(WebhookRejection.class);
        assertThat(((WebhookRejection) thrown).status()).isEqualTo(400);
        return ((WebhookRejection) thrown).reason();
    }

    @Test
    void anEmptyOrBlankBodyIsNotAJsonObject() {
        assertThat(rejectionOf("")).isEqualTo("The body is not a JSON object");
        assertThat(rejectionOf(" \r\n\t")).isEqualTo("The body is not a JSON object");
    }

    @Test
    void aJsonValueOtherThanAnObjectIsNotAJsonObject() {
        assertThat(rejectionOf("null")).isEqualTo("The body is not a JSON object");
        assertThat(rejectionOf("[{}]")).isEqualTo("The body is not a JSON object");
    }

    @Test
    void aKeyTwiceInTheEnvelopeIsNotValidJson() {
        assertThat(rejectionOf("{\"event\":\"invitee.created\",\"event\":\"invitee.canceled\",\"payload\":{}}"))
                .isEqualTo("The body is not valid JSON");
    }

    @Test
    void aKeyTwiceInThePayloadIsNotValidJson() {
        assertThat(rejectionOf("{\"event\":\"invitee.created\",\"payload\":{\"uri\":\"a\",\"uri\":\"b\"}}"))
                .isEqualTo("The body is not valid JSON");
    }

    @Test
    void textAfterTheEnvelopeIsNotValidJson() {
        assertThat(rejectionOf("{\"event\":\"invitee.created\",\"payload\":{}} {}")).isEqualTo("The body is not valid JSON");
    }

    @Test
    void aPayloadThatIsNoObjectIsABadRequest() {
        assertThat(rejectionOf("{\"event\":\"invitee.created\",\"payload\":[]}"))
                .isEqualTo("The body has no payload object (payload)");
        assertThat(rejectionOf("{\"event\":\"invitee.created\",\"payload\":null}"))
                .isEqualTo("The body has no payload object (payload)");
    }

    @Test
    void creationFieldsThatAreValuesAreTheirTextAndObjectsAreAbsent() throws Exception {
        WebhookEvent event = WebhookEvent.parse(("{\"event\":\"invitee.created\",\"created_at\":1700000000,"
                + "\"created_by\":{\"uri\":\"u\"},\"payload\":{}}").getBytes(StandardCharsets.UTF_8));

        assertThat(event.createdAt()).isEqualTo("1700000000");
        assertThat(event.createdBy()).isNull();
    }

    @Test
    void thePayloadKeepsItsOrderAndNestedValues() throws Exception {
        WebhookEvent event = event("{\"z\":1,\"a\":{\"k\":[true,null,2.5]},\"m\":\"x\"}");

        assertThat(event.payload()).isInstanceOf(java.util.LinkedHashMap.class);
        assertThat(event.payload().keySet()).containsExactly("z", "a", "m");
        assertThat(event.payload().get("a")).isEqualTo(java.util.Map.of("k", java.util.Arrays.asList(true, null, 2.5)));
    }
}
