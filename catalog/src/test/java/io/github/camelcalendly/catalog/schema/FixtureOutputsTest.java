package io.github.camelcalendly.catalog.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.camelcalendly.fixtures.CalendlyFixtures;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelcalendly.catalog.schema.SchemaValidation.failingLocations;
import static io.github.camelcalendly.catalog.schema.SchemaValidation.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture of calendly-fixtures that answers an operation validates against that operation's output schema,
 * taken as the route gets it: a resource unwrapped, a collection as its items. Every fixture is accounted for: an
 * answer, a single object, a webhook delivery or payload, a stand-in for 204, a known disagreement with Calendly's
 * reference (which must fail exactly where the disagreement is), or a file that answers no operation, with the
 * reason.
 */
class FixtureOutputsTest {

    /** Answers of an operation, by fixture: the route's body validates against the operation's output schema. */
    private static final Map<String, String> ANSWERS = new TreeMap<>();

    /**
     * Single objects, not wrapped in resource or collection: they validate against the part of an operation's
     * schema that describes them, named by a JSON pointer into the schema.
     */
    private static final Map<String, String[]> OBJECTS = new TreeMap<>();

    /** Whole webhook deliveries: the envelope validates as sampleWebhookData/get answers it, the payload alone too. */
    private static final List<String> DELIVERIES = List.of(
            "calendlyr/objects/webhooks/payload.json",
            "webhook-examples/invitee.created.json");

    /** A webhook payload alone, by fixture: the event it belongs to. */
    private static final Map<String, String> PAYLOADS = Map.of(
            "calendlyr/objects/webhooks/invite_payload.json", "invitee.created");

    /** Empty objects standing for Calendly's 204 without a body (fixtures README): the route gets null. */
    private static final Map<String, String> NO_CONTENT = Map.of(
            "calendlyr/events/delete_invitee_no_show.json", "inviteeNoShows/delete",
            "calendlyr/organizations/remove_user.json", "organizationMemberships/delete",
            "calendlyr/organizations/revoke_invitation.json", "organizationInvitations/revoke",
            "calendlyr/webhooks/delete.json", "webhookSubscriptions/delete");

    /**
     * Fixtures whose data disagrees with Calendly's reference: they answer the operation (or hold the object) named,
     * and fail its schema exactly at the locations listed, for the reason given.
     */
    private static final Map<String, Deviation> DEVIATIONS = new TreeMap<>();

    /** Files that answer no operation, with the reason. */
    private static final Map<String, String> NOT_ANSWERS = new TreeMap<>();

    /**
     * A disagreement: the operation, the JSON pointer into its schema of the part describing a single object (null
     * when the fixture is an answer of the operation), where the fixture fails it and why.
     */
    record Deviation(String operation, String pointer, Set<String> locations, String reason) {
    }

    static {
        answers("activityLogEntries/list", "calendlyr/activity_log/list.json", "calendlyr/activity_log/list_page2.json",
                "koshilife/activity_log_entries_001.json");
        answers("userBusyTimes/list", "calendlyr/availabilities/user_busy_times_list.json",
                "calendlyr/user_busy_times/list.json", "calendlyr/user_busy_times/list_page1.json",
                "calendlyr/user_busy_times/list_page2.json");
        answers("userAvailabilitySchedules/list", "calendlyr/availabilities/user_schedules_list.json",
                "calendlyr/user_availability_schedules/list.json", "calendlyr/user_availability_schedules/list_page1.json",
                "calendlyr/user_availability_schedules/list_page2.json");
        answers("userAvailabilitySchedules/get", "calendlyr/availabilities/user_schedules_retrieve.json",
                "calendlyr/user_availability_schedules/retrieve.json");
        answers("dataCompliance/deleteInvitees", "calendlyr/data_compliance/delete_invitee_data.json");
        answers("dataCompliance/deleteEvents", "calendlyr/data_compliance/delete_scheduled_event_data.json");
        answers("invitees/list", "calendlyr/event_invitees/list.json", "calendlyr/event_invitees/list_page2.json",
                "koshilife/scheduled_event_invitees_101.json", "koshilife/scheduled_event_invitees_201_page1.json",
                "koshilife/scheduled_event_invitees_201_page2.json");
        answers("invitees/get", "calendlyr/event_invitees/retrieve.json", "koshilife/scheduled_event_invitee_301.json");
        answers("eventTypeAvailabilitySchedules/list", "calendlyr/event_type_availability_schedules/list.json");
        answers("eventTypeAvailabilitySchedules/update", "calendlyr/event_type_availability_schedules/update.json");
        answers("eventTypeAvailableTimes/list", "calendlyr/event_type_available_times/list.json",
                "koshilife/event_type_available_times_001.json");
        answers("eventTypeMemberships/list", "calendlyr/event_type_memberships/list.json",
                "calendlyr/event_type_memberships/list_page2.json");
        answers("eventTypes/create", "calendlyr/event_types/create.json");
        answers("eventTypes/list", "calendlyr/event_types/list_page2.json", "koshilife/event_types_001.json",
                "koshilife/event_types_002_page1.json", "koshilife/event_types_002_page1_user.json",
                "koshilife/event_types_002_page2.json", "koshilife/event_types_003.json");
        answers("eventTypes/get", "koshilife/event_type_001_user.json", "koshilife/event_type_011_many_questions.json",
                "koshilife/event_type_101_team.json", "koshilife/event_type_201_no_profile.json");
        answers("eventTypes/update", "calendlyr/event_types/update.json");
        answers("scheduledEvents/cancel", "calendlyr/events/cancel_invitee.json", "koshilife/cancel_event_001.json",
                "koshilife/cancel_event_002.json");
        answers("inviteeNoShows/create", "calendlyr/events/create_invitee_no_show.json");
        answers("inviteeNoShows/get", "calendlyr/events/retrieve_invitee_no_show.json", "koshilife/no_show_001.json");
        answers("scheduledEvents/list", "calendlyr/events/list.json", "calendlyr/events/list_page2.json",
                "koshilife/scheduled_events_001.json", "koshilife/scheduled_events_002_page1.json",
                "koshilife/scheduled_events_002_page1_user.json", "koshilife/scheduled_events_002_page2.json");
        answers("scheduledEvents/get", "calendlyr/events/retrieve.json", "koshilife/scheduled_event_001.json");
        answers("groupRelationships/list", "calendlyr/group_relationships/list.json",
                "calendlyr/group_relationships/list_page2.json");
        answers("groupRelationships/get", "calendlyr/group_relationships/retrieve.json");
        answers("groups/list", "calendlyr/groups/list.json", "calendlyr/groups/list_page2.json");
        answers("groups/get", "calendlyr/groups/retrieve.json");
        answers("organizationMemberships/list", "calendlyr/organization_memberships/list.json",
                "calendlyr/organizations/list_memberships.json", "calendlyr/organizations/list_memberships_page2.json",
                "koshilife/organization_memberships_001.json", "koshilife/organization_memberships_002_page1.json",
                "koshilife/organization_memberships_002_page2.json");
        answers("organizationMemberships/get", "calendlyr/organization_memberships/retrieve.json",
                "calendlyr/organizations/retrieve_membership.json", "koshilife/organization_membership_001.json");
        answers("organizationInvitations/create", "calendlyr/organizations/invite.json",
                "koshilife/organization_invitation_003_create.json");
        answers("organizationInvitations/list", "calendlyr/organizations/list_invitations.json",
                "calendlyr/organizations/list_invitations_page2.json", "koshilife/organization_invitations_001.json",
                "koshilife/organization_invitations_002_page1.json", "koshilife/organization_invitations_002_page2.json");
        answers("organizationInvitations/get", "calendlyr/organizations/retrieve_invitation.json",
                "koshilife/organization_invitation_001.json");
        answers("organizations/get", "calendlyr/organizations/retrieve.json");
        answers("outgoingCommunications/list", "calendlyr/outgoing_communications/list.json",
                "calendlyr/outgoing_communications/list_page2.json");
        answers("routingForms/list", "calendlyr/routing_forms/list.json", "calendlyr/routing_forms/list_page2.json",
                "koshilife/routing_forms_001.json", "koshilife/routing_forms_002_page1.json",
                "koshilife/routing_forms_002_page2.json");
        answers("routingForms/get", "calendlyr/routing_forms/retrieve.json", "koshilife/routing_form_001.json");
        answers("routingFormSubmissions/list", "calendlyr/routing_forms/list_routing_form_submission.json",
                "calendlyr/routing_forms/list_routing_form_submission_page2.json",
                "koshilife/routing_form_submissions_001.json", "koshilife/routing_form_submissions_002_page1.json",
                "koshilife/routing_form_submissions_002_page2.json");
        answers("routingFormSubmissions/get", "calendlyr/routing_forms/retrieve_routing_form_submission.json",
                "koshilife/routing_form_submission_001.json");
        answers("schedulingLinks/create", "calendlyr/scheduling_links/create.json", "koshilife/schedule_link_001.json");
        answers("shares/create", "calendlyr/shares/create.json");
        answers("users/me", "calendlyr/users/retrieve.json", "koshilife/user_001.json");
        answers("users/get", "calendlyr/users/reload.json");
        answers("webhookSubscriptions/create", "calendlyr/webhooks/create.json");
        answers("webhookSubscriptions/list", "calendlyr/webhooks/list.json", "calendlyr/webhooks/list_page2.json",
                "koshilife/webhooks_organization_001.json", "koshilife/webhooks_organization_002_page1.json",
                "koshilife/webhooks_organization_002_page2.json", "koshilife/webhooks_user_001.json",
                "koshilife/webhooks_user_002_page1.json", "koshilife/webhooks_user_002_page2.json");
        answers("webhookSubscriptions/get", "calendlyr/webhooks/retrieve.json", "koshilife/webhook_organization_001.json",
                "koshilife/webhook_user_001.json");

        object("calendlyr/objects/activity_log.json", "activityLogEntries/list", "/items");
        object("calendlyr/objects/availabilities/rule.json", "userAvailabilitySchedules/get", "/properties/rules/items");
        object("calendlyr/objects/availability_rule.json", "userAvailabilitySchedules/get", "/properties/rules/items");
        object("calendlyr/objects/availabilities/user_busy_time.json", "userBusyTimes/list", "/items");
        object("calendlyr/objects/availabilities/user_schedule.json", "userAvailabilitySchedules/get", "");
        object("calendlyr/objects/event.json", "scheduledEvents/get", "");
        object("calendlyr/objects/event_types/availability_schedule.json", "eventTypeAvailabilitySchedules/list",
                "/items");
        object("calendlyr/objects/event_types/profile.json", "eventTypes/get", "/properties/profile");
        object("calendlyr/objects/events/cancellation.json", "scheduledEvents/cancel", "");
        object("calendlyr/objects/events/guest.json", "scheduledEvents/get", "/properties/event_guests/items");
        object("calendlyr/objects/events/invitee.json", "invitees/get", "");
        object("calendlyr/objects/events/invitee_no_show.json", "inviteeNoShows/get", "");
        object("calendlyr/objects/group.json", "groups/get", "");
        object("calendlyr/objects/groups/relationship.json", "groupRelationships/get", "");
        object("calendlyr/objects/organization.json", "organizations/get", "");
        object("calendlyr/objects/organizations/invitation.json", "organizationInvitations/get", "");
        object("calendlyr/objects/organizations/membership.json", "organizationMemberships/get", "");
        object("calendlyr/objects/routing_form.json", "routingForms/get", "");
        object("calendlyr/objects/routing_forms/submission.json", "routingFormSubmissions/get", "");
        object("calendlyr/objects/share.json", "shares/create", "");
        object("calendlyr/objects/user.json", "users/get", "");
        object("calendlyr/objects/webhooks/subscription.json", "webhookSubscriptions/get", "");

        String numericPhone = "calendlyr writes an inbound-call location's phone_number as a JSON number;"
                + " Calendly's reference types it as text";
        answerDeviation("calendlyr/event_types/list.json", "eventTypes/list", numericPhone,
                "/0/locations/0/phone_number");
        answerDeviation("calendlyr/event_types/retrieve.json", "eventTypes/get", numericPhone,
                "/locations/0/phone_number");
        answerDeviation("calendlyr/event_type_hosts/list.json", "eventTypeMemberships/list", numericPhone,
                "/0/event_type/locations/0/phone_number");
        objectDeviation("calendlyr/objects/event_type.json", "eventTypes/get", "", numericPhone + "; and it gives"
                + " questions without choices answer_choices null, where Calendly's reference has an array ([])",
                "/locations/0/phone_number", "/custom_questions/0/answer_choices",
                "/custom_questions/1/answer_choices", "/custom_questions/4/answer_choices");
        objectDeviation("calendlyr/objects/event_type_host.json", "eventTypeMemberships/list", "/items",
                numericPhone, "/event_type/locations/0/phone_number");
        String noKind = "calendlyr lists locations as {uri, type, display_name}; Calendly's reference answers"
                + " {kind, connected}, kind always present";
        answerDeviation("calendlyr/locations/list.json", "locations/list", noKind, "/0");
        answerDeviation("calendlyr/locations/list_page2.json", "locations/list", noKind, "/0");
        objectDeviation("calendlyr/objects/location.json", "locations/list", "/items", noKind, "");
        answerDeviation("calendlyr/event_types/create_one_off.json", "oneOffEventTypes/create", "calendlyr's"
                + " one-off event type has an empty location {}; Calendly's reference gives every location its kind",
                "/locations/0");

        NOT_ANSWERS.put("calendlyr/LICENSE", "the licence of the calendlyr fixtures");
        NOT_ANSWERS.put("koshilife/LICENSE", "the licence of the koshilife fixtures");
        NOT_ANSWERS.put("koshilife/not_json.html", "an HTML page standing for a non-JSON answer, which the component"
                + " refuses as malformed");
        for (String status : List.of("400", "401", "403", "403_payment_required", "404", "424", "429", "500")) {
            NOT_ANSWERS.put("calendlyr/resources/" + status + ".json", "an error body: the component raises"
                    + " CalendlyApiException and the route gets no body");
        }
        NOT_ANSWERS.put("koshilife/error_404_not_found.json", "an error body: the component raises"
                + " CalendlyNotFoundException");
        NOT_ANSWERS.put("koshilife/error_400_invalid_grant.json", "an OAuth error body: the component raises"
                + " CalendlyApiException");
        NOT_ANSWERS.put("koshilife/refresh_token.json", "an OAuth token answer: the component saves the tokens and"
                + " oauth/refresh gives the route the connection (OAuthConnection), never a token");
        NOT_ANSWERS.put("calendlyr/events/create_invitee.json", "its resource is the event URI as text, with the"
                + " invitee beside it; Calendly answers the Invitee as resource, and the component refuses a resource"
                + " that is not an object");
        NOT_ANSWERS.put("calendlyr/webhooks/sample.json", "the retired v1 webhook layout (payload.event_type,"
                + " payload.invitee); the v2 delivery it stands for is calendlyr/objects/webhooks/payload.json");
    }

    private static void answers(String operation, String... fixtures) {
        for (String fixture : fixtures) {
            ANSWERS.put(fixture, operation);
        }
    }

    private static void object(String fixture, String operation, String pointer) {
        OBJECTS.put(fixture, new String[] {operation, pointer});
    }

    private static void answerDeviation(String fixture, String operation, String reason, String... locations) {
        DEVIATIONS.put(fixture, new Deviation(operation, null, Set.of(locations), reason));
    }

    private static void objectDeviation(String fixture, String operation, String pointer, String reason,
            String... locations) {
        DEVIATIONS.put(fixture, new Deviation(operation, pointer, Set.of(locations), reason));
    }

    static Stream<String> answers() {
        return ANSWERS.keySet().stream();
    }

    static Stream<String> objects() {
        return OBJECTS.keySet().stream();
    }

    static Stream<String> deliveries() {
        return DELIVERIES.stream();
    }

    static Stream<String> deviations() {
        return DEVIATIONS.keySet().stream();
    }

    static Stream<String> noContent() {
        return NO_CONTENT.keySet().stream();
    }

    @Test
    void everyFixtureIsAccountedForOnce() {
        List<String> listed = new ArrayList<>();
        listed.addAll(ANSWERS.keySet());
        listed.addAll(OBJECTS.keySet());
        listed.addAll(DELIVERIES);
        listed.addAll(PAYLOADS.keySet());
        listed.addAll(NO_CONTENT.keySet());
        listed.addAll(DEVIATIONS.keySet());
        listed.addAll(NOT_ANSWERS.keySet());

        Set<String> seen = new HashSet<>();
        assertThat(listed.stream().filter(fixture -> !seen.add(fixture))).as("fixtures listed twice").isEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(FixtureFiles.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void anAnswerValidatesAsTheRouteGetsIt(String fixture) {
        Operation op = operation(ANSWERS.get(fixture));

        assertThat(problems(OutputSchemas.of(op), routeBody(op, fixture))).as("%s as %s", fixture, op.id())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void aSingleObjectValidatesAgainstThePartThatDescribesIt(String fixture) {
        String[] target = OBJECTS.get(fixture);

        assertThat(problems(part(target[0], target[1]), read(fixture))).as("%s as %s%s", fixture, target[0],
                target[1]).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliveries")
    void aWebhookDeliveryValidatesAsEnvelopeAndItsPayloadAlone(String fixture) {
        JsonNode delivery = read(fixture);

        assertThat(problems(OutputSchemas.of(operation("sampleWebhookData/get")), delivery)).isEmpty();
        assertThat(problems(OutputSchemas.eventPayload(delivery.path("event").asText()), delivery.path("payload")))
                .isEmpty();
    }

    @Test
    void aWebhookPayloadValidatesAgainstItsEvent() {
        PAYLOADS.forEach((fixture, event) ->
                assertThat(problems(OutputSchemas.eventPayload(event), read(fixture))).as(fixture).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noContent")
    void aStandInFor204GivesTheRouteNull(String fixture) {
        assertThat(read(fixture).isEmpty()).as("%s is an empty stand-in", fixture).isTrue();

        assertThat(problems(OutputSchemas.of(operation(NO_CONTENT.get(fixture))), NullNode.getInstance())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviations")
    void aKnownDisagreementFailsExactlyWhereItDisagrees(String fixture) {
        Deviation deviation = DEVIATIONS.get(fixture);
        Operation op = operation(deviation.operation());
        boolean answer = deviation.pointer() == null;
        JsonNode instance = answer ? routeBody(op, fixture) : read(fixture);
        JsonNode schema = answer ? OutputSchemas.of(op) : part(deviation.operation(), deviation.pointer());

        assertThat(failingLocations(schema, instance))
                .as("%s: %s", fixture, deviation.reason())
                .containsExactlyInAnyOrderElementsOf(deviation.locations());
    }

    /** The body a route gets from {@code op} when Calendly answers with the fixture. */
    private static JsonNode routeBody(Operation op, String fixture) {
        JsonNode answer = read(fixture);
        return switch (op.answer()) {
            case RESOURCE -> answer.get("resource");
            case COLLECTION -> answer.get("collection");
            case OBJECT -> answer.path("resource").isObject() ? answer.get("resource") : answer;
            default -> answer;
        };
    }

    private static JsonNode part(String operation, String pointer) {
        JsonNode part = OutputSchemas.of(operation(operation)).at(pointer);
        assertThat(part.isMissingNode()).as("%s has a schema part at '%s'", operation, pointer).isFalse();
        return part;
    }

    static Operation operation(String id) {
        String[] parts = id.split("/");
        return OperationRegistry.find(parts[0], parts[1])
                .orElseThrow(() -> new AssertionError("no operation " + id + " in the registry"));
    }

    private static JsonNode read(String fixture) {
        try {
            return SchemaValidation.JSON.readTree(CalendlyFixtures.read(fixture));
        } catch (JsonProcessingException e) {
            throw new AssertionError("fixture " + fixture + " is not JSON", e);
        }
    }
}
