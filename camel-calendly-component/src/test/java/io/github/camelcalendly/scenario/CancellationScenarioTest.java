package io.github.camelcalendly.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyForbiddenException;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

class CancellationScenarioTest extends SandboxScenarioSupport {

    private Map<String, Object> bookIntroCall(int slotIndex, String email) {
        String eventType = sandbox.seeded().eventType(SeededOrganization.INTRO_CALL);
        String slot = (String) availableTimes(eventType).get(slotIndex).get("start_time");
        return bookThroughRoute(eventType, slot, "Invitee " + slotIndex, email);
    }

    @Test
    void aHostCancellationCancelsTheEventAndItsInvitee() {
        Map<String, Object> invitee = bookIntroCall(0, "cancel.me@example.com");
        String event = (String) invitee.get("event");

        Exchange canceled = call("calendly:scheduledEvents?op=cancel&confirmDestructive=true&uri=" + event
                + "&reason=Host is ill", null);

        assertThat(canceled.getException()).isNull();
        assertThat(canceled.getMessage().getBody(Map.class)).containsEntry("reason", "Host is ill")
                .containsEntry("canceler_type", "host");
        Map<?, ?> after = call("calendly:scheduledEvents?op=get&uri=" + event, null).getMessage()
                .getBody(Map.class);
        assertThat(after.get("status")).isEqualTo("canceled");
        Map<?, ?> inviteeAfter = call("calendly:invitees?op=get&uri=" + invitee.get("uri"), null).getMessage()
                .getBody(Map.class);
        assertThat(inviteeAfter.get("status")).isEqualTo("canceled");
    }

    @Test
    void cancelingAnAlreadyCanceledEventIsForbidden() {
        Map<String, Object> invitee = bookIntroCall(2, "twice@example.com");
        String uri = "calendly:scheduledEvents?op=cancel&confirmDestructive=true&uri=" + invitee.get("event");
        call(uri, null);

        Exchange again = call(uri, null);

        assertThat(again.getException()).isInstanceOf(CalendlyForbiddenException.class);
    }

    @Test
    void theCanceledEventIsListedUnderStatusCanceledOnly() {
        Map<String, Object> invitee = bookIntroCall(4, "status.filter@example.com");
        call("calendly:scheduledEvents?op=cancel&confirmDestructive=true&uri=" + invitee.get("event"), null);

        Exchange active = call(
                "calendly:scheduledEvents?op=list&inviteeEmail=status.filter@example.com&status=active", null);
        Exchange canceled = call(
                "calendly:scheduledEvents?op=list&inviteeEmail=status.filter@example.com&status=canceled", null);

        assertThat(active.getMessage().getBody(java.util.List.class)).isEmpty();
        assertThat(canceled.getMessage().getBody(java.util.List.class)).hasSize(1);
    }
}
