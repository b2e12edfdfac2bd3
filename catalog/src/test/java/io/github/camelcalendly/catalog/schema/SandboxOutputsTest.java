package io.github.camelcalendly.catalog.schema;

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

import static io.github.camelcalendly.catalog.schema.SchemaValidation.failingLocations;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.json;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's real-shaped answers validate: each operation the sandbox serves is called through the component
 * ({@code calendly:<resource>?op=<op>} on the sandbox's base URL and token, {@code calendlyOAuth:oauth} on its
 * authorization server) and the route's body is checked against {@link OutputSchemas#of}. The operations the
 * sandbox does not serve are listed, and the test checks the sandbox really does not model them.
 */
class SandboxOutputsTest extends CamelTestSupport {

    /** How one operation is called: returns the body the route got. */
    @FunctionalInterface
    interface Call {
        Object run(SandboxOutputsTest test) throws Exception;
    }

    private static final Map<String, Call> CALLS = new LinkedHashMap<>();

    /** The operations the sandbox does not serve (it answers 501 for them), with the reason they are not called. */
    private static final Map<String, String> NOT_SERVED = new LinkedHashMap<>();

    /** The webhook trigger is driven by the sandbox's signed deliveries in {@link WebhookTriggerOutputsTest}. */
    private static final String TRIGGER = "webhook/consumer";

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

        String unmodelled = "the sandbox does not model it yet and answers 501";
        for (String id : List.of("teams/list", "teams/get", "groups/list", "groups/get", "groupRelationships/list",
                "groupRelationships/get", "oneOffEventTypes/create", "eventTypeAvailabilitySchedules/update",
                "locations/list", "routingForms/list", "routingForms/get", "routingFormSubmissions/list",
                "routingFormSubmissions/get", "dataCompliance/deleteInvitees", "dataCompliance/deleteEvents",
                "activityLogEntries/list", "outgoingCommunications/list", "contacts/list", "contacts/create",
                "contacts/get", "contacts/update", "contacts/delete", "contactCustomFieldDefinitions/list",
                "contactCustomFieldDefinitions/get", "contactCustomFieldDefinitions/create", "contactLists/list",
                "contactLists/create", "contactLists/get", "contactLists/update", "contactLists/addContacts",
                "contactLists/removeContacts", "notes/list", "notes/create", "notes/get", "meetingRecaps/list",
                "meetingRecaps/get", "meetingRecaps/update", "meetingRecaps/delete", "meetingRecaps/transcript")) {
            NOT_SERVED.put(id, unmodelled);
        }
    }

    private static void call(String operation, Call call) {
        CALLS.put(operation, call);
    }

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withTokenRequestsPerMinute(0));
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
    void everyOperationIsCalledOrListedAsNotServed() {
        Set<String> accounted = new HashSet<>(CALLS.keySet());
        accounted.addAll(NOT_SERVED.keySet());
        accounted.add(TRIGGER);

        assertThat(CALLS.keySet()).doesNotContainAnyElementsOf(NOT_SERVED.keySet());
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(
                OperationRegistry.all().stream().map(Operation::id).toList());
    }

    @Test
    void theOperationsListedAsNotServedAreNotModelledByTheSandbox() {
        for (String id : NOT_SERVED.keySet()) {
            assertThat(modelled(FixtureOutputsTest.operation(id))).as("%s is listed as not served", id).isFalse();
        }
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

        SandboxDeviations.Deviation known = SandboxDeviations.SAMPLE_DATA.get(event);
        assertThat(failingLocations(OutputSchemas.of(FixtureOutputsTest.operation("sampleWebhookData/get")),
                json(sample))).as("sample of %s: %s (%s)", event, sample, known == null ? "no known deviation"
                        : known.reason())
                .containsExactlyInAnyOrderElementsOf(known == null ? Set.of() : known.locations());
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

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

}
