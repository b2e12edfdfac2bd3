package io.github.camelcalendly.catalog.schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.BookingResult;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxClock;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.oauth.Pkce;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelcalendly.catalog.schema.SchemaValidation.json;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's real-shaped answers validate: each operation the sandbox serves is called through the component
 * ({@code calendly:<resource>?op=<op>} on the sandbox's base URL and token, {@code calendlyOAuth:oauth} on its
 * authorization server) and the route's body is checked against {@link OutputSchemas#of}. The sandbox runs on the
 * Enterprise plan, so that every operation is allowed; a registry row without a call here fails the test.
 */
class SandboxOutputsTest extends CamelTestSupport {

    /** How one operation is called: returns the body the route got. */
    @FunctionalInterface
    interface Call {
        Object run(SandboxOutputsTest test) throws Exception;
    }

    private static final Map<String, Call> CALLS = new LinkedHashMap<>();

    /** The webhook trigger is driven by the sandbox's signed deliveries in {@link WebhookTriggerOutputsTest}. */
    private static final String TRIGGER = "webhook/consumer";

    private static final SandboxClock clock = SandboxClock.running();
    private static CalendlySandbox sandbox;
    private static String token;

    static {
        call("users/me", t -> t.body("calendly:users?op=me"));
        call("users/get", t -> t.body("calendly:users?op=get&uri=" + seeded().admin()));
        call("organizations/get", t -> t.body("calendly:organizations?op=get&uri=" + seeded().organization()));
        call("organizationMemberships/list", t -> t.body("calendly:organizationMemberships?op=list"));
        call("organizationMemberships/get", t -> t.body("calendly:organizationMemberships?op=get&uri="
                + t.firstUri("calendly:organizationMemberships?op=list&role=admin")));
        call("organizationMemberships/delete", t -> t.body("calendly:organizationMemberships?op=delete"
                + "&confirmDestructive=true&uri=" + t.firstUri("calendly:organizationMemberships?op=list&role=user")));
        call("organizationInvitations/list", t -> t.body("calendly:organizationInvitations?op=list"));
        call("organizationInvitations/create", t -> t.invite());
        call("organizationInvitations/get", t -> t.body("calendly:organizationInvitations?op=get&uri="
                + seeded().pendingInvitation()));
        call("organizationInvitations/revoke", t -> t.body("calendly:organizationInvitations?op=revoke&uri="
                + t.invite().get("uri")));
        call("eventTypes/list", t -> t.body("calendly:eventTypes?op=list"));
        call("eventTypes/get", t -> t.body("calendly:eventTypes?op=get&uri=" + introCall()));
        call("eventTypes/create", t -> t.createEventType());
        call("eventTypes/update", t -> t.body("calendly:eventTypes?op=update&uri=" + t.createEventType().get("uri"),
                Map.of("name", "Schema Review (renamed)", "duration", 45), Map.of()));
        call("eventTypeMemberships/list", t -> t.body("calendly:eventTypeMemberships?op=list&eventType="
                + seeded().eventType(SeededOrganization.SUPPORT_ROTATION)));
        call("eventTypeAvailableTimes/list", t -> t.body("calendly:eventTypeAvailableTimes?op=list&eventType="
                + introCall(), null, week()));
        call("eventTypeAvailabilitySchedules/list", t -> t.body(
                "calendly:eventTypeAvailabilitySchedules?op=list&eventType=" + introCall()));
        call("userAvailabilitySchedules/list", t -> t.body("calendly:userAvailabilitySchedules?op=list"));
        call("userAvailabilitySchedules/get", t -> t.body("calendly:userAvailabilitySchedules?op=get&uri="
                + t.firstUri("calendly:userAvailabilitySchedules?op=list")));
        call("userBusyTimes/list", t -> t.body("calendly:userBusyTimes?op=list", null, week()));
        call("scheduledEvents/list", t -> t.body("calendly:scheduledEvents?op=list"));
        call("scheduledEvents/get", t -> t.body("calendly:scheduledEvents?op=get&uri="
                + t.firstUri("calendly:scheduledEvents?op=list&status=canceled")));
        call("scheduledEvents/cancel", t -> t.body("calendly:scheduledEvents?op=cancel&reason=Schema check&uri="
                + book("cancel.me@example.com").eventUri()));
        call("invitees/list", t -> t.body("calendly:invitees?op=list&event="
                + book("listed@example.com").eventUri()));
        call("invitees/get", t -> t.body("calendly:invitees?op=get&uri=" + book("fetched@example.com").inviteeUri()));
        call("invitees/create", t -> t.bookThroughRoute());
        call("inviteeNoShows/create", t -> t.markNoShow());
        call("inviteeNoShows/get", t -> t.body("calendly:inviteeNoShows?op=get&uri=" + t.markNoShow().get("uri")));
        call("inviteeNoShows/delete", t -> t.body("calendly:inviteeNoShows?op=delete&uri="
                + t.markNoShow().get("uri")));
        call("schedulingLinks/create", t -> t.body("calendly:schedulingLinks?op=create", Map.of(
                "max_event_count", 1, "owner", introCall(), "owner_type", "EventType"), Map.of()));
        call("schedulingLinks/prefillUrl", t -> t.body("calendly:schedulingLinks?op=prefillUrl"
                + "&url=https://calendly.com/ada-lovelace/intro-call&name=Mary Somerville&email=mary@example.com"
                + "&a1=Getting started"));
        call("shares/create", t -> t.body("calendly:shares?op=create&eventType=" + introCall()
                + "&name=Schema share&duration=45"));
        call("webhookSubscriptions/create", t -> t.subscribe());
        call("webhookSubscriptions/list", t -> {
            t.subscribe();
            return t.body("calendly:webhookSubscriptions?op=list&scope=organization");
        });
        call("webhookSubscriptions/get", t -> t.body("calendly:webhookSubscriptions?op=get&uri="
                + t.subscribe().get("uri")));
        call("webhookSubscriptions/delete", t -> t.body("calendly:webhookSubscriptions?op=delete&uri="
                + t.subscribe().get("uri")));
        call("sampleWebhookData/get", t -> t.body("calendly:sampleWebhookData?op=get&event=invitee.canceled"
                + "&scope=organization"));
        call("raw/request", t -> t.body("calendly:raw?op=request&method=GET&path=/users/me"));
        call("oauth/authorizeUrl", t -> t.body("calendlyOAuth:oauth?op=authorizeUrl&clientId=" + app().clientId()
                + "&redirectUri=" + app().redirectUri() + "&scopes=users:read scheduled_events:read"));
        call("oauth/exchangeCode", t -> t.connect("exchange"));
        call("oauth/refresh", t -> {
            t.connect("refresh");
            return t.body("calendlyOAuth:oauth?op=refresh", null, Map.of(CalendlyConstants.CONNECTION_ID, "refresh"));
        });
        call("oauth/introspect", t -> {
            t.connect("introspect");
            return t.body("calendlyOAuth:oauth?op=introspect", null,
                    Map.of(CalendlyConstants.CONNECTION_ID, "introspect"));
        });
        call("oauth/revoke", t -> {
            t.connect("revoke");
            return t.body("calendlyOAuth:oauth?op=revoke", null, Map.of(CalendlyConstants.CONNECTION_ID, "revoke"));
        });

        call("teams/list", t -> t.body("calendly:teams?op=list"));
        call("teams/get", t -> t.body("calendly:teams?op=get&uri=" + t.firstUri("calendly:teams?op=list")));
        call("groups/list", t -> t.body("calendly:groups?op=list"));
        call("groups/get", t -> t.body("calendly:groups?op=get&uri=" + t.firstUri("calendly:groups?op=list")));
        call("groupRelationships/list", t -> t.body("calendly:groupRelationships?op=list"));
        call("groupRelationships/get", t -> t.body("calendly:groupRelationships?op=get&uri="
                + t.firstUri("calendly:groupRelationships?op=list")));
        call("oneOffEventTypes/create", t -> t.map("calendly:oneOffEventTypes?op=create", Map.of(
                "name", "Schema one-off", "host", seeded().owner(), "duration", 30, "timezone", "Europe/London",
                "date_setting", Map.of("type", "date_range", "start_date", day(1), "end_date", day(3)),
                "location", Map.of("kind", "physical", "location", "12 Main Street")), Map.of()));
        call("eventTypeAvailabilitySchedules/update", t -> t.body(
                "calendly:eventTypeAvailabilitySchedules?op=update&eventType="
                        + seeded().eventType(SeededOrganization.PRODUCT_DEMO),
                Map.of("availability_rule", Map.of("timezone", "Europe/Berlin", "rules", List.of(Map.of(
                        "type", "wday", "wday", "tuesday", "intervals", List.of(Map.of("from", "10:00", "to",
                                "12:00"))))), "availability_setting", "host"), Map.of()));
        call("locations/list", t -> t.body("calendly:locations?op=list"));
        call("routingForms/list", t -> t.body("calendly:routingForms?op=list"));
        call("routingForms/get", t -> t.body("calendly:routingForms?op=get&uri="
                + t.firstUri("calendly:routingForms?op=list")));
        call("routingFormSubmissions/list", t -> t.body("calendly:routingFormSubmissions?op=list&form="
                + sandbox.routingForm("Contact Sales")));
        call("routingFormSubmissions/get", t -> t.body("calendly:routingFormSubmissions?op=get&uri="
                + t.firstUri("calendly:routingFormSubmissions?op=list&form=" + sandbox.routingForm("Contact Sales"))));
        call("dataCompliance/deleteInvitees", t -> {
            String email = unique("forget.me") + "@example.com";
            book(email);
            return t.body("calendly:dataCompliance?op=deleteInvitees&confirmDestructive=true",
                    Map.of("emails", List.of(email)), Map.of());
        });
        call("dataCompliance/deleteEvents", t -> t.body("calendly:dataCompliance?op=deleteEvents"
                + "&confirmDestructive=true", null, Map.of(
                        "CamelCalendly.startTime", Instant.now().minus(400, ChronoUnit.DAYS),
                        "CamelCalendly.endTime", Instant.now().minus(300, ChronoUnit.DAYS))));
        call("activityLogEntries/list", t -> t.body("calendly:activityLogEntries?op=list"));
        call("outgoingCommunications/list", t -> {
            book(unique("notified") + "@example.com");
            return t.body("calendly:outgoingCommunications?op=list");
        });
        call("contacts/list", t -> {
            t.createContact();
            return t.body("calendly:contacts?op=list");
        });
        call("contacts/create", t -> t.createContact());
        call("contacts/get", t -> t.body("calendly:contacts?op=get&uri=" + t.createContact().get("uri")));
        call("contacts/update", t -> t.body("calendly:contacts?op=update&uri=" + t.createContact().get("uri"),
                Map.of("company", "Analytical Engines Ltd", "job_title", "Engineer"), Map.of()));
        call("contacts/delete", t -> t.body("calendly:contacts?op=delete&confirmDestructive=true&uri="
                + t.createContact().get("uri")));
        call("contactCustomFieldDefinitions/list", t -> {
            t.createFieldDefinition();
            return t.body("calendly:contactCustomFieldDefinitions?op=list");
        });
        call("contactCustomFieldDefinitions/get", t -> t.body("calendly:contactCustomFieldDefinitions?op=get&uri="
                + t.createFieldDefinition().get("uri")));
        call("contactCustomFieldDefinitions/create", t -> t.createFieldDefinition());
        call("contactLists/list", t -> {
            t.createContactList();
            return t.body("calendly:contactLists?op=list");
        });
        call("contactLists/create", t -> t.createContactList());
        call("contactLists/get", t -> t.body("calendly:contactLists?op=get&uri=" + t.createContactList().get("uri")));
        call("contactLists/update", t -> t.body("calendly:contactLists?op=update&uri="
                + t.createContactList().get("uri") + "&name=" + unique("Renamed ")));
        call("contactLists/addContacts", t -> t.body("calendly:contactLists?op=addContacts&uri="
                + t.createContactList().get("uri"), Map.of("contacts", List.of(t.createContact().get("uri"))),
                Map.of()));
        call("contactLists/removeContacts", t -> {
            Object contact = t.createContact().get("uri");
            Object list = t.createContactList().get("uri");
            t.body("calendly:contactLists?op=addContacts&uri=" + list, Map.of("contacts", List.of(contact)), Map.of());
            return t.body("calendly:contactLists?op=removeContacts&uri=" + list, Map.of("contacts", List.of(contact)),
                    Map.of());
        });
        call("notes/list", t -> {
            Object contact = t.createContact().get("uri");
            t.createNote(contact);
            return t.body("calendly:notes?op=list&contact=" + contact);
        });
        call("notes/create", t -> t.createNote(t.createContact().get("uri")));
        call("notes/get", t -> t.body("calendly:notes?op=get&uri=" + t.createNote(t.createContact().get("uri"))
                .get("uri")));
        call("meetingRecaps/list", t -> t.body("calendly:meetingRecaps?op=list"));
        call("meetingRecaps/get", t -> t.body("calendly:meetingRecaps?op=get&uri=" + t.recap()));
        call("meetingRecaps/update", t -> t.body("calendly:meetingRecaps?op=update&uri=" + t.recap(), Map.of(
                "summary_md", "## Summary\nSchemas checked."), Map.of()));
        call("meetingRecaps/delete", t -> t.body("calendly:meetingRecaps?op=delete&uri=" + t.recap()));
        call("meetingRecaps/transcript", t -> t.body("calendly:meetingRecaps?op=transcript&uri=" + t.recap()));
    }

    private static void call(String operation, Call call) {
        CALLS.put(operation, call);
    }

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withTokenRequestsPerMinute(0).withClock(clock)
                .withPlan(SandboxOptions.Plan.ENTERPRISE));
        token = sandbox.issueToken();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CalendlyComponent calendly = context.getComponent("calendly", CalendlyComponent.class);
        calendly.setAccessToken(token);
        calendly.setBaseUrl(sandbox.baseUrl());
        CalendlyComponent oauth = new CalendlyComponent();
        oauth.getConfiguration().setClientId(app().clientId());
        oauth.getConfiguration().setClientSecret(app().clientSecret());
        oauth.getConfiguration().setAuthBaseUrl(sandbox.authUrl());
        oauth.getConfiguration().setTokenStore(new InMemoryTokenStore());
        oauth.setBaseUrl(sandbox.baseUrl());
        context.addComponent("calendlyOAuth", oauth);
        return context;
    }

    static Stream<String> servedOperations() {
        return CALLS.keySet().stream();
    }

    static Stream<String> events() {
        return OptionCatalog.WEBHOOK_EVENTS.stream();
    }

    @Test
    void everyOperationOfTheRegistryIsCalled() {
        Set<String> accounted = new HashSet<>(CALLS.keySet());
        accounted.add(TRIGGER);

        assertThat(accounted).containsExactlyInAnyOrderElementsOf(
                OperationRegistry.all().stream().map(Operation::id).toList());
    }

    @Test
    void everyOperationCalledOverHttpIsOneTheSandboxModels() {
        for (String id : CALLS.keySet()) {
            Operation op = FixtureOutputsTest.operation(id);
            if (op.kind() == OperationKind.HTTP) {
                assertThat(modelled(op)).as("%s is called", id).isTrue();
            }
        }
    }

    /** Whether one of the sandbox's endpoints answers the operation's method and path. */
    private static boolean modelled(Operation op) {
        String[] path = op.pathTemplate().split("/");
        return sandbox.modelledEndpoints().stream().anyMatch(endpoint -> {
            String[] parts = endpoint.split(" ", 2);
            String[] modelledPath = parts[1].split("/");
            if (!parts[0].equals(op.method()) || modelledPath.length != path.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                boolean placeholder = modelledPath[i].startsWith("{") || path[i].startsWith("{");
                if (!placeholder && !modelledPath[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servedOperations")
    void theRouteGetsWhatTheOutputSchemaSays(String id) throws Exception {
        Object body = CALLS.get(id).run(this);

        assertThat(problems(OutputSchemas.of(FixtureOutputsTest.operation(id)), json(body)))
                .as("%s answered %s", id, body).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theSampleDeliveryOfEveryEventValidates(String event) {
        String scope = event.startsWith("meeting_recap.") ? "user" : "organization";
        Object sample = body("calendly:sampleWebhookData?op=get&event=" + event + "&scope=" + scope);

        assertThat(problems(OutputSchemas.of(FixtureOutputsTest.operation("sampleWebhookData/get")), json(sample)))
                .as("sample of %s: %s", event, sample).isEmpty();
    }

    // ---- calling the component

    Object body(String uri) {
        return body(uri, null, Map.of());
    }

    Object body(String uri, Object body, Map<String, Object> headers) {
        Exchange out = template.request(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new LinkedHashMap<>(headers));
        });
        if (out.getException() != null) {
            throw new AssertionError(uri + " failed", out.getException());
        }
        return out.getMessage().getBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String uri, Object body, Map<String, Object> headers) {
        return (Map<String, Object>) body(uri, body, headers);
    }

    @SuppressWarnings("unchecked")
    String firstUri(String listUri) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(listUri);
        assertThat(items).as("items of %s", listUri).isNotEmpty();
        return (String) items.get(0).get("uri");
    }

    Map<String, Object> invite() {
        return map("calendly:organizationInvitations?op=create&email=" + unique("invitee") + "@example.com", null,
                Map.of());
    }

    Map<String, Object> createEventType() {
        return map("calendly:eventTypes?op=create", Map.of("owner", seeded().owner(), "name",
                "Schema Review " + unique(""), "duration", 30), Map.of());
    }

    Map<String, Object> subscribe() {
        return map("calendly:webhookSubscriptions?op=create", Map.of("url", "http://localhost:9/"
                + unique("hook"), "events", List.of("invitee.created"), "organization", seeded().organization(),
                "scope", "organization", "signing_key", "schema-check-key"), Map.of());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> bookThroughRoute() {
        Map<String, Object> week = week();
        List<Map<String, Object>> slots = (List<Map<String, Object>>) body(
                "calendly:eventTypeAvailableTimes?op=list&eventType=" + seeded().eventType(
                        SeededOrganization.OFFICE_HOURS), null, week);
        assertThat(slots).as("free slots of office hours").isNotEmpty();
        return map("calendly:invitees?op=create", Map.of(
                "event_type", seeded().eventType(SeededOrganization.OFFICE_HOURS),
                "start_time", slots.get(slots.size() - 1).get("start_time"),
                "invitee", Map.of("name", "Mary Somerville", "email", "mary@example.com", "timezone", "Europe/Paris")),
                Map.of());
    }

    Map<String, Object> markNoShow() {
        return map("calendly:inviteeNoShows?op=create", null,
                Map.of("CamelCalendly.invitee", book(unique("no.show") + "@example.com").inviteeUri()));
    }

    Map<String, Object> createContact() {
        String email = unique("contact") + "@example.com";
        return map("calendly:contacts?op=create", Map.of("name", "Schema Contact", "emails", List.of(Map.of(
                "email", email, "is_primary", true)), "company", "Difference Engines", "timezone", "Europe/London"),
                Map.of());
    }

    Map<String, Object> createFieldDefinition() {
        return map("calendly:contactCustomFieldDefinitions?op=create", Map.of("label", unique("Tier "), "field_type",
                "single_select", "options", List.of(Map.of("label", "Gold"), Map.of("label", "Silver"))), Map.of());
    }

    Map<String, Object> createContactList() {
        return map("calendly:contactLists?op=create", Map.of("name", unique("Schema list ")), Map.of());
    }

    Map<String, Object> createNote(Object contactUri) {
        return map("calendly:notes?op=create", Map.of("contact", contactUri, "title", "Follow up", "body",
                "Send the schema notes."), Map.of());
    }

    /**
     * A fresh recap of a meeting held by the owner, as the Notetaker records it: the sandbox's clock moves past the
     * end of a new booking for the recording, then back to the real time the component works in.
     */
    Object recap() {
        String event = book(unique("recap") + "@example.com").eventUri();
        Duration ahead = Duration.ofDays(40);
        clock.advance(ahead);
        try {
            return sandbox.recordMeetingRecap(event).get("uri").asText();
        } finally {
            clock.advance(ahead.negated());
        }
    }

    Object connect(String connectionId) {
        String verifier = "v" + UUID.randomUUID() + UUID.randomUUID();
        String code = sandbox.authorizationCode(List.of(), Pkce.challengeOf(verifier));
        return body("calendlyOAuth:oauth?op=exchangeCode&redirectUri=" + app().redirectUri(), null, Map.of(
                "CamelCalendly.code", code, "CamelCalendly.codeVerifier", verifier,
                CalendlyConstants.CONNECTION_ID, connectionId));
    }

    // ---- sandbox data

    private static SeededOrganization seeded() {
        return sandbox.seeded();
    }

    private static SandboxOptions.OAuthClient app() {
        return sandbox.options().oauthClient();
    }

    private static String introCall() {
        return seeded().eventType(SeededOrganization.INTRO_CALL);
    }

    /** A booking of the next free intro call, made on the sandbox's booking page. */
    private static BookingResult book(String email) {
        return sandbox.book(Booking.of(introCall(), null, "Schema Check", email));
    }

    /** startTime and endTime headers for the coming week (busy times and available times must start ahead). */
    private static Map<String, Object> week() {
        Instant from = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        return Map.of("CamelCalendly.startTime", from, "CamelCalendly.endTime", from.plus(6, ChronoUnit.DAYS));
    }

    /** An ISO date {@code days} from today (UTC). */
    private static String day(int days) {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(days).toString();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

}
