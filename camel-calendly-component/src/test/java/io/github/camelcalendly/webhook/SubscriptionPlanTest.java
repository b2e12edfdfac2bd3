package io.github.camelcalendly.webhook;

import java.util.List;
import java.util.function.Supplier;

import io.github.camelcalendly.operation.ConnectionIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the wanted events are split into the subscriptions Calendly needs. Pure planning: the connection's identity is
 * a fixed value, and the tests that must not consult it give a supplier that fails when asked.
 */
class SubscriptionPlanTest {

    private static final String URL = "https://hooks.example.com/calendly/webhook";
    private static final String ORG = "https://api.calendly.com/organizations/ORG1";
    private static final String ME = "https://api.calendly.com/users/ME";
    private static final Supplier<ConnectionIdentity> IDENTITY = () -> new ConnectionIdentity(ME, ORG);
    private static final Supplier<ConnectionIdentity> NO_LOOKUP = () -> {
        throw new AssertionError("the connection's identity must not be looked up");
    };

    private static SubscriptionPlan.Subscription only(SubscriptionPlan plan) {
        assertThat(plan.subscriptions()).hasSize(1);
        return plan.subscriptions().get(0);
    }

    @Test
    void ordinaryEventsGoInOneSubscriptionOfTheConfiguredScopeAndTheConnectionsOrganization() {
        SubscriptionPlan plan = SubscriptionPlan.of(WebhookRegistration.of(URL,
                List.of("invitee.created", "invitee.canceled", "event_type.updated"), "organization"), IDENTITY);

        assertThat(only(plan)).isEqualTo(new SubscriptionPlan.Subscription("organization", ORG, null, null,
                List.of("invitee.created", "invitee.canceled", "event_type.updated")));
    }

    @Test
    void aConfiguredOrganizationNeedsNoLookupOfTheConnection() {
        String other = "https://api.calendly.com/organizations/OTHER";
        SubscriptionPlan plan = SubscriptionPlan.of(WebhookRegistration.of(URL, List.of("invitee.created"), null)
                .withOrganization(other), NO_LOOKUP);

        assertThat(only(plan).organization()).isEqualTo(other);
        assertThat(only(plan).scope()).isEqualTo("organization");
    }

    @Test
    void userScopeDefaultsToTheConnectionsUser() {
        SubscriptionPlan plan = SubscriptionPlan.of(
                WebhookRegistration.of(URL, List.of("invitee.created"), "user"), IDENTITY);

        assertThat(only(plan)).isEqualTo(
                new SubscriptionPlan.Subscription("user", ORG, ME, null, List.of("invitee.created")));
    }

    @Test
    void userScopeUsesTheConfiguredUser() {
        String colleague = "https://api.calendly.com/users/COLLEAGUE";
        SubscriptionPlan plan = SubscriptionPlan.of(WebhookRegistration.of(URL, List.of("invitee.created"), "user")
                .withUser(colleague).withOrganization(ORG), NO_LOOKUP);

        assertThat(only(plan).user()).isEqualTo(colleague);
    }

    @Test
    void routingFormSubmissionsStayInAnOrganizationScopedSubscription() {
        SubscriptionPlan plan = SubscriptionPlan.of(WebhookRegistration.of(URL,
                List.of("routing_form_submission.created", "invitee.created"), "organization"), IDENTITY);

        assertThat(only(plan).events()).containsExactly("routing_form_submission.created", "invitee.created");
    }

    @Test
    void routingFormSubmissionsOfAUserScopedTriggerGetTheirOwnOrganizationSubscription() {
        SubscriptionPlan plan = SubscriptionPlan.of(WebhookRegistration.of(URL,
                List.of("routing_form_submission.created", "invitee.created"), "user"), IDENTITY);

        assertThat(plan.subscriptions()).containsExactly(
                new SubscriptionPlan.Subscription("user", ORG, ME, null, List.of("invitee.created")),
                new SubscriptionPlan.Subscription("organization", ORG, null, null,
                        List.of("routing_form_submission.created")));
    }

    @Test
    void meetingRecapsOfAnOrganizationScopedTriggerGetAUserSubscriptionForTheConnectionsUser() {
        SubscriptionPlan plan = SubscriptionPlan.of(WebhookRegistration.of(URL,
                List.of("invitee.created", "meeting_recap.created", "meeting_recap.deleted"), "organization"),
                IDENTITY);

        assertThat(plan.subscriptions()).containsExactly(
                new SubscriptionPlan.Subscription("organization", ORG, null, null, List.of("invitee.created")),
                new SubscriptionPlan.Subscription("user", ORG, ME, null,
                        List.of("meeting_recap.created", "meeting_recap.deleted")));
    }

    @Test
    void onlyMeetingRecapsOnOrganizationScopeMakeOnlyTheUserSubscription() {
        SubscriptionPlan plan = SubscriptionPlan.of(
                WebhookRegistration.of(URL, List.of("meeting_recap.updated"), "organization"), IDENTITY);

        assertThat(only(plan)).isEqualTo(
                new SubscriptionPlan.Subscription("user", ORG, ME, null, List.of("meeting_recap.updated")));
    }

    @Test
    void groupScopeKeepsItsGroupAndSendsRoutingFormsToTheOrganization() {
        String group = "https://api.calendly.com/groups/G1";
        SubscriptionPlan plan = SubscriptionPlan.of(WebhookRegistration.of(URL,
                List.of("invitee.created", "routing_form_submission.created"), "group").withGroup(group), IDENTITY);

        assertThat(plan.subscriptions()).containsExactly(
                new SubscriptionPlan.Subscription("group", ORG, null, group, List.of("invitee.created")),
                new SubscriptionPlan.Subscription("organization", ORG, null, null,
                        List.of("routing_form_submission.created")));
    }

    @Test
    void meetingRecapsCannotBeHadForAGroupAndTheFailureNamesThemAndTheScopeTheyNeed() {
        WebhookRegistration wanted = WebhookRegistration.of(URL,
                List.of("invitee.created", "meeting_recap.created", "meeting_recap.updated"), "group")
                .withGroup("https://api.calendly.com/groups/G1");

        assertThatThrownBy(() -> SubscriptionPlan.of(wanted, NO_LOOKUP))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("meeting_recap.created, meeting_recap.updated")
                .hasMessageContaining("scope user")
                .hasMessageContaining("scope group");
    }

    @Test
    void groupScopeWithoutAGroupIsRefusedBeforeAnyLookup() {
        assertThatThrownBy(() -> SubscriptionPlan.of(
                WebhookRegistration.of(URL, List.of("invitee.created"), "group"), NO_LOOKUP))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("group option");
    }

    @Test
    void oneMeetingRecapEventOfAGroupTriggerIsCalledThisEvent() {
        WebhookRegistration wanted = WebhookRegistration.of(URL, List.of("invitee.created", "meeting_recap.created"),
                "group").withGroup("https://api.calendly.com/groups/G1");

        assertThatThrownBy(() -> SubscriptionPlan.of(wanted, NO_LOOKUP))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageStartingWith("Calendly delivers meeting_recap.created only to subscriptions with scope"
                        + " user, and this trigger has scope group. Move this event to a calendly:webhook route");
    }

    @Test
    void severalMeetingRecapEventsOfAGroupTriggerAreCalledTheseEvents() {
        WebhookRegistration wanted = WebhookRegistration.of(URL, List.of("meeting_recap.created",
                "meeting_recap.deleted"), "group").withGroup("https://api.calendly.com/groups/G1");

        assertThatThrownBy(() -> SubscriptionPlan.of(wanted, NO_LOOKUP))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining(". Move these events to a calendly:webhook route");
    }
}
