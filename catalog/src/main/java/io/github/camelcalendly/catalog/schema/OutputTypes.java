package io.github.camelcalendly.catalog.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelcalendly.operation.OptionCatalog;

/**
 * The one place that says which schema file describes what an operation gives the route, and which describes the
 * payload of each webhook event. Files are named by their path below {@value SchemaFiles#ROOT}: {@code objects/}
 * holds Calendly's objects, {@code component/} what the component builds itself. Operations answered with 204
 * (no body) or with anything (raw requests), and the webhook trigger, have no entry: their schemas follow from their
 * answer shape.
 */
final class OutputTypes {

    private static final String OBJECTS = "objects/";
    private static final String COMPONENT = "component/";

    /** By operation id ({@code resource/op}): the file of the resource, list item or object the route gets. */
    private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

    /** By webhook event name: the file of the payload the trigger's route gets. */
    private static final Map<String, String> EVENT_PAYLOADS = new LinkedHashMap<>();

    static {
        object("User", "users/me", "users/get");
        object("Organization", "organizations/get");
        object("OrganizationMembership", "organizationMemberships/list", "organizationMemberships/get");
        object("OrganizationInvitation", "organizationInvitations/list", "organizationInvitations/create",
                "organizationInvitations/get");
        object("Team", "teams/list", "teams/get");
        object("Group", "groups/list", "groups/get");
        object("GroupRelationship", "groupRelationships/list", "groupRelationships/get");
        object("EventType", "eventTypes/list", "eventTypes/get", "eventTypes/create", "eventTypes/update",
                "oneOffEventTypes/create");
        object("EventTypeMembership", "eventTypeMemberships/list");
        object("EventTypeAvailableTime", "eventTypeAvailableTimes/list");
        object("EventTypeAvailabilitySchedule", "eventTypeAvailabilitySchedules/list");
        object("EventTypeAvailabilityUpdate", "eventTypeAvailabilitySchedules/update");
        object("AvailabilitySchedule", "userAvailabilitySchedules/list", "userAvailabilitySchedules/get");
        object("UserBusyTime", "userBusyTimes/list");
        object("MeetingLocation", "locations/list");
        object("ScheduledEvent", "scheduledEvents/list", "scheduledEvents/get");
        object("Cancellation", "scheduledEvents/cancel");
        object("Invitee", "invitees/list", "invitees/get", "invitees/create");
        object("InviteeNoShow", "inviteeNoShows/create", "inviteeNoShows/get");
        object("SchedulingLink", "schedulingLinks/create");
        component("PrefillUrl", "schedulingLinks/prefillUrl");
        object("Share", "shares/create");
        object("RoutingForm", "routingForms/list", "routingForms/get");
        object("RoutingFormSubmission", "routingFormSubmissions/list", "routingFormSubmissions/get");
        object("WebhookSubscription", "webhookSubscriptions/create", "webhookSubscriptions/list",
                "webhookSubscriptions/get");
        object("WebhookEvent", "sampleWebhookData/get");
        object("DeletionAccepted", "dataCompliance/deleteInvitees", "dataCompliance/deleteEvents");
        object("ActivityLogEntry", "activityLogEntries/list");
        object("OutgoingCommunication", "outgoingCommunications/list");
        object("Contact", "contacts/list", "contacts/create", "contacts/get", "contacts/update");
        object("ContactCustomFieldDefinition", "contactCustomFieldDefinitions/list",
                "contactCustomFieldDefinitions/get", "contactCustomFieldDefinitions/create");
        object("ContactList", "contactLists/list", "contactLists/create", "contactLists/get", "contactLists/update");
        object("ContactListMembershipResult", "contactLists/addContacts", "contactLists/removeContacts");
        object("Note", "notes/list", "notes/create", "notes/get");
        object("MeetingRecap", "meetingRecaps/list", "meetingRecaps/get", "meetingRecaps/update");
        object("Transcript", "meetingRecaps/transcript");
        component("AuthorizationUrl", "oauth/authorizeUrl");
        component("OAuthConnection", "oauth/exchangeCode", "oauth/refresh");
        component("OAuthRevocation", "oauth/revoke");
        object("TokenIntrospection", "oauth/introspect");

        payload("InviteePayload", "invitee.created", "invitee.canceled", "invitee_no_show.created",
                "invitee_no_show.deleted");
        payload("EventType", "event_type.created", "event_type.updated", "event_type.deleted");
        payload("RoutingFormSubmission", "routing_form_submission.created");
        payload("MeetingRecapCreatedPayload", "meeting_recap.created");
        payload("MeetingRecapUpdatedPayload", "meeting_recap.updated");
        payload("MeetingRecapDeletedPayload", "meeting_recap.deleted");
        payload("ContactPayload", "contact.created", "contact.updated");
        payload("ContactDeletedPayload", "contact.deleted");
        if (!EVENT_PAYLOADS.keySet().containsAll(OptionCatalog.WEBHOOK_EVENTS)
                || EVENT_PAYLOADS.size() != OptionCatalog.WEBHOOK_EVENTS.size()) {
            throw new IllegalStateException("The payload files " + EVENT_PAYLOADS.keySet()
                    + " do not cover exactly the webhook events " + OptionCatalog.WEBHOOK_EVENTS);
        }
    }

    private OutputTypes() {
    }

    /** The schema file of what operation {@code operationId} gives the route, if it has one. */
    static Optional<String> ofOperation(String operationId) {
        return Optional.ofNullable(OPERATIONS.get(operationId));
    }

    /** The operation ids that have a schema file, in table order. */
    static List<String> operationIds() {
        return List.copyOf(OPERATIONS.keySet());
    }

    /** The schema file of the payload of {@code event}, if it is a Calendly webhook event. */
    static Optional<String> ofEvent(String event) {
        return Optional.ofNullable(EVENT_PAYLOADS.get(event));
    }

    /** The payload files with the events that carry each, in the order of the webhook events. */
    static Map<String, List<String>> eventsByPayload() {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String event : OptionCatalog.WEBHOOK_EVENTS) {
            byFile.computeIfAbsent(EVENT_PAYLOADS.get(event), file -> new ArrayList<>()).add(event);
        }
        byFile.replaceAll((file, events) -> List.copyOf(events));
        return byFile;
    }

    private static void object(String name, String... operationIds) {
        put(OBJECTS + name + ".json", operationIds);
    }

    private static void component(String name, String... operationIds) {
        put(COMPONENT + name + ".json", operationIds);
    }

    private static void put(String file, String... operationIds) {
        for (String id : operationIds) {
            if (OPERATIONS.putIfAbsent(id, file) != null) {
                throw new IllegalStateException("Operation " + id + " is given two output schema files");
            }
        }
    }

    private static void payload(String name, String... events) {
        for (String event : events) {
            if (EVENT_PAYLOADS.putIfAbsent(event, OBJECTS + name + ".json") != null) {
                throw new IllegalStateException("Webhook event " + event + " is given two payload schema files");
            }
        }
    }
}
