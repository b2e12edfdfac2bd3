package io.github.camelcalendly.operation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.github.camelcalendly.operation.ParameterType.JSON_ARRAY;
import static io.github.camelcalendly.operation.ParameterType.STRING;
import static io.github.camelcalendly.operation.ParameterType.STRING_LIST;
import static io.github.camelcalendly.operation.ParameterType.URI;

/**
 * The rows of the operations registry: every Calendly action with its method, path, scope and options, in the
 * order of Calendly's reference. Data only; {@link OperationRegistry} looks them up.
 */
final class OperationTable {

    private static final String[] WEBHOOK_EVENTS = OptionCatalog.WEBHOOK_EVENTS.toArray(String[]::new);

    private OperationTable() {
    }

    static List<OperationBuilder> rows() {
        List<OperationBuilder> rows = new ArrayList<>();
        // users and organizations
        rows.add(get("users", "me", "/users/me", "users:read", "Get current user"));
        rows.add(get("users", "get", "/users/{uuid}", "users:read", "Get user").path("uuid*"));
        rows.add(get("organizations", "get", "/organizations/{uuid}", "organizations:read", "Get organization")
                .path("uuid*"));
        rows.add(get("organizationMemberships", "list", "/organization_memberships", "organizations:read",
                "List organization memberships")
                .query("organization", "user", "email", "role", "count", "pageToken").paginated()
                .defaultFromConnectionUnless("organization", "user"));
        rows.add(get("organizationMemberships", "get", "/organization_memberships/{uuid}", "organizations:read",
                "Get organization membership").path("uuid*"));
        rows.add(op("organizationMemberships", "delete", "DELETE", "/organization_memberships/{uuid}",
                "organizations:write", "Remove user from organization").path("uuid*").destructive());
        rows.add(get("organizationInvitations", "list", "/organizations/{organization}/invitations", "organizations:read",
                "List organization invitations")
                .path("organization*").query("email", "status", "sort", "count", "pageToken").paginated()
                .enums("status", "pending", "accepted", "declined"));
        rows.add(op("organizationInvitations", "create", "POST", "/organizations/{organization}/invitations",
                "organizations:write", "Invite user to organization").path("organization*").body("email*"));
        rows.add(get("organizationInvitations", "get", "/organizations/{organization}/invitations/{uuid}",
                "organizations:read", "Get organization invitation").path("organization*", "uuid*"));
        rows.add(op("organizationInvitations", "revoke", "DELETE", "/organizations/{organization}/invitations/{uuid}",
                "organizations:write", "Revoke organization invitation").path("organization*", "uuid*"));
        rows.add(get("teams", "list", "/teams", "organizations:read", "List teams")
                .query("user", "count", "pageToken").paginated());
        rows.add(get("teams", "get", "/teams/{uuid}", "organizations:read", "Get team").path("uuid*"));
        rows.add(get("groups", "list", "/groups", "groups:read", "List groups")
                .query("organization*", "count", "pageToken").paginated());
        rows.add(get("groups", "get", "/groups/{uuid}", "groups:read", "Get group").path("uuid*"));
        rows.add(get("groupRelationships", "list", "/group_relationships", "groups:read", "List group relationships")
                .query("organization", "owner", "group", "count", "pageToken").paginated()
                .as("owner", URI, null)
                .defaultFromConnectionUnless("organization", "owner", "group"));
        rows.add(get("groupRelationships", "get", "/group_relationships/{uuid}", "groups:read", "Get group relationship")
                .path("uuid*"));

        // event types and availability
        rows.add(get("eventTypes", "list", "/event_types", "event_types:read", "List event types")
                .query("organization", "user", "active", "adminManaged", "userAvailabilitySchedule", "sort", "count",
                        "pageToken")
                .paginated().defaultFromConnectionUnless("user", "organization"));
        rows.add(get("eventTypes", "get", "/event_types/{uuid}", "event_types:read", "Get event type").path("uuid*"));
        rows.add(op("eventTypes", "create", "POST", "/event_types", "event_types:write", "Create event type")
                .body("owner*", "name*", "active", "description", "duration", "durationOptions", "locations", "color",
                        "locale")
                .as("owner", STRING, "users"));
        rows.add(op("eventTypes", "update", "PATCH", "/event_types/{uuid}", "event_types:write", "Update event type")
                .path("uuid*")
                .body("active", "name", "description", "duration", "durationOptions", "color", "locale", "locations"));
        rows.add(op("oneOffEventTypes", "create", "POST", "/one_off_event_types", "event_types:write",
                "Create one-off event type")
                .body("name*", "host*", "coHosts", "duration*", "timezone", "dateSetting*", "location"));
        rows.add(get("eventTypeMemberships", "list", "/event_type_memberships", "event_types:read",
                "List event type hosts").query("eventType*", "count", "pageToken").paginated());
        rows.add(get("eventTypeAvailableTimes", "list", "/event_type_available_times", "availability:read",
                "List event type available times").query("eventType*", "startTime*", "endTime*"));
        rows.add(get("eventTypeAvailabilitySchedules", "list", "/event_type_availability_schedules", "availability:read",
                "List event type availability schedules").query("eventType*"));
        rows.add(op("eventTypeAvailabilitySchedules", "update", "PATCH", "/event_type_availability_schedules",
                "availability:write", "Update event type availability schedules")
                .query("eventType*").body("availabilityRule*", "availabilitySetting")
                // Calendly confirms with {"message": "Availability schedules updated successfully."}
                .answers(AnswerShape.OBJECT));
        rows.add(get("userAvailabilitySchedules", "list", "/user_availability_schedules", "availability:read",
                "List user availability schedules").query("user*"));
        rows.add(get("userAvailabilitySchedules", "get", "/user_availability_schedules/{uuid}", "availability:read",
                "Get user availability schedule").path("uuid*"));
        rows.add(get("userBusyTimes", "list", "/user_busy_times", "availability:read", "List user busy times")
                .query("user*", "startTime*", "endTime*"));
        rows.add(get("locations", "list", "/locations", "locations:read", "List user meeting locations").query("user*"));

        // scheduled events, invitees, no-shows
        rows.add(get("scheduledEvents", "list", "/scheduled_events", "scheduled_events:read", "List events")
                .query("user", "organization", "group", "inviteeEmail", "status", "minStartTime", "maxStartTime",
                        "sort", "count", "pageToken")
                .paginated().enums("status", "active", "canceled")
                .defaultFromConnectionUnless("user", "organization", "group"));
        rows.add(get("scheduledEvents", "get", "/scheduled_events/{uuid}", "scheduled_events:read", "Get event")
                .path("uuid*"));
        rows.add(op("scheduledEvents", "cancel", "POST", "/scheduled_events/{uuid}/cancellation", "scheduled_events:write",
                "Cancel event").path("uuid*").body("reason"));
        rows.add(get("invitees", "list", "/scheduled_events/{event}/invitees", "scheduled_events:read",
                "List event invitees")
                .path("event*").query("status", "email", "sort", "count", "pageToken").paginated()
                .enums("status", "active", "canceled"));
        rows.add(get("invitees", "get", "/scheduled_events/{event}/invitees/{uuid}", "scheduled_events:read",
                "Get event invitee").path("event*", "uuid*"));
        rows.add(op("invitees", "create", "POST", "/invitees", "scheduled_events:write",
                "Create event invitee (Scheduling API)")
                .body("eventType*", "startTime*", "invitee*", "location", "questionsAndAnswers", "tracking",
                        "eventGuests")
                .plan(PlanRequirement.PAID)
                // Calendly's limits of the Scheduling API on paid plans below Enterprise
                .budget(RateBudget.of(new RateBudget.Window(10, Duration.ofMinutes(1)),
                        new RateBudget.Window(50, Duration.ofHours(1)), new RateBudget.Window(100, Duration.ofDays(1)))));
        rows.add(op("inviteeNoShows", "create", "POST", "/invitee_no_shows", "scheduled_events:write",
                "Create invitee no-show").body("invitee*").as("invitee", URI, null));
        rows.add(get("inviteeNoShows", "get", "/invitee_no_shows/{uuid}", "scheduled_events:read", "Get invitee no-show")
                .path("uuid*"));
        rows.add(op("inviteeNoShows", "delete", "DELETE", "/invitee_no_shows/{uuid}", "scheduled_events:write",
                "Delete invitee no-show").path("uuid*"));

        // scheduling links and shares
        rows.add(op("schedulingLinks", "create", "POST", "/scheduling_links", "scheduling_links:write",
                "Create single-use scheduling link")
                .body("maxEventCount*", "owner*", "ownerType*").as("owner", STRING, "event_types"));
        rows.add(op("schedulingLinks", "prefillUrl", "-", "(no HTTP call)", "-",
                "Build a prefilled booking link from a scheduling or booking URL: invitee name and email, answers"
                + " to custom questions (a1..a10), UTM tracking, month/date to open on; values URL-encoded")
                .body("url*", "name", "firstName", "lastName", "email", "a1", "a2", "a3", "a4", "a5", "a6", "a7",
                        "a8", "a9", "a10", "utmSource", "utmMedium", "utmCampaign", "utmContent", "utmTerm", "month",
                        "date", "hideEventTypeDetails", "hideGdprBanner")
                .kind(OperationKind.PREFILL_URL));
        rows.add(op("shares", "create", "POST", "/shares", "shares:write", "Create share (customize once and share)")
                .body("eventType*", "name", "duration", "durationOptions", "periodType", "startDate", "endDate",
                        "maxBookingTime", "hideLocation", "locationConfigurations", "availabilityRule"));

        // routing forms
        rows.add(get("routingForms", "list", "/routing_forms", "routing_forms:read", "List routing forms")
                .query("organization*", "sort", "count", "pageToken").paginated());
        rows.add(get("routingForms", "get", "/routing_forms/{uuid}", "routing_forms:read", "Get routing form")
                .path("uuid*"));
        rows.add(get("routingFormSubmissions", "list", "/routing_form_submissions", "routing_forms:read",
                "List routing form submissions").query("form*", "sort", "count", "pageToken").paginated());
        rows.add(get("routingFormSubmissions", "get", "/routing_form_submissions/{uuid}", "routing_forms:read",
                "Get routing form submission").path("uuid*"));

        // webhooks
        rows.add(op("webhookSubscriptions", "create", "POST", "/webhook_subscriptions", "webhooks:write",
                "Create webhook subscription")
                .body("url*", "events*", "organization*", "scope*", "user", "group", "signingKey")
                .defaultFromConnectionWhen("user", "scope", "user")
                .plan(PlanRequirement.PAID));
        rows.add(get("webhookSubscriptions", "list", "/webhook_subscriptions", "webhooks:read",
                "List webhook subscriptions")
                .query("organization*", "scope*", "user", "group", "sort", "count", "pageToken").paginated()
                .defaultFromConnectionWhen("user", "scope", "user")
                .plan(PlanRequirement.PAID));
        rows.add(get("webhookSubscriptions", "get", "/webhook_subscriptions/{uuid}", "webhooks:read",
                "Get webhook subscription").path("uuid*")
                .plan(PlanRequirement.PAID));
        rows.add(op("webhookSubscriptions", "delete", "DELETE", "/webhook_subscriptions/{uuid}", "webhooks:write",
                "Delete webhook subscription").path("uuid*")
                .plan(PlanRequirement.PAID));
        rows.add(op("webhook", "consumer", "-", "(the route's own HTTP path)", "webhooks:write",
                "Trigger: registers a webhook subscription for webhookExternalUrl, verifies each signed delivery and"
                + " starts one exchange per event")
                .body("events*", "scope", "organization", "user", "group", "signingKey*")
                .kind(OperationKind.WEBHOOK_TRIGGER)
                .plan(PlanRequirement.PAID));
        rows.add(get("sampleWebhookData", "get", "/sample_webhook_data", "webhooks:read", "Get sample webhook data")
                .query("event*", "organization*", "scope*", "user", "group")
                .as("event", STRING, null).enums("event", WEBHOOK_EVENTS)
                .defaultFromConnectionWhen("user", "scope", "user")
                // one webhook envelope {"event", "created_at", "payload", ...}, not wrapped in a resource
                .answers(AnswerShape.OBJECT));

        // data compliance: Calendly accepts a deletion with 202 and the empty object {}
        rows.add(op("dataCompliance", "deleteInvitees", "POST", "/data_compliance/deletion/invitees",
                "data_compliance:write", "Delete invitee data").body("emails*").destructive()
                .answers(AnswerShape.OBJECT)
                .plan(PlanRequirement.ENTERPRISE));
        rows.add(op("dataCompliance", "deleteEvents", "POST", "/data_compliance/deletion/events", "data_compliance:write",
                "Delete scheduled event data").body("startTime*", "endTime*").destructive()
                .answers(AnswerShape.OBJECT)
                .plan(PlanRequirement.ENTERPRISE));

        // enterprise logs
        rows.add(get("activityLogEntries", "list", "/activity_log_entries", "activity_log:read",
                "List activity log entries")
                .query("organization*", "searchTerm", "actor", "namespace", "action", "sort", "minOccurredAt",
                        "maxOccurredAt", "count", "pageToken")
                .paginated().maxPageSize(1000).as("sort", STRING_LIST, null)
                .plan(PlanRequirement.ENTERPRISE));
        rows.add(get("outgoingCommunications", "list", "/outgoing_communications", "outgoing_communications:read",
                "List outgoing communications")
                .query("organization*", "minCreatedAt", "maxCreatedAt", "count", "pageToken").paginated()
                .plan(PlanRequirement.ENTERPRISE));

        // contacts
        rows.add(get("contacts", "list", "/contacts", "contacts:read", "List contacts")
                .query("email", "phoneNumber", "name", "company", "jobTitle", "country", "state", "city", "timezone",
                        "contactList", "sort", "exclude", "count", "pageToken")
                .paginated());
        rows.add(op("contacts", "create", "POST", "/contacts", "contacts:write", "Create contact")
                .body("name*", "emails*", "phoneNumbers", "timezone", "jobTitle", "company", "country", "state", "city",
                        "linkedin", "customFields")
                .as("emails", JSON_ARRAY, null));
        rows.add(get("contacts", "get", "/contacts/{uuid}", "contacts:read", "Get contact").path("uuid*").query("exclude"));
        rows.add(op("contacts", "update", "PATCH", "/contacts/{uuid}", "contacts:write", "Update contact")
                .path("uuid*")
                .body("name", "emails", "phoneNumbers", "timezone", "jobTitle", "company", "country", "state", "city",
                        "linkedin", "customFields")
                .as("emails", JSON_ARRAY, null));
        rows.add(op("contacts", "delete", "DELETE", "/contacts/{uuid}", "contacts:write", "Delete contact")
                .path("uuid*").destructive());
        rows.add(get("contactCustomFieldDefinitions", "list", "/contacts/custom_field_definitions", "contacts:read",
                "List contact custom field definitions"));
        rows.add(get("contactCustomFieldDefinitions", "get", "/contacts/custom_field_definitions/{uuid}", "contacts:read",
                "Get contact custom field definition").path("uuid*"));
        rows.add(op("contactCustomFieldDefinitions", "create", "POST", "/contacts/custom_field_definitions",
                "contacts:write", "Create contact custom field definition")
                .body("label*", "fieldType*", "options", "currency"));
        rows.add(get("contactLists", "list", "/contact_lists", "contacts:read", "List contact lists (Lists and Views)")
                .query("type"));
        rows.add(op("contactLists", "create", "POST", "/contact_lists", "contacts:write", "Create contact list")
                .body("name*", "contacts"));
        rows.add(get("contactLists", "get", "/contact_lists/{uuid}", "contacts:read", "Get contact list").path("uuid*"));
        rows.add(op("contactLists", "update", "PATCH", "/contact_lists/{uuid}", "contacts:write", "Rename contact list")
                .path("uuid*").body("name*"));
        // Calendly reports how many contacts were (not) processed and which; its reference does not pin the
        // layout to a resource, so any JSON object is taken (its resource when it has one)
        rows.add(op("contactLists", "addContacts", "POST", "/contact_lists/{uuid}/memberships", "contacts:write",
                "Add contacts to static list").path("uuid*").body("contacts*").idempotent()
                .answers(AnswerShape.OBJECT));
        rows.add(op("contactLists", "removeContacts", "POST", "/contact_lists/{uuid}/memberships/removal",
                "contacts:write", "Remove contacts from static list").path("uuid*").body("contacts*").idempotent()
                .answers(AnswerShape.OBJECT));
        rows.add(get("notes", "list", "/notes", "contacts:read", "List notes")
                .query("contact*", "count", "pageToken").paginated().as("contact", STRING_LIST, "contacts"));
        rows.add(op("notes", "create", "POST", "/notes", "contacts:write", "Create note")
                .body("contact*", "title", "body", "remindAt"));
        rows.add(get("notes", "get", "/notes/{uuid}", "contacts:read", "Get note").path("uuid*"));

        // meeting recaps
        rows.add(get("meetingRecaps", "list", "/meeting_recaps", "meeting_recaps:read", "List meeting recaps")
                .query("event", "attendee", "startTime", "endTime", "status", "count", "pageToken").paginated()
                .enums("status", "available", "processing", "unavailable")
                .plan(PlanRequirement.PAID));
        rows.add(get("meetingRecaps", "get", "/meeting_recaps/{uuid}", "meeting_recaps:read", "Get meeting recap")
                .path("uuid*")
                .plan(PlanRequirement.PAID));
        rows.add(op("meetingRecaps", "update", "PATCH", "/meeting_recaps/{uuid}", "meeting_recaps:write",
                "Update meeting recap").path("uuid*").body("summaryMd", "actionItemsMd", "discussionMd")
                .plan(PlanRequirement.PAID));
        rows.add(op("meetingRecaps", "delete", "DELETE", "/meeting_recaps/{uuid}", "meeting_recaps:write",
                "Delete meeting recap").path("uuid*")
                .plan(PlanRequirement.PAID));
        rows.add(get("meetingRecaps", "transcript", "/meeting_recaps/{uuid}/transcript", "meeting_recaps:read",
                "Get meeting recap transcript").path("uuid*")
                .plan(PlanRequirement.PAID));

        // OAuth: on the authorization server (authBaseUrl), with the connection's client credentials
        rows.add(op("oauth", "authorizeUrl", "-", OperationRegistry.AUTH_HOST + "/oauth/authorize", "-",
                "Build the browser authorization URL with a PKCE S256 challenge; no HTTP call")
                .body("clientId*", "redirectUri*", "scopes", "state").kind(OperationKind.OAUTH));
        rows.add(op("oauth", "exchangeCode", "POST", OperationRegistry.AUTH_HOST + "/oauth/token", "-",
                "Exchange an authorization code for tokens and save them in the token store under the connection id")
                .body("code*", "redirectUri*", "codeVerifier").kind(OperationKind.OAUTH));
        rows.add(op("oauth", "refresh", "POST", OperationRegistry.AUTH_HOST + "/oauth/token", "-",
                "Refresh the connection's access token now (rotating refresh token saved)").kind(OperationKind.OAUTH));
        rows.add(op("oauth", "revoke", "POST", OperationRegistry.AUTH_HOST + "/oauth/revoke", "-",
                "Revoke the connection's token and forget it").body("token").kind(OperationKind.OAUTH));
        rows.add(op("oauth", "introspect", "POST", OperationRegistry.AUTH_HOST + "/oauth/introspect", "-",
                "Introspect a token: active, scope, expiry").body("token").kind(OperationKind.OAUTH));

        // any request
        rows.add(op("raw", "request", "-", "{path}", "-",
                "Any Calendly request: method + path (or full URL on the API host), same auth, retry, rate limit and"
                + " error handling")
                .path("path*").kind(OperationKind.RAW));
        return rows;
    }

    private static OperationBuilder get(String resource, String name, String path, String scope, String summary) {
        return op(resource, name, "GET", path, scope, summary);
    }

    private static OperationBuilder op(
            String resource, String name, String method, String path, String scope, String summary) {
        return new OperationBuilder(resource, name, method, path, scope, summary);
    }
}
