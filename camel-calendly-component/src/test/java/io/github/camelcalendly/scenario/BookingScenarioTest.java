package io.github.camelcalendly.scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

class BookingScenarioTest extends SandboxScenarioSupport {

    @Test
    void aRouteBooksAnOfferedSlotAndTheEventThenAppearsInTheList() {
        String eventType = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        String slot = (String) availableTimes(eventType).get(0).get("start_time");

        Map<String, Object> invitee = bookThroughRoute(eventType, slot, "Ida Rhodes", "ida.rhodes@example.com");

        assertThat(invitee).containsEntry("email", "ida.rhodes@example.com").containsEntry("status", "active");
        Exchange listed = call("calendly:scheduledEvents?op=list&inviteeEmail=ida.rhodes@example.com", null);
        List<?> events = listed.getMessage().getBody(List.class);
        assertThat(events).hasSize(1);
        assertThat(((Map<?, ?>) events.get(0)).get("uri")).isEqualTo(invitee.get("event"));
        assertThat(((Map<?, ?>) events.get(0)).get("start_time")).isEqualTo(slot);
    }

    @Test
    void aBookedSlotIsNoLongerOffered() {
        String eventType = sandbox.seeded().eventType(SeededOrganization.PRODUCT_DEMO);
        String slot = (String) availableTimes(eventType).get(0).get("start_time");

        bookThroughRoute(eventType, slot, "Caroline Herschel", "caroline@example.com");

        assertThat(availableTimes(eventType)).extracting(time -> time.get("start_time")).doesNotContain(slot);
    }

    @Test
    void bookingATakenSlotFailsWithTheParameterNamed() {
        String eventType = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        String slot = (String) availableTimes(eventType).get(1).get("start_time");
        bookThroughRoute(eventType, slot, "Emmy Noether", "emmy@example.com");

        Exchange second = call("calendly:invitees?op=create", Map.of(
                "event_type", eventType, "start_time", slot,
                "invitee", Map.of("name", "Sophie Germain", "email", "sophie@example.com", "timezone", "UTC")));

        CalendlyApiException error = second.getException(CalendlyApiException.class);
        assertThat(error).isNotNull();
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getDetails()).extracting(CalendlyApiException.Detail::parameter).contains("start_time");
    }

    @Test
    void aLongListIsFollowedThroughTheSandboxsPagesToTheEnd() {
        String eventType = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        List<Map<String, Object>> slots = availableTimes(eventType);
        for (int i = 0; i < 5; i++) {
            bookThroughRoute(eventType, (String) slots.get(5 + i).get("start_time"), "Guest " + i,
                    "paged.guest@example.com");
        }
        sandbox.wireMock().resetRequests();

        Exchange listed = call(
                "calendly:scheduledEvents?op=list&inviteeEmail=paged.guest@example.com&count=2&sort=start_time:asc",
                null);

        assertThat(listed.getMessage().getBody(List.class)).hasSize(5);
        assertThat(listed.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(5);
        sandbox.wireMock().verify(3, getRequestedFor(urlPathEqualTo("/scheduled_events")));
    }
}
