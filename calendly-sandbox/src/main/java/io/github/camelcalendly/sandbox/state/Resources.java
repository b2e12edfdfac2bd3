package io.github.camelcalendly.sandbox.state;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds users, organizations, memberships, invitations, event types and availability schedules in the exact shape
 * Calendly returns them, and stores them.
 */
public final class Resources {

    private final SandboxStore store;

    public Resources(SandboxStore store) {
        this.store = store;
    }

    public ObjectNode organization(String uuid, String name, String plan, String stage, Instant createdAt) {
        ObjectNode org = Json.object();
        org.put("uri", store.uri(Kind.ORGANIZATION, uuid));
        org.put("kind", "multiple");
        org.put("name", name);
        org.put("plan", plan);
        org.put("stage", stage);
        org.put("created_at", Json.time(createdAt));
        org.put("updated_at", Json.time(createdAt));
        return store.put(Kind.ORGANIZATION, uuid, org);
    }

    public ObjectNode user(String uuid, String name, String email, String timezone, String organization,
            Instant createdAt) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        ObjectNode user = Json.object();
        user.put("uri", store.uri(Kind.USER, uuid));
        user.put("name", name);
        user.put("slug", slug);
        user.put("email", email);
        user.put("scheduling_url", "https://calendly.com/" + slug);
        user.put("timezone", timezone);
        user.put("time_notation", "24h");
        user.put("avatar_url", "https://assets.calendly.example/avatars/" + slug + ".png");
        user.put("locale", "en");
        user.put("created_at", Json.time(createdAt));
        user.put("updated_at", Json.time(createdAt));
        user.put("current_organization", organization);
        user.put("resource_type", "User");
        return store.put(Kind.USER, uuid, user);
    }

    /** A membership; its {@code user} is a copy of the user object as Calendly embeds it. */
    public ObjectNode membership(String uuid, ObjectNode user, String organization, String role, Instant createdAt) {
        ObjectNode membership = Json.object();
        membership.put("uri", store.uri(Kind.MEMBERSHIP, uuid));
        membership.put("role", role);
        ObjectNode embedded = membership.putObject("user");
        for (String field : new String[] {"uri", "name", "slug", "email", "scheduling_url", "timezone",
                "avatar_url", "created_at", "updated_at"}) {
            embedded.set(field, user.get(field));
        }
        membership.put("organization", organization);
        membership.put("updated_at", Json.time(createdAt));
        membership.put("created_at", Json.time(createdAt));
        return store.put(Kind.MEMBERSHIP, uuid, membership);
    }

    /** An invitation to the organization; {@code user} is null until it is accepted. */
    public ObjectNode invitation(String uuid, String organization, String email, String status, String user,
            Instant createdAt) {
        ObjectNode invitation = Json.object();
        invitation.put("uri", organization + "/invitations/" + uuid);
        invitation.put("organization", organization);
        invitation.put("email", email);
        invitation.put("status", status);
        invitation.put("created_at", Json.time(createdAt));
        invitation.put("updated_at", Json.time(createdAt));
        invitation.put("last_sent_at", Json.time(createdAt));
        if (user == null) {
            invitation.putNull("user");
        } else {
            invitation.put("user", user);
        }
        return store.put(Kind.INVITATION, uuid, invitation);
    }

    /**
     * An event type owned by one user ({@code kind} solo) or pooled across hosts ({@code kind} group with a
     * {@code pooling_type}), with the {@code kind_description} Calendly derives from them.
     */
    public ObjectNode eventType(String uuid, EventTypeSpec spec, ObjectNode host, Instant createdAt) {
        ObjectNode eventType = Json.object();
        eventType.put("uri", store.uri(Kind.EVENT_TYPE, uuid));
        eventType.put("name", spec.name());
        eventType.put("active", spec.active());
        eventType.put("booking_method", "instant");
        eventType.put("slug", spec.slug());
        eventType.put("scheduling_url", host.path("scheduling_url").asText() + "/" + spec.slug());
        eventType.put("duration", spec.duration());
        eventType.putNull("duration_options");
        eventType.put("kind", spec.kind());
        if (spec.poolingType() == null) {
            eventType.putNull("pooling_type");
        } else {
            eventType.put("pooling_type", spec.poolingType());
        }
        eventType.put("type", "StandardEventType");
        eventType.put("kind_description", KindDescription.of(spec.kind(), spec.poolingType()));
        eventType.put("color", spec.color());
        eventType.put("created_at", Json.time(createdAt));
        eventType.put("updated_at", Json.time(createdAt));
        eventType.putNull("internal_note");
        eventType.put("description_plain", spec.description());
        eventType.put("description_html", "<p>" + spec.description() + "</p>");
        ObjectNode profile = eventType.putObject("profile");
        profile.put("type", "User");
        profile.put("name", host.path("name").asText());
        profile.put("owner", host.path("uri").asText());
        eventType.put("secret", false);
        eventType.putNull("deleted_at");
        eventType.put("admin_managed", false);
        eventType.put("locale", "en");
        ArrayNode locations = eventType.putArray("locations");
        ObjectNode location = locations.addObject();
        location.put("kind", spec.locationKind());
        eventType.put("position", spec.position());
        ArrayNode questions = eventType.putArray("custom_questions");
        ObjectNode question = questions.addObject();
        question.put("name", "What would you like to discuss?");
        question.put("type", "text");
        question.put("position", 0);
        question.put("enabled", true);
        question.put("required", false);
        question.putArray("answer_choices");
        question.put("include_other", false);
        return store.put(Kind.EVENT_TYPE, uuid, eventType);
    }

    /** A weekly availability schedule: the same interval on each of {@code weekdays} (e.g. "monday"). */
    public ObjectNode availabilitySchedule(String uuid, ObjectNode user, String name, boolean isDefault,
            String timezone, String from, String to, String... weekdays) {
        ObjectNode schedule = Json.object();
        schedule.put("uri", store.uri(Kind.AVAILABILITY_SCHEDULE, uuid));
        schedule.put("default", isDefault);
        schedule.put("name", name);
        schedule.put("user", user.path("uri").asText());
        schedule.put("timezone", timezone);
        ArrayNode rules = schedule.putArray("rules");
        for (String day : new String[] {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday"}) {
            ObjectNode rule = rules.addObject();
            rule.put("type", "wday");
            ArrayNode intervals = rule.putArray("intervals");
            if (java.util.Arrays.asList(weekdays).contains(day)) {
                ObjectNode interval = intervals.addObject();
                interval.put("from", from);
                interval.put("to", to);
            }
            rule.put("wday", day);
            rule.putNull("date");
        }
        return store.put(Kind.AVAILABILITY_SCHEDULE, uuid, schedule);
    }

    /** What distinguishes one seeded or created event type from another. */
    public record EventTypeSpec(String name, String slug, int duration, String kind, String poolingType,
            boolean active, String color, String description, String locationKind, int position) {

        public static EventTypeSpec oneOnOne(String name, String slug, int duration) {
            return new EventTypeSpec(name, slug, duration, "solo", null, true, "#0069ff", name, "zoom_conference",
                    0);
        }

        public EventTypeSpec inactive() {
            return new EventTypeSpec(name, slug, duration, kind, poolingType, false, color, description,
                    locationKind, position);
        }

        public EventTypeSpec roundRobin() {
            return new EventTypeSpec(name, slug, duration, "group", "round_robin", active, color, description,
                    locationKind, position);
        }

        public EventTypeSpec at(int newPosition) {
            return new EventTypeSpec(name, slug, duration, kind, poolingType, active, color, description,
                    locationKind, newPosition);
        }
    }
}
