package io.github.camelcalendly.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Resources.EventTypeSpec;

/**
 * Fills a new store with a small, realistic organization: three users with working hours, memberships, a pending
 * invitation and five event types. The owner has connected a Google calendar, the admin an Outlook one, the member
 * none (so the member's meetings have no {@code calendar_event}).
 */
public final class Seed {

    private static final String[] WORKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday"};

    private Seed() {
    }

    public static SeededOrganization populate(SandboxStore store, Instant now, String plan) {
        Resources resources = new Resources(store);
        Instant founded = now.minus(Duration.ofDays(400));
        String stage = "free".equals(plan) ? "free" : "paid";
        String organization = resources.organization(store.newUuid(), "Analytical Engines Ltd", plan, stage,
                founded).path("uri").asText();

        ObjectNode owner = resources.user(store.newUuid(), "Ada Lovelace", "ada@example.com", "America/New_York",
                organization, founded);
        ObjectNode admin = resources.user(store.newUuid(), "Grace Hopper", "grace@example.com", "Europe/Berlin",
                organization, founded.plus(Duration.ofDays(3)));
        ObjectNode member = resources.user(store.newUuid(), "Alan Turing", "alan@example.com", "Europe/London",
                organization, founded.plus(Duration.ofDays(10)));
        store.connectCalendar(owner.path("uri").asText(), "google");
        store.connectCalendar(admin.path("uri").asText(), "outlook");
        resources.membership(store.newUuid(), owner, organization, "owner", founded);
        resources.membership(store.newUuid(), admin, organization, "admin", founded.plus(Duration.ofDays(3)));
        resources.membership(store.newUuid(), member, organization, "user", founded.plus(Duration.ofDays(10)));
        String invitation = resources.invitation(store.newUuid(), organization, "new.hire@example.com", "pending",
                null, now.minus(Duration.ofDays(2))).path("uri").asText();

        for (ObjectNode user : new ObjectNode[] {owner, admin, member}) {
            String timezone = user.path("timezone").asText();
            resources.availabilitySchedule(store.newUuid(), user, "Working Hours", true, timezone, "09:00",
                    "17:00", WORKDAYS);
        }

        Map<String, String> eventTypes = new LinkedHashMap<>();
        Instant created = founded.plus(Duration.ofDays(20));
        add(eventTypes, resources.eventType(store.newUuid(),
                EventTypeSpec.oneOnOne("Intro Call", SeededOrganization.INTRO_CALL, 30), owner, created));
        add(eventTypes, resources.eventType(store.newUuid(),
                EventTypeSpec.oneOnOne("Product Demo", SeededOrganization.PRODUCT_DEMO, 60).at(1), owner,
                created.plus(Duration.ofHours(1))));
        add(eventTypes, resources.eventType(store.newUuid(),
                EventTypeSpec.oneOnOne("Legacy Consult", SeededOrganization.LEGACY_CONSULT, 45).inactive().at(2),
                owner, created.plus(Duration.ofHours(2))));
        add(eventTypes, resources.eventType(store.newUuid(),
                EventTypeSpec.oneOnOne("Office Hours", SeededOrganization.OFFICE_HOURS, 45), admin,
                created.plus(Duration.ofHours(3))));
        ObjectNode rotation = resources.eventType(store.newUuid(),
                EventTypeSpec.oneOnOne("Support Rotation", SeededOrganization.SUPPORT_ROTATION, 30).roundRobin(),
                admin, created.plus(Duration.ofHours(4)));
        ObjectNode profile = (ObjectNode) rotation.get("profile");
        profile.put("type", "Team");
        profile.put("name", "Support");
        add(eventTypes, rotation);
        store.setHosts(rotation.path("uri").asText(), java.util.List.of(admin.path("uri").asText(),
                member.path("uri").asText()));

        return new SeededOrganization(organization, owner.path("uri").asText(), admin.path("uri").asText(),
                member.path("uri").asText(), eventTypes, invitation);
    }

    private static void add(Map<String, String> eventTypes, ObjectNode eventType) {
        eventTypes.put(eventType.path("slug").asText(), eventType.path("uri").asText());
    }
}
