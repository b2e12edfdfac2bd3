package io.github.camelcalendly.operation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Subscribing to a webhook event needs the read scope of what the event is about, besides webhooks:write.
 */
class WebhookEventScopesTest {

    @Test
    void eachEventFamilyNeedsTheReadScopeOfItsResource() {
        assertThat(OptionCatalog.webhookEventReadScope("invitee.created")).isEqualTo("scheduled_events:read");
        assertThat(OptionCatalog.webhookEventReadScope("invitee_no_show.deleted")).isEqualTo("scheduled_events:read");
        assertThat(OptionCatalog.webhookEventReadScope("event_type.updated")).isEqualTo("event_types:read");
        assertThat(OptionCatalog.webhookEventReadScope("routing_form_submission.created"))
                .isEqualTo("routing_forms:read");
        assertThat(OptionCatalog.webhookEventReadScope("meeting_recap.created")).isEqualTo("meeting_recaps:read");
        assertThat(OptionCatalog.webhookEventReadScope("contact.deleted")).isEqualTo("contacts:read");
    }

    @Test
    void everyEventCalendlyDeliversHasAReadScope() {
        assertThat(OptionCatalog.WEBHOOK_EVENTS).allSatisfy(
                event -> assertThat(OptionCatalog.webhookEventReadScope(event)).endsWith(":read"));
    }

    @Test
    void anEventCalendlyDoesNotDeliverIsRefusedNamingIt() {
        assertThatThrownBy(() -> OptionCatalog.webhookEventReadScope("invitee.rescheduled"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invitee.rescheduled")
                .hasMessageContaining("invitee.created");
    }
}
