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

    @Test
    void oneUnknownEventIsNamedInTheSingular() {
        assertThatThrownBy(() -> WebhookRegistration.of(URL, List.of("invitee.booked"), null))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageStartingWith("Unknown webhook event invitee.booked: use Calendly's event names ");
    }

    @Test
    void severalUnknownEventsAreNamedInThePlural() {
        assertThatThrownBy(() -> WebhookRegistration.of(URL, List.of("invitee.booked", "invitee.created", "x.y"), null))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageStartingWith("Unknown webhook events invitee.booked, x.y: use Calendly's event names ");
    }

    @Test
    void registrationsOfTheSameConfigurationAreEqualWithTheSameHash() {
        WebhookRegistration one = full();
        WebhookRegistration same = WebhookRegistration.of(" " + URL + " ", List.of("invitee.created"), "user")
                .withOrganization("org").withUser("me").withGroup("grp").withSigningKey("key");

        assertThat(same).isEqualTo(one).hasSameHashCodeAs(one);
    }

    @Test
    void registrationsDifferingInAnyValueAreNotEqual() {
        WebhookRegistration one = full();

        assertThat(List.of(
                WebhookRegistration.of(URL + "/other", List.of("invitee.created"), "user").withOrganization("org")
                        .withUser("me").withGroup("grp").withSigningKey("key"),
                one.withOrganization("other-org"), one.withUser("other"), one.withGroup("other-grp"),
                one.withSigningKey("other-key"),
                WebhookRegistration.of(URL, List.of("invitee.canceled"), "user").withOrganization("org")
                        .withUser("me").withGroup("grp").withSigningKey("key"),
                WebhookRegistration.of(URL, List.of("invitee.created"), "group").withOrganization("org")
                        .withUser("me").withGroup("grp").withSigningKey("key")))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(one));
        assertThat(one).isNotEqualTo("not a registration");
    }

    private static WebhookRegistration full() {
        return WebhookRegistration.of(URL, List.of("invitee.created"), "user").withOrganization("org")
                .withUser("me").withGroup("grp").withSigningKey("key");
    }
}
