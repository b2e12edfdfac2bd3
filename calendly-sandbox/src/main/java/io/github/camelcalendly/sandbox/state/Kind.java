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
    SHARE("shares"),
    TEAM("teams"),
    GROUP("groups"),
    GROUP_RELATIONSHIP("group_relationships"),
    ROUTING_FORM("routing_forms"),
    ROUTING_FORM_SUBMISSION("routing_form_submissions"),
    ACTIVITY_LOG_ENTRY("activity_log_entries"),
    OUTGOING_COMMUNICATION("outgoing_communications"),
    CONTACT("contacts"),
    CONTACT_CUSTOM_FIELD_DEFINITION("contacts/custom_field_definitions"),
    CONTACT_LIST("contact_lists"),
    NOTE("notes"),
    MEETING_RECAP("meeting_recaps");

    private final String collectionPath;

    Kind(String collectionPath) {
        this.collectionPath = collectionPath;
    }

    public String collectionPath() {
        return collectionPath;
    }
}
