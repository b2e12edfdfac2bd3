package io.github.camelcalendly.operation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.camelcalendly.operation.ParameterType.BOOLEAN;
import static io.github.camelcalendly.operation.ParameterType.DATE;
import static io.github.camelcalendly.operation.ParameterType.DATE_TIME;
import static io.github.camelcalendly.operation.ParameterType.INTEGER;
import static io.github.camelcalendly.operation.ParameterType.INTEGER_LIST;
import static io.github.camelcalendly.operation.ParameterType.JSON_ARRAY;
import static io.github.camelcalendly.operation.ParameterType.JSON_OBJECT;
import static io.github.camelcalendly.operation.ParameterType.STRING;
import static io.github.camelcalendly.operation.ParameterType.STRING_LIST;

/**
 * Every Calendly request option the endpoint accepts, by option name. Operations pick from this catalog; the
 * endpoint's option class is generated from it.
 */
public final class OptionCatalog {

    /** The 14 webhook event names Calendly delivers. */
    public static final List<String> WEBHOOK_EVENTS = List.of(
            "invitee.created", "invitee.canceled",
            "invitee_no_show.created", "invitee_no_show.deleted",
            "event_type.created", "event_type.updated", "event_type.deleted",
            "routing_form_submission.created",
            "meeting_recap.created", "meeting_recap.updated", "meeting_recap.deleted",
            "contact.created", "contact.updated", "contact.deleted");

    private static final Map<String, OptionDefinition> OPTIONS = new LinkedHashMap<>();

    /**
     * The read scope Calendly requires, besides webhooks:write, to subscribe to a webhook event.
     *
     * @throws IllegalArgumentException for an event Calendly does not deliver
     */
    public static String webhookEventReadScope(String event) {
        if (!WEBHOOK_EVENTS.contains(event)) {
            throw new IllegalArgumentException("Calendly delivers no webhook event " + event + "; the events: "
                    + String.join(", ", WEBHOOK_EVENTS));
        }
        String family = event.substring(0, event.indexOf('.'));
        return switch (family) {
            case "invitee", "invitee_no_show" -> "scheduled_events:read";
            case "event_type" -> "event_types:read";
            case "routing_form_submission" -> "routing_forms:read";
            case "meeting_recap" -> "meeting_recaps:read";
            case "contact" -> "contacts:read";
            default -> throw new IllegalStateException("No read scope known for webhook event " + event);
        };
    }

    static {
        // identifiers and references
        def("uuid", STRING, null, "The UUID of the resource the operation acts on, or its full Calendly URI.");
        def("event", STRING, "scheduled_events", "The scheduled event: its UUID or URI (invitees), its URI as a filter"
                                                 + " (meetingRecaps/list), or a webhook event name (sampleWebhookData/get).");
        def("user", STRING, "users", "A user UUID or URI. Lists that need a user default to the connection's own user.");
        def("organization", STRING, "organizations",
                "An organization UUID or URI. Operations that need one default to the connection's own organization.");
        def("group", STRING, "groups", "A group UUID or URI.");
        def("owner", STRING, null, "The owner of the resource: a user URI (eventTypes/create), an event type UUID or"
                                   + " URI (schedulingLinks/create), or an organization membership or invitation URI"
                                   + " (groupRelationships/list).");
        def("ownerType", STRING, null, "The kind of owner of a scheduling link.", "EventType");
        def("eventType", STRING, "event_types", "An event type UUID or URI.");
        def("userAvailabilitySchedule", STRING, "user_availability_schedules",
                "A user availability schedule UUID or URI; only together with user.");
        def("form", STRING, "routing_forms", "A routing form UUID or URI.");
        def("contact", STRING, "contacts", "A contact UUID or URI (notes/list accepts up to 10, comma-separated).");
        def("contacts", STRING_LIST, "contacts", "Contact UUIDs or URIs (comma-separated or a collection; at most 500).");
        def("contactList", STRING, "contact_lists", "Only contacts of this contact list (UUID or URI).");
        def("host", STRING, "users", "The host of a one-off meeting: a user UUID or URI.");
        def("coHosts", STRING_LIST, "users", "Co-hosts of a one-off meeting: user UUIDs or URIs.");
        def("invitee", JSON_OBJECT, null, "The invitee: for invitees/create an object with email, timezone and name or"
                                   + " first_name; for inviteeNoShows/create the invitee URI.");
        def("attendee", STRING, null, "Only recaps with this attendee email address.");

        // paging and sorting
        def("count", INTEGER, null, "Page size, 1 to 100 (activity log: 1 to 1000). Defaults to 100 so that fetching"
                                    + " every page takes as few calls as possible.");
        def("pageToken", STRING, null, "The page to start from: a token from the CamelCalendlyNextPageToken header of a"
                                       + " previous call.");
        def("sort", STRING, null, "Sort order as Calendly takes it, field:direction (for example start_time:desc).");

        // time windows
        def("minStartTime", DATE_TIME, null, "Only events starting at or after this instant (ISO-8601 or java.time).");
        def("maxStartTime", DATE_TIME, null, "Only events starting before this instant (ISO-8601 or java.time).");
        def("startTime", DATE_TIME, null, "Start of the time window, or the booked start time for invitees/create"
                                          + " (ISO-8601 or java.time; sent as UTC).");
        def("endTime", DATE_TIME, null, "End of the time window (ISO-8601 or java.time; sent as UTC).");
        def("minOccurredAt", DATE_TIME, null, "Only entries that occurred at or after this instant.");
        def("maxOccurredAt", DATE_TIME, null, "Only entries that occurred before this instant.");
        def("minCreatedAt", DATE_TIME, null, "Only communications created at or after this instant.");
        def("maxCreatedAt", DATE_TIME, null, "Only communications created before this instant.");
        def("remindAt", DATE_TIME, null, "When to remind the note's author (ISO-8601 or java.time).");
        def("startDate", DATE, null, "First bookable date (yyyy-MM-dd or LocalDate).");
        def("endDate", DATE, null, "Last bookable date (yyyy-MM-dd or LocalDate).");

        // filters
        def("status", STRING, null, "Filter by status.", "active", "canceled", "pending", "accepted", "declined",
                "available", "processing", "unavailable");
        def("email", STRING, null, "An email address: a filter on lists, the invitation address on"
                                   + " organizationInvitations/create, the invitee's address on prefillUrl.");
        def("inviteeEmail", STRING, null, "Only events with an invitee of this email address.");
        def("role", STRING, null, "Only memberships with this role.", "owner", "admin", "user");
        def("active", BOOLEAN, null, "Whether the event type is active (bookable).");
        def("adminManaged", BOOLEAN, null, "Only event types managed (or not) by an organization admin.");
        def("scope", STRING, null, "The scope of a webhook subscription.", "organization", "user", "group");
        def("searchTerm", STRING, null, "Free-text search over activity log entries (at most 300 characters).");
        def("actor", STRING_LIST, "users", "Only entries by these users (UUIDs or URIs).");
        def("namespace", STRING_LIST, null, "Only entries in these namespaces.");
        def("action", STRING_LIST, null, "Only entries of these actions.");
        def("phoneNumber", STRING, null, "Only contacts with this phone number (comma-separated for several).");
        def("exclude", STRING, null, "Leave these fields out of the contact.", "custom_fields");
        def("type", STRING, null, "Only lists of this type.", "static_list", "dynamic_view");

        // event types, shares, one-off meetings
        def("name", STRING, null, "A name: of the event type, share, contact or contact list, or the invitee's full"
                                  + " name on prefillUrl; a filter on contacts/list.");
        def("description", STRING, null, "The event type's description.");
        def("duration", INTEGER, null, "Duration in minutes (1 to 720).");
        def("durationOptions", INTEGER_LIST, null, "Alternative durations in minutes the invitee may choose (at most 4).");
        def("locations", JSON_ARRAY, null, "Location configurations: a JSON array of objects with kind and its details.");
        def("location", JSON_OBJECT, null, "The meeting location: an object with kind and location.");
        def("color", STRING, null, "Colour as #rrggbb in lower case.");
        def("locale", STRING, null, "The language of the booking page.", "en", "fr", "es", "de", "nl", "pt", "it", "uk");
        def("timezone", STRING, null, "An IANA time zone such as Europe/Berlin.");
        def("dateSetting", JSON_OBJECT, null, "When a one-off meeting can be booked: an object with type date_range,"
                                       + " start_date and end_date.");
        def("periodType", STRING, null, "How far ahead a share can be booked.", "available_moving", "moving", "fixed",
                "unlimited");
        def("maxBookingTime", INTEGER, null, "How many days ahead a moving share can be booked.");
        def("hideLocation", BOOLEAN, null, "Hide the location until the meeting is booked.");
        def("locationConfigurations", JSON_ARRAY, null, "Location configurations of a share: a JSON array.");
        def("availabilityRule", JSON_OBJECT, null, "Availability rules: an object with timezone and rules (wday or date"
                                            + " rules with from/to intervals).");
        def("availabilitySetting", STRING, null, "Whose availability the event type uses (host by default).");

        // bookings
        def("questionsAndAnswers", JSON_ARRAY, null, "Answers to the event type's questions: a JSON array of objects with"
                                               + " question, answer and position.");
        def("tracking", JSON_OBJECT, null, "UTM and Salesforce tracking of a booking: a JSON object.");
        def("eventGuests", STRING_LIST, null, "Email addresses of extra guests (at most 10).");
        def("reason", STRING, null, "Why the event is canceled (shown to invitees; at most 10000 characters).");
        def("maxEventCount", INTEGER, null, "How many events the scheduling link can book (Calendly accepts 1).");

        // webhooks
        def("url", STRING, null, "A URL: the callback of a webhook subscription, or the scheduling or booking link to"
                                 + " prefill.");
        def("events", STRING_LIST, null, "Webhook event names, comma-separated or a collection: "
                                         + String.join(", ", WEBHOOK_EVENTS) + ".",
                WEBHOOK_EVENTS.toArray(String[]::new));
        def("signingKey", STRING, null, "The key Calendly signs deliveries of a personal-token subscription with;"
                                        + " the webhook trigger verifies every delivery with it.");

        // data compliance
        def("emails", STRING_LIST, null, "Email addresses: whose data to delete (dataCompliance/deleteInvitees), or a"
                                         + " contact's addresses as a JSON array (contacts).");

        // contacts and notes
        def("phoneNumbers", JSON_ARRAY, null, "A contact's phone numbers: a JSON array (replaces the whole list on update).");
        def("jobTitle", STRING, null, "A contact's job title (a filter on contacts/list).");
        def("company", STRING, null, "A contact's company (a filter on contacts/list).");
        def("country", STRING, null, "A contact's country (a filter on contacts/list).");
        def("state", STRING, null, "A contact's state or region (a filter on contacts/list). For oauth/authorizeUrl, the"
                + " opaque value Calendly hands back to the redirect URI with the code; a random one when not set.");
        def("city", STRING, null, "A contact's city (a filter on contacts/list).");
        def("linkedin", STRING, null, "A contact's LinkedIn profile URL.");
        def("customFields", JSON_ARRAY, null, "Custom field values: a JSON array of objects with the definition uuid and a"
                                        + " typed value.");
        def("label", STRING, null, "The label of a custom field definition (1 to 255 characters).");
        def("fieldType", STRING, null, "The type of a custom field definition (for example text, number, currency,"
                                       + " single_select).");
        def("options", JSON_ARRAY, null, "The choices of a single_select custom field: a JSON array of objects with label.");
        def("currency", STRING, null, "The currency of a currency custom field (ISO 4217 code).");
        def("title", STRING, null, "The note's title (at most 255 characters).");
        def("body", STRING, null, "The note's text (at most 10000 characters).");

        // meeting recaps
        def("summaryMd", STRING, null, "The recap summary in Markdown.");
        def("actionItemsMd", STRING, null, "The recap action items in Markdown.");
        def("discussionMd", STRING, null, "The recap discussion in Markdown.");

        // prefilled booking links (local action)
        def("firstName", STRING, null, "The invitee's first name to prefill.");
        def("lastName", STRING, null, "The invitee's last name to prefill.");
        for (int i = 1; i <= 10; i++) {
            def("a" + i, STRING, null, "Prefilled answer to custom question " + i + " of the booking form.");
        }
        def("utmSource", STRING, null, "UTM source to record with the booking.");
        def("utmMedium", STRING, null, "UTM medium to record with the booking.");
        def("utmCampaign", STRING, null, "UTM campaign to record with the booking.");
        def("utmContent", STRING, null, "UTM content to record with the booking.");
        def("utmTerm", STRING, null, "UTM term to record with the booking.");
        def("month", STRING, null, "The month the booking page opens on (yyyy-MM or YearMonth).");
        def("date", DATE, null, "The day the booking page opens on (yyyy-MM-dd or LocalDate).");
        def("hideEventTypeDetails", BOOLEAN, null, "Hide the event type details on the booking page.");
        def("hideGdprBanner", BOOLEAN, null, "Hide the cookie consent banner on the booking page.");

        // OAuth: the client id is a connection option (CalendlyConfiguration), listed here so the oauth rows name it
        def("clientId", STRING, null, "The OAuth client id of the Calendly app.");
        def("redirectUri", STRING, null, "The redirect URI registered for the Calendly app, where the browser returns"
                + " with the authorization code; exchangeCode must send the same one.");
        def("scopes", STRING_LIST, null, "The scopes to ask the user for (comma- or space-separated, or a"
                + " collection), for example scheduled_events:read users:read. None asks for the app's scopes.");
        def("code", STRING, null, "The authorization code the redirect URI received (its code query parameter).");
        def("codeVerifier", STRING, null, "The PKCE code verifier of the authorization request, for a route that"
                + " keeps its own. Otherwise the CamelCalendlyOAuthState header must carry the state authorizeUrl"
                + " made, whose verifier the component remembers for 10 minutes; with neither, no code is"
                + " exchanged.");
        def("token", STRING, null, "The token to revoke or introspect; the connection's own refresh token (revoke)"
                + " or access token (introspect) when not set.");

        // raw requests
        def("path", STRING, null, "The path of a raw request (/users/me), or a full URL on the API host.");
    }

    private OptionCatalog() {
    }

    private static void def(String name, ParameterType type, String reference, String description, String... enums) {
        OptionDefinition def = new OptionDefinition(
                name, OptionDefinition.toApiName(name), type, description, List.of(enums), reference);
        if (OPTIONS.putIfAbsent(name, def) != null) {
            throw new IllegalStateException("Option defined twice: " + name);
        }
    }

    /**
     * Options that carry credentials: masked in logs, URIs and tooling. The authorization code is not among them: it
     * is single-use, expires within minutes and is worthless without the PKCE verifier and the client secret, while
     * Camel masks every URI parameter whose name merely contains a keyword, so "code" would hide zipCode or
     * statusCode in every endpoint of the application.
     */
    private static final java.util.Set<String> SECRETS = java.util.Set.of("signingKey", "codeVerifier", "token");

    /**
     * Options an operation names that are connection options of the endpoint (CalendlyConfiguration) rather than
     * request options: they are not generated into the request option class.
     */
    private static final java.util.Set<String> CONNECTION_OPTIONS = java.util.Set.of("clientId");

    /** Whether an option is one of the connection's (set with the token and base URL) rather than a request's. */
    public static boolean isConnectionOption(String name) {
        return CONNECTION_OPTIONS.contains(name);
    }

    /** Whether an option carries a credential. */
    public static boolean isSecret(String name) {
        return SECRETS.contains(name);
    }

    public static Optional<OptionDefinition> find(String name) {
        return Optional.ofNullable(OPTIONS.get(name));
    }

    public static OptionDefinition get(String name) {
        OptionDefinition def = OPTIONS.get(name);
        if (def == null) {
            throw new IllegalArgumentException("No such Calendly option: " + name);
        }
        return def;
    }

    /** Every option, in catalog order. */
    public static Collection<OptionDefinition> all() {
        return Collections.unmodifiableCollection(OPTIONS.values());
    }
}
