/*
 * Generated from the operations registry (io.github.camelcalendly.operation.OperationRegistry) by
 * ApiParametersGenerator in every build. Do not edit: change the registry and build, e.g. from the
 * repository root: mvn -B package -DskipTests
 */
package io.github.camelcalendly;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The request options of every Calendly operation, one per option name across all operations.
 */
@UriParams
public abstract class CalendlyApiParameters {

    @UriPath(description = "The Calendly API collection to act on, in camelCase.",
             enums = "users,organizations,organizationMemberships,organizationInvitations,teams,groups,groupRelationships,eventTypes,oneOffEventTypes,eventTypeMemberships,eventTypeAvailableTimes,eventTypeAvailabilitySchedules,userAvailabilitySchedules,userBusyTimes,locations,scheduledEvents,invitees,inviteeNoShows,schedulingLinks,shares,routingForms,routingFormSubmissions,webhookSubscriptions,webhook,sampleWebhookData,dataCompliance,activityLogEntries,outgoingCommunications,contacts,contactCustomFieldDefinitions,contactLists,notes,meetingRecaps,oauth,raw")
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "common",
              description = "The operation on the resource. Optional when the resource has only one.",
              enums = "addContacts,authorizeUrl,cancel,consumer,create,delete,deleteEvents,deleteInvitees,exchangeCode,get,introspect,list,me,prefillUrl,refresh,removeContacts,request,revoke,transcript,update")
    private String op;

    @UriParam(label = "common",
              description = "The UUID of the resource the operation acts on, or its full Calendly URI. Used by users/get, organizations/get, organizationMemberships/get, organizationMemberships/delete, organizationInvitations/get, organizationInvitations/revoke, teams/get, groups/get, groupRelationships/get, eventTypes/get, eventTypes/update, userAvailabilitySchedules/get, scheduledEvents/get, scheduledEvents/cancel, invitees/get, inviteeNoShows/get, inviteeNoShows/delete, routingForms/get, routingFormSubmissions/get, webhookSubscriptions/get, webhookSubscriptions/delete, contacts/get, contacts/update, contacts/delete, contactCustomFieldDefinitions/get, contactLists/get, contactLists/update, contactLists/addContacts, contactLists/removeContacts, notes/get, meetingRecaps/get, meetingRecaps/update, meetingRecaps/delete, meetingRecaps/transcript.")
    private String uuid;

    @UriParam(label = "common",
              description = "The scheduled event: its UUID or URI (invitees), its URI as a filter (meetingRecaps/list), or a webhook event name (sampleWebhookData/get). Used by invitees/list, invitees/get, sampleWebhookData/get, meetingRecaps/list.")
    private String event;

    @UriParam(label = "common",
              description = "A user UUID or URI. Lists that need a user default to the connection's own user. Used by organizationMemberships/list, teams/list, eventTypes/list, userAvailabilitySchedules/list, userBusyTimes/list, locations/list, scheduledEvents/list, webhookSubscriptions/create, webhookSubscriptions/list, webhook/consumer, sampleWebhookData/get.")
    private String user;

    @UriParam(label = "common",
              description = "An organization UUID or URI. Operations that need one default to the connection's own organization. Used by organizationMemberships/list, organizationInvitations/list, organizationInvitations/create, organizationInvitations/get, organizationInvitations/revoke, groups/list, groupRelationships/list, eventTypes/list, scheduledEvents/list, routingForms/list, webhookSubscriptions/create, webhookSubscriptions/list, webhook/consumer, sampleWebhookData/get, activityLogEntries/list, outgoingCommunications/list.")
    private String organization;

    @UriParam(label = "common",
              description = "A group UUID or URI. Used by groupRelationships/list, scheduledEvents/list, webhookSubscriptions/create, webhookSubscriptions/list, webhook/consumer, sampleWebhookData/get.")
    private String group;

    @UriParam(label = "common",
              description = "The owner of the resource: a user URI (eventTypes/create), an event type UUID or URI (schedulingLinks/create), or an organization membership or invitation URI (groupRelationships/list). Used by groupRelationships/list, eventTypes/create, schedulingLinks/create.")
    private String owner;

    @UriParam(label = "producer",
              description = "The kind of owner of a scheduling link. Used by schedulingLinks/create.",
              enums = "EventType")
    private String ownerType;

    @UriParam(label = "common",
              description = "An event type UUID or URI. Used by eventTypeMemberships/list, eventTypeAvailableTimes/list, eventTypeAvailabilitySchedules/list, eventTypeAvailabilitySchedules/update, invitees/create, shares/create.")
    private String eventType;

    @UriParam(label = "common",
              description = "A user availability schedule UUID or URI; only together with user. Used by eventTypes/list.")
    private String userAvailabilitySchedule;

    @UriParam(label = "common",
              description = "A routing form UUID or URI. Used by routingFormSubmissions/list.")
    private String form;

    @UriParam(label = "common",
              description = "A contact UUID or URI (notes/list accepts up to 10, comma-separated). Used by notes/list, notes/create.")
    private String contact;

    @UriParam(label = "producer",
              description = "Contact UUIDs or URIs (comma-separated or a collection; at most 500). Used by contactLists/create, contactLists/addContacts, contactLists/removeContacts.")
    private String contacts;

    @UriParam(label = "common",
              description = "Only contacts of this contact list (UUID or URI). Used by contacts/list.")
    private String contactList;

    @UriParam(label = "producer",
              description = "The host of a one-off meeting: a user UUID or URI. Used by oneOffEventTypes/create.")
    private String host;

    @UriParam(label = "producer",
              description = "Co-hosts of a one-off meeting: user UUIDs or URIs. Used by oneOffEventTypes/create.")
    private String coHosts;

    @UriParam(label = "producer",
              description = "The invitee: for invitees/create an object with email, timezone and name or first_name; for inviteeNoShows/create the invitee URI. Used by invitees/create, inviteeNoShows/create.")
    private String invitee;

    @UriParam(label = "common",
              description = "Only recaps with this attendee email address. Used by meetingRecaps/list.")
    private String attendee;

    @UriParam(label = "common",
              description = "Page size, 1 to 100 (activity log: 1 to 1000). Defaults to 100 so that fetching every page takes as few calls as possible. Used by organizationMemberships/list, organizationInvitations/list, teams/list, groups/list, groupRelationships/list, eventTypes/list, eventTypeMemberships/list, scheduledEvents/list, invitees/list, routingForms/list, routingFormSubmissions/list, webhookSubscriptions/list, activityLogEntries/list, outgoingCommunications/list, contacts/list, notes/list, meetingRecaps/list.")
    private Integer count;

    @UriParam(label = "common",
              description = "The page to start from: a token from the CamelCalendlyNextPageToken header of a previous call. Used by organizationMemberships/list, organizationInvitations/list, teams/list, groups/list, groupRelationships/list, eventTypes/list, eventTypeMemberships/list, scheduledEvents/list, invitees/list, routingForms/list, routingFormSubmissions/list, webhookSubscriptions/list, activityLogEntries/list, outgoingCommunications/list, contacts/list, notes/list, meetingRecaps/list.")
    private String pageToken;

    @UriParam(label = "common",
              description = "Sort order as Calendly takes it, field:direction (for example start_time:desc). Used by organizationInvitations/list, eventTypes/list, scheduledEvents/list, invitees/list, routingForms/list, routingFormSubmissions/list, webhookSubscriptions/list, activityLogEntries/list, contacts/list.")
    private String sort;

    @UriParam(label = "common",
              description = "Only events starting at or after this instant (ISO-8601 or java.time). Used by scheduledEvents/list.")
    private String minStartTime;

    @UriParam(label = "common",
              description = "Only events starting before this instant (ISO-8601 or java.time). Used by scheduledEvents/list.")
    private String maxStartTime;

    @UriParam(label = "common",
              description = "Start of the time window, or the booked start time for invitees/create (ISO-8601 or java.time; sent as UTC). Used by eventTypeAvailableTimes/list, userBusyTimes/list, invitees/create, dataCompliance/deleteEvents, meetingRecaps/list.")
    private String startTime;

    @UriParam(label = "common",
              description = "End of the time window (ISO-8601 or java.time; sent as UTC). Used by eventTypeAvailableTimes/list, userBusyTimes/list, dataCompliance/deleteEvents, meetingRecaps/list.")
    private String endTime;

    @UriParam(label = "common",
              description = "Only entries that occurred at or after this instant. Used by activityLogEntries/list.")
    private String minOccurredAt;

    @UriParam(label = "common",
              description = "Only entries that occurred before this instant. Used by activityLogEntries/list.")
    private String maxOccurredAt;

    @UriParam(label = "common",
              description = "Only communications created at or after this instant. Used by outgoingCommunications/list.")
    private String minCreatedAt;

    @UriParam(label = "common",
              description = "Only communications created before this instant. Used by outgoingCommunications/list.")
    private String maxCreatedAt;

    @UriParam(label = "producer",
              description = "When to remind the note's author (ISO-8601 or java.time). Used by notes/create.")
    private String remindAt;

    @UriParam(label = "producer",
              description = "First bookable date (yyyy-MM-dd or LocalDate). Used by shares/create.")
    private String startDate;

    @UriParam(label = "producer",
              description = "Last bookable date (yyyy-MM-dd or LocalDate). Used by shares/create.")
    private String endDate;

    @UriParam(label = "common",
              description = "Filter by status. Used by organizationInvitations/list, scheduledEvents/list, invitees/list, meetingRecaps/list.",
              enums = "active,canceled,pending,accepted,declined,available,processing,unavailable")
    private String status;

    @UriParam(label = "common",
              description = "An email address: a filter on lists, the invitation address on organizationInvitations/create, the invitee's address on prefillUrl. Used by organizationMemberships/list, organizationInvitations/list, organizationInvitations/create, invitees/list, schedulingLinks/prefillUrl, contacts/list.")
    private String email;

    @UriParam(label = "common",
              description = "Only events with an invitee of this email address. Used by scheduledEvents/list.")
    private String inviteeEmail;

    @UriParam(label = "common",
              description = "Only memberships with this role. Used by organizationMemberships/list.",
              enums = "owner,admin,user")
    private String role;

    @UriParam(label = "common",
              description = "Whether the event type is active (bookable). Used by eventTypes/list, eventTypes/create, eventTypes/update.")
    private Boolean active;

    @UriParam(label = "common",
              description = "Only event types managed (or not) by an organization admin. Used by eventTypes/list.")
    private Boolean adminManaged;

    @UriParam(label = "common",
              description = "The scope of a webhook subscription. Used by webhookSubscriptions/create, webhookSubscriptions/list, webhook/consumer, sampleWebhookData/get.",
              enums = "organization,user,group")
    private String scope;

    @UriParam(label = "common",
              description = "Free-text search over activity log entries (at most 300 characters). Used by activityLogEntries/list.")
    private String searchTerm;

    @UriParam(label = "common",
              description = "Only entries by these users (UUIDs or URIs). Used by activityLogEntries/list.")
    private String actor;

    @UriParam(label = "common",
              description = "Only entries in these namespaces. Used by activityLogEntries/list.")
    private String namespace;

    @UriParam(label = "common",
              description = "Only entries of these actions. Used by activityLogEntries/list.")
    private String action;

    @UriParam(label = "common",
              description = "Only contacts with this phone number (comma-separated for several). Used by contacts/list.")
    private String phoneNumber;

    @UriParam(label = "common",
              description = "Leave these fields out of the contact. Used by contacts/list, contacts/get.",
              enums = "custom_fields")
    private String exclude;

    @UriParam(label = "common",
              description = "Only lists of this type. Used by contactLists/list.",
              enums = "static_list,dynamic_view")
    private String type;

    @UriParam(label = "common",
              description = "A name: of the event type, share, contact or contact list, or the invitee's full name on prefillUrl; a filter on contacts/list. Used by eventTypes/create, eventTypes/update, oneOffEventTypes/create, schedulingLinks/prefillUrl, shares/create, contacts/list, contacts/create, contacts/update, contactLists/create, contactLists/update.")
    private String name;

    @UriParam(label = "producer",
              description = "The event type's description. Used by eventTypes/create, eventTypes/update.")
    private String description;

    @UriParam(label = "producer",
              description = "Duration in minutes (1 to 720). Used by eventTypes/create, eventTypes/update, oneOffEventTypes/create, shares/create.")
    private Integer duration;

    @UriParam(label = "producer",
              description = "Alternative durations in minutes the invitee may choose (at most 4). Used by eventTypes/create, eventTypes/update, shares/create.")
    private String durationOptions;

    @UriParam(label = "producer",
              description = "Location configurations: a JSON array of objects with kind and its details. Used by eventTypes/create, eventTypes/update.")
    private String locations;

    @UriParam(label = "producer",
              description = "The meeting location: an object with kind and location. Used by oneOffEventTypes/create, invitees/create.")
    private String location;

    @UriParam(label = "producer",
              description = "Colour as #rrggbb in lower case. Used by eventTypes/create, eventTypes/update.")
    private String color;

    @UriParam(label = "producer",
              description = "The language of the booking page. Used by eventTypes/create, eventTypes/update.",
              enums = "en,fr,es,de,nl,pt,it,uk")
    private String locale;

    @UriParam(label = "common",
              description = "An IANA time zone such as Europe/Berlin. Used by oneOffEventTypes/create, contacts/list, contacts/create, contacts/update.")
    private String timezone;

    @UriParam(label = "producer",
              description = "When a one-off meeting can be booked: an object with type date_range, start_date and end_date. Used by oneOffEventTypes/create.")
    private String dateSetting;

    @UriParam(label = "producer",
              description = "How far ahead a share can be booked. Used by shares/create.",
              enums = "available_moving,moving,fixed,unlimited")
    private String periodType;

    @UriParam(label = "producer",
              description = "How many days ahead a moving share can be booked. Used by shares/create.")
    private Integer maxBookingTime;

    @UriParam(label = "producer",
              description = "Hide the location until the meeting is booked. Used by shares/create.")
    private Boolean hideLocation;

    @UriParam(label = "producer",
              description = "Location configurations of a share: a JSON array. Used by shares/create.")
    private String locationConfigurations;

    @UriParam(label = "producer",
              description = "Availability rules: an object with timezone and rules (wday or date rules with from/to intervals). Used by eventTypeAvailabilitySchedules/update, shares/create.")
    private String availabilityRule;

    @UriParam(label = "producer",
              description = "Whose availability the event type uses (host by default). Used by eventTypeAvailabilitySchedules/update.")
    private String availabilitySetting;

    @UriParam(label = "producer",
              description = "Answers to the event type's questions: a JSON array of objects with question, answer and position. Used by invitees/create.")
    private String questionsAndAnswers;

    @UriParam(label = "producer",
              description = "UTM and Salesforce tracking of a booking: a JSON object. Used by invitees/create.")
    private String tracking;

    @UriParam(label = "producer",
              description = "Email addresses of extra guests (at most 10). Used by invitees/create.")
    private String eventGuests;

    @UriParam(label = "producer",
              description = "Why the event is canceled (shown to invitees; at most 10000 characters). Used by scheduledEvents/cancel.")
    private String reason;

    @UriParam(label = "producer",
              description = "How many events the scheduling link can book (Calendly accepts 1). Used by schedulingLinks/create.")
    private Integer maxEventCount;

    @UriParam(label = "producer",
              description = "A URL: the callback of a webhook subscription, or the scheduling or booking link to prefill. Used by schedulingLinks/prefillUrl, webhookSubscriptions/create.")
    private String url;

    @UriParam(label = "common",
              description = "Webhook event names, comma-separated or a collection: invitee.created, invitee.canceled, invitee_no_show.created, invitee_no_show.deleted, event_type.created, event_type.updated, event_type.deleted, routing_form_submission.created, meeting_recap.created, meeting_recap.updated, meeting_recap.deleted, contact.created, contact.updated, contact.deleted. Used by webhookSubscriptions/create, webhook/consumer.")
    private String events;

    @UriParam(label = "common",
              description = "The key Calendly signs deliveries of a personal-token subscription with; the webhook trigger verifies every delivery with it. Used by webhookSubscriptions/create, webhook/consumer.",
              secret = true)
    private String signingKey;

    @UriParam(label = "producer",
              description = "Email addresses: whose data to delete (dataCompliance/deleteInvitees), or a contact's addresses as a JSON array (contacts). Used by dataCompliance/deleteInvitees, contacts/create, contacts/update.")
    private String emails;

    @UriParam(label = "producer",
              description = "A contact's phone numbers: a JSON array (replaces the whole list on update). Used by contacts/create, contacts/update.")
    private String phoneNumbers;

    @UriParam(label = "common",
              description = "A contact's job title (a filter on contacts/list). Used by contacts/list, contacts/create, contacts/update.")
    private String jobTitle;

    @UriParam(label = "common",
              description = "A contact's company (a filter on contacts/list). Used by contacts/list, contacts/create, contacts/update.")
    private String company;

    @UriParam(label = "common",
              description = "A contact's country (a filter on contacts/list). Used by contacts/list, contacts/create, contacts/update.")
    private String country;

    @UriParam(label = "common",
              description = "A contact's state or region (a filter on contacts/list). For oauth/authorizeUrl, the opaque value Calendly hands back to the redirect URI with the code; a random one when not set. Used by contacts/list, contacts/create, contacts/update, oauth/authorizeUrl.")
    private String state;

    @UriParam(label = "common",
              description = "A contact's city (a filter on contacts/list). Used by contacts/list, contacts/create, contacts/update.")
    private String city;

    @UriParam(label = "producer",
              description = "A contact's LinkedIn profile URL. Used by contacts/create, contacts/update.")
    private String linkedin;

    @UriParam(label = "producer",
              description = "Custom field values: a JSON array of objects with the definition uuid and a typed value. Used by contacts/create, contacts/update.")
    private String customFields;

    @UriParam(label = "producer",
              description = "The label of a custom field definition (1 to 255 characters). Used by contactCustomFieldDefinitions/create.")
    private String label;

    @UriParam(label = "producer",
              description = "The type of a custom field definition (for example text, number, currency, single_select). Used by contactCustomFieldDefinitions/create.")
    private String fieldType;

    @UriParam(label = "producer",
              description = "The choices of a single_select custom field: a JSON array of objects with label. Used by contactCustomFieldDefinitions/create.")
    private String options;

    @UriParam(label = "producer",
              description = "The currency of a currency custom field (ISO 4217 code). Used by contactCustomFieldDefinitions/create.")
    private String currency;

    @UriParam(label = "producer",
              description = "The note's title (at most 255 characters). Used by notes/create.")
    private String title;

    @UriParam(label = "producer",
              description = "The note's text (at most 10000 characters). Used by notes/create.")
    private String body;

    @UriParam(label = "producer",
              description = "The recap summary in Markdown. Used by meetingRecaps/update.")
    private String summaryMd;

    @UriParam(label = "producer",
              description = "The recap action items in Markdown. Used by meetingRecaps/update.")
    private String actionItemsMd;

    @UriParam(label = "producer",
              description = "The recap discussion in Markdown. Used by meetingRecaps/update.")
    private String discussionMd;

    @UriParam(label = "producer",
              description = "The invitee's first name to prefill. Used by schedulingLinks/prefillUrl.")
    private String firstName;

    @UriParam(label = "producer",
              description = "The invitee's last name to prefill. Used by schedulingLinks/prefillUrl.")
    private String lastName;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 1 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a1;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 2 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a2;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 3 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a3;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 4 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a4;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 5 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a5;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 6 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a6;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 7 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a7;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 8 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a8;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 9 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a9;

    @UriParam(label = "producer",
              description = "Prefilled answer to custom question 10 of the booking form. Used by schedulingLinks/prefillUrl.")
    private String a10;

    @UriParam(label = "producer",
              description = "UTM source to record with the booking. Used by schedulingLinks/prefillUrl.")
    private String utmSource;

    @UriParam(label = "producer",
              description = "UTM medium to record with the booking. Used by schedulingLinks/prefillUrl.")
    private String utmMedium;

    @UriParam(label = "producer",
              description = "UTM campaign to record with the booking. Used by schedulingLinks/prefillUrl.")
    private String utmCampaign;

    @UriParam(label = "producer",
              description = "UTM content to record with the booking. Used by schedulingLinks/prefillUrl.")
    private String utmContent;

    @UriParam(label = "producer",
              description = "UTM term to record with the booking. Used by schedulingLinks/prefillUrl.")
    private String utmTerm;

    @UriParam(label = "producer",
              description = "The month the booking page opens on (yyyy-MM or YearMonth). Used by schedulingLinks/prefillUrl.")
    private String month;

    @UriParam(label = "producer",
              description = "The day the booking page opens on (yyyy-MM-dd or LocalDate). Used by schedulingLinks/prefillUrl.")
    private String date;

    @UriParam(label = "producer",
              description = "Hide the event type details on the booking page. Used by schedulingLinks/prefillUrl.")
    private Boolean hideEventTypeDetails;

    @UriParam(label = "producer",
              description = "Hide the cookie consent banner on the booking page. Used by schedulingLinks/prefillUrl.")
    private Boolean hideGdprBanner;

    @UriParam(label = "producer",
              description = "The redirect URI registered for the Calendly app, where the browser returns with the authorization code; exchangeCode must send the same one. Used by oauth/authorizeUrl, oauth/exchangeCode.")
    private String redirectUri;

    @UriParam(label = "producer",
              description = "The scopes to ask the user for (comma- or space-separated, or a collection), for example scheduled_events:read users:read. None asks for the app's scopes. Used by oauth/authorizeUrl.")
    private String scopes;

    @UriParam(label = "producer",
              description = "The authorization code the redirect URI received (its code query parameter). Used by oauth/exchangeCode.")
    private String code;

    @UriParam(label = "producer",
              description = "The PKCE code verifier of the authorization request, for a route that keeps its own. Otherwise the CamelCalendlyOAuthState header must carry the state authorizeUrl made, whose verifier the component remembers for 10 minutes; with neither, no code is exchanged. Used by oauth/exchangeCode.",
              secret = true)
    private String codeVerifier;

    @UriParam(label = "producer",
              description = "The token to revoke or introspect; the connection's own refresh token (revoke) or access token (introspect) when not set. Used by oauth/revoke, oauth/introspect.",
              secret = true)
    private String token;

    @UriParam(label = "common",
              description = "The path of a raw request (/users/me), or a full URL on the API host. Used by raw/request.")
    private String path;

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getOp() {
        return op;
    }

    public void setOp(String op) {
        this.op = op;
    }

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public void setOwnerType(String ownerType) {
        this.ownerType = ownerType;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getUserAvailabilitySchedule() {
        return userAvailabilitySchedule;
    }

    public void setUserAvailabilitySchedule(String userAvailabilitySchedule) {
        this.userAvailabilitySchedule = userAvailabilitySchedule;
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }

    public String getContactList() {
        return contactList;
    }

    public void setContactList(String contactList) {
        this.contactList = contactList;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getCoHosts() {
        return coHosts;
    }

    public void setCoHosts(String coHosts) {
        this.coHosts = coHosts;
    }

    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
    }

    public String getAttendee() {
        return attendee;
    }

    public void setAttendee(String attendee) {
        this.attendee = attendee;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getPageToken() {
        return pageToken;
    }

    public void setPageToken(String pageToken) {
        this.pageToken = pageToken;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getMinStartTime() {
        return minStartTime;
    }

    public void setMinStartTime(String minStartTime) {
        this.minStartTime = minStartTime;
    }

    public String getMaxStartTime() {
        return maxStartTime;
    }

    public void setMaxStartTime(String maxStartTime) {
        this.maxStartTime = maxStartTime;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getMinOccurredAt() {
        return minOccurredAt;
    }

    public void setMinOccurredAt(String minOccurredAt) {
        this.minOccurredAt = minOccurredAt;
    }

    public String getMaxOccurredAt() {
        return maxOccurredAt;
    }

    public void setMaxOccurredAt(String maxOccurredAt) {
        this.maxOccurredAt = maxOccurredAt;
    }

    public String getMinCreatedAt() {
        return minCreatedAt;
    }

    public void setMinCreatedAt(String minCreatedAt) {
        this.minCreatedAt = minCreatedAt;
    }

    public String getMaxCreatedAt() {
        return maxCreatedAt;
    }

    public void setMaxCreatedAt(String maxCreatedAt) {
        this.maxCreatedAt = maxCreatedAt;
    }

    public String getRemindAt() {
        return remindAt;
    }

    public void setRemindAt(String remindAt) {
        this.remindAt = remindAt;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getInviteeEmail() {
        return inviteeEmail;
    }

    public void setInviteeEmail(String inviteeEmail) {
        this.inviteeEmail = inviteeEmail;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Boolean getAdminManaged() {
        return adminManaged;
    }

    public void setAdminManaged(Boolean adminManaged) {
        this.adminManaged = adminManaged;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getSearchTerm() {
        return searchTerm;
    }

    public void setSearchTerm(String searchTerm) {
        this.searchTerm = searchTerm;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getExclude() {
        return exclude;
    }

    public void setExclude(String exclude) {
        this.exclude = exclude;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getDurationOptions() {
        return durationOptions;
    }

    public void setDurationOptions(String durationOptions) {
        this.durationOptions = durationOptions;
    }

    public String getLocations() {
        return locations;
    }

    public void setLocations(String locations) {
        this.locations = locations;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getDateSetting() {
        return dateSetting;
    }

    public void setDateSetting(String dateSetting) {
        this.dateSetting = dateSetting;
    }

    public String getPeriodType() {
        return periodType;
    }

    public void setPeriodType(String periodType) {
        this.periodType = periodType;
    }

    public Integer getMaxBookingTime() {
        return maxBookingTime;
    }

    public void setMaxBookingTime(Integer maxBookingTime) {
        this.maxBookingTime = maxBookingTime;
    }

    public Boolean getHideLocation() {
        return hideLocation;
    }

    public void setHideLocation(Boolean hideLocation) {
        this.hideLocation = hideLocation;
    }

    public String getLocationConfigurations() {
        return locationConfigurations;
    }

    public void setLocationConfigurations(String locationConfigurations) {
        this.locationConfigurations = locationConfigurations;
    }

    public String getAvailabilityRule() {
        return availabilityRule;
    }

    public void setAvailabilityRule(String availabilityRule) {
        this.availabilityRule = availabilityRule;
    }

    public String getAvailabilitySetting() {
        return availabilitySetting;
    }

    public void setAvailabilitySetting(String availabilitySetting) {
        this.availabilitySetting = availabilitySetting;
    }

    public String getQuestionsAndAnswers() {
        return questionsAndAnswers;
    }

    public void setQuestionsAndAnswers(String questionsAndAnswers) {
        this.questionsAndAnswers = questionsAndAnswers;
    }

    public String getTracking() {
        return tracking;
    }

    public void setTracking(String tracking) {
        this.tracking = tracking;
    }

    public String getEventGuests() {
        return eventGuests;
    }

    public void setEventGuests(String eventGuests) {
        this.eventGuests = eventGuests;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMaxEventCount() {
        return maxEventCount;
    }

    public void setMaxEventCount(Integer maxEventCount) {
        this.maxEventCount = maxEventCount;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public String getSigningKey() {
        return signingKey;
    }

    public void setSigningKey(String signingKey) {
        this.signingKey = signingKey;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public String getPhoneNumbers() {
        return phoneNumbers;
    }

    public void setPhoneNumbers(String phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getLinkedin() {
        return linkedin;
    }

    public void setLinkedin(String linkedin) {
        this.linkedin = linkedin;
    }

    public String getCustomFields() {
        return customFields;
    }

    public void setCustomFields(String customFields) {
        this.customFields = customFields;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getFieldType() {
        return fieldType;
    }

    public void setFieldType(String fieldType) {
        this.fieldType = fieldType;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSummaryMd() {
        return summaryMd;
    }

    public void setSummaryMd(String summaryMd) {
        this.summaryMd = summaryMd;
    }

    public String getActionItemsMd() {
        return actionItemsMd;
    }

    public void setActionItemsMd(String actionItemsMd) {
        this.actionItemsMd = actionItemsMd;
    }

    public String getDiscussionMd() {
        return discussionMd;
    }

    public void setDiscussionMd(String discussionMd) {
        this.discussionMd = discussionMd;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getA1() {
        return a1;
    }

    public void setA1(String a1) {
        this.a1 = a1;
    }

    public String getA2() {
        return a2;
    }

    public void setA2(String a2) {
        this.a2 = a2;
    }

    public String getA3() {
        return a3;
    }

    public void setA3(String a3) {
        this.a3 = a3;
    }

    public String getA4() {
        return a4;
    }

    public void setA4(String a4) {
        this.a4 = a4;
    }

    public String getA5() {
        return a5;
    }

    public void setA5(String a5) {
        this.a5 = a5;
    }

    public String getA6() {
        return a6;
    }

    public void setA6(String a6) {
        this.a6 = a6;
    }

    public String getA7() {
        return a7;
    }

    public void setA7(String a7) {
        this.a7 = a7;
    }

    public String getA8() {
        return a8;
    }

    public void setA8(String a8) {
        this.a8 = a8;
    }

    public String getA9() {
        return a9;
    }

    public void setA9(String a9) {
        this.a9 = a9;
    }

    public String getA10() {
        return a10;
    }

    public void setA10(String a10) {
        this.a10 = a10;
    }

    public String getUtmSource() {
        return utmSource;
    }

    public void setUtmSource(String utmSource) {
        this.utmSource = utmSource;
    }

    public String getUtmMedium() {
        return utmMedium;
    }

    public void setUtmMedium(String utmMedium) {
        this.utmMedium = utmMedium;
    }

    public String getUtmCampaign() {
        return utmCampaign;
    }

    public void setUtmCampaign(String utmCampaign) {
        this.utmCampaign = utmCampaign;
    }

    public String getUtmContent() {
        return utmContent;
    }

    public void setUtmContent(String utmContent) {
        this.utmContent = utmContent;
    }

    public String getUtmTerm() {
        return utmTerm;
    }

    public void setUtmTerm(String utmTerm) {
        this.utmTerm = utmTerm;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public Boolean getHideEventTypeDetails() {
        return hideEventTypeDetails;
    }

    public void setHideEventTypeDetails(Boolean hideEventTypeDetails) {
        this.hideEventTypeDetails = hideEventTypeDetails;
    }

    public Boolean getHideGdprBanner() {
        return hideGdprBanner;
    }

    public void setHideGdprBanner(Boolean hideGdprBanner) {
        this.hideGdprBanner = hideGdprBanner;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCodeVerifier() {
        return codeVerifier;
    }

    public void setCodeVerifier(String codeVerifier) {
        this.codeVerifier = codeVerifier;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    /**
     * The request options that are set, by option name.
     */
    public Map<String, Object> apiParameterValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        putIfSet(values, "uuid", uuid);
        putIfSet(values, "event", event);
        putIfSet(values, "user", user);
        putIfSet(values, "organization", organization);
        putIfSet(values, "group", group);
        putIfSet(values, "owner", owner);
        putIfSet(values, "ownerType", ownerType);
        putIfSet(values, "eventType", eventType);
        putIfSet(values, "userAvailabilitySchedule", userAvailabilitySchedule);
        putIfSet(values, "form", form);
        putIfSet(values, "contact", contact);
        putIfSet(values, "contacts", contacts);
        putIfSet(values, "contactList", contactList);
        putIfSet(values, "host", host);
        putIfSet(values, "coHosts", coHosts);
        putIfSet(values, "invitee", invitee);
        putIfSet(values, "attendee", attendee);
        putIfSet(values, "count", count);
        putIfSet(values, "pageToken", pageToken);
        putIfSet(values, "sort", sort);
        putIfSet(values, "minStartTime", minStartTime);
        putIfSet(values, "maxStartTime", maxStartTime);
        putIfSet(values, "startTime", startTime);
        putIfSet(values, "endTime", endTime);
        putIfSet(values, "minOccurredAt", minOccurredAt);
        putIfSet(values, "maxOccurredAt", maxOccurredAt);
        putIfSet(values, "minCreatedAt", minCreatedAt);
        putIfSet(values, "maxCreatedAt", maxCreatedAt);
        putIfSet(values, "remindAt", remindAt);
        putIfSet(values, "startDate", startDate);
        putIfSet(values, "endDate", endDate);
        putIfSet(values, "status", status);
        putIfSet(values, "email", email);
        putIfSet(values, "inviteeEmail", inviteeEmail);
        putIfSet(values, "role", role);
        putIfSet(values, "active", active);
        putIfSet(values, "adminManaged", adminManaged);
        putIfSet(values, "scope", scope);
        putIfSet(values, "searchTerm", searchTerm);
        putIfSet(values, "actor", actor);
        putIfSet(values, "namespace", namespace);
        putIfSet(values, "action", action);
        putIfSet(values, "phoneNumber", phoneNumber);
        putIfSet(values, "exclude", exclude);
        putIfSet(values, "type", type);
        putIfSet(values, "name", name);
        putIfSet(values, "description", description);
        putIfSet(values, "duration", duration);
        putIfSet(values, "durationOptions", durationOptions);
        putIfSet(values, "locations", locations);
        putIfSet(values, "location", location);
        putIfSet(values, "color", color);
        putIfSet(values, "locale", locale);
        putIfSet(values, "timezone", timezone);
        putIfSet(values, "dateSetting", dateSetting);
        putIfSet(values, "periodType", periodType);
        putIfSet(values, "maxBookingTime", maxBookingTime);
        putIfSet(values, "hideLocation", hideLocation);
        putIfSet(values, "locationConfigurations", locationConfigurations);
        putIfSet(values, "availabilityRule", availabilityRule);
        putIfSet(values, "availabilitySetting", availabilitySetting);
        putIfSet(values, "questionsAndAnswers", questionsAndAnswers);
        putIfSet(values, "tracking", tracking);
        putIfSet(values, "eventGuests", eventGuests);
        putIfSet(values, "reason", reason);
        putIfSet(values, "maxEventCount", maxEventCount);
        putIfSet(values, "url", url);
        putIfSet(values, "events", events);
        putIfSet(values, "signingKey", signingKey);
        putIfSet(values, "emails", emails);
        putIfSet(values, "phoneNumbers", phoneNumbers);
        putIfSet(values, "jobTitle", jobTitle);
        putIfSet(values, "company", company);
        putIfSet(values, "country", country);
        putIfSet(values, "state", state);
        putIfSet(values, "city", city);
        putIfSet(values, "linkedin", linkedin);
        putIfSet(values, "customFields", customFields);
        putIfSet(values, "label", label);
        putIfSet(values, "fieldType", fieldType);
        putIfSet(values, "options", options);
        putIfSet(values, "currency", currency);
        putIfSet(values, "title", title);
        putIfSet(values, "body", body);
        putIfSet(values, "summaryMd", summaryMd);
        putIfSet(values, "actionItemsMd", actionItemsMd);
        putIfSet(values, "discussionMd", discussionMd);
        putIfSet(values, "firstName", firstName);
        putIfSet(values, "lastName", lastName);
        putIfSet(values, "a1", a1);
        putIfSet(values, "a2", a2);
        putIfSet(values, "a3", a3);
        putIfSet(values, "a4", a4);
        putIfSet(values, "a5", a5);
        putIfSet(values, "a6", a6);
        putIfSet(values, "a7", a7);
        putIfSet(values, "a8", a8);
        putIfSet(values, "a9", a9);
        putIfSet(values, "a10", a10);
        putIfSet(values, "utmSource", utmSource);
        putIfSet(values, "utmMedium", utmMedium);
        putIfSet(values, "utmCampaign", utmCampaign);
        putIfSet(values, "utmContent", utmContent);
        putIfSet(values, "utmTerm", utmTerm);
        putIfSet(values, "month", month);
        putIfSet(values, "date", date);
        putIfSet(values, "hideEventTypeDetails", hideEventTypeDetails);
        putIfSet(values, "hideGdprBanner", hideGdprBanner);
        putIfSet(values, "redirectUri", redirectUri);
        putIfSet(values, "scopes", scopes);
        putIfSet(values, "code", code);
        putIfSet(values, "codeVerifier", codeVerifier);
        putIfSet(values, "token", token);
        putIfSet(values, "path", path);
        return values;
    }

    private static void putIfSet(Map<String, Object> values, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
