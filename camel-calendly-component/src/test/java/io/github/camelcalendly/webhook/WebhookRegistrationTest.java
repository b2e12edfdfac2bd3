package io.github.camelcalendly.webhook;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shape checks of a registration, and that it never prints its signing key.
 */
class WebhookRegistrationTest {

    private static final String URL = "https://hooks.example.com/calendly/webhook";

    @Test
    void toStringHidesTheSigningKey() {
        WebhookRegistration wanted = WebhookRegistration.of(URL, List.of("invitee.created"), "organization")
                .withSigningKey("very-secret-signing-key");

        assertThat(wanted.toString()).doesNotContain("very-secret-signing-key").contains("signingKey=***")
                .contains(URL);
        assertThat(wanted.signingKey()).isEqualTo("very-secret-signing-key");
    }

    @Test
    void unknownEventsAreNamedWithTheValidOnes() {
        assertThatThrownBy(() -> WebhookRegistration.of(URL, List.of("invitee.created", "invitee.booked"), null))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("invitee.booked")
                .hasMessageContaining("routing_form_submission.created");
    }

    @Test
    void repeatedEventsAreDroppedAndTheScopeDefaultsToOrganization() {
        WebhookRegistration wanted = WebhookRegistration.of(URL,
                List.of("invitee.created", "invitee.canceled", "invitee.created"), null);

        assertThat(wanted.events()).containsExactly("invitee.created", "invitee.canceled");
        assertThat(wanted.scope()).isEqualTo("organization");
    }

    @Test
    void aMissingUrlAsksForWebhookExternalUrl() {
        assertThatThrownBy(() -> WebhookRegistration.of(" ", List.of("invitee.created"), "user"))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("webhookExternalUrl");
    }
}
