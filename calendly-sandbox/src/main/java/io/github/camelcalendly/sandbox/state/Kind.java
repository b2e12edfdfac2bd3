package io.github.camelcalendly.sandbox.state;

/**
 * The kinds of resource the sandbox keeps, each with the collection path its URIs live under.
 */
public enum Kind {
    USER("users"),
    ORGANIZATION("organizations"),
    MEMBERSHIP("organization_memberships"),
    /** URIs are {@code /organizations/{org}/invitations/{uuid}}; built by hand. */
    INVITATION("invitations"),
    EVENT_TYPE("event_types"),
    AVAILABILITY_SCHEDULE("user_availability_schedules"),
    SCHEDULED_EVENT("scheduled_events"),
    /** URIs are {@code /scheduled_events/{event}/invitees/{uuid}}; built by hand. */
    INVITEE("invitees"),
    NO_SHOW("invitee_no_shows"),
    WEBHOOK_SUBSCRIPTION("webhook_subscriptions"),
    SCHEDULING_LINK("scheduling_links"),
    SHARE("shares");

    private final String collectionPath;

    Kind(String collectionPath) {
        this.collectionPath = collectionPath;
    }

    public String collectionPath() {
        return collectionPath;
    }
}
