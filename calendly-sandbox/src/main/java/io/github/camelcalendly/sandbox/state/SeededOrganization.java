package io.github.camelcalendly.sandbox.state;

import java.util.List;
import java.util.Map;

/**
 * The URIs of what a fresh sandbox holds, so tests can name them without listing first.
 *
 * @param organization       the one organization
 * @param owner              its owner (Ada Lovelace); tokens act as her unless told otherwise
 * @param admin              an admin (Grace Hopper)
 * @param member             a plain member (Alan Turing)
 * @param eventTypes         event type URIs by slug
 * @param pendingInvitation  an invitation that has not been answered
 */
public record SeededOrganization(String organization, String owner, String admin, String member,
        Map<String, String> eventTypes, String pendingInvitation) {

    /** The owner's active 30-minute one-on-one event type. */
    public static final String INTRO_CALL = "intro-call";
    /** The owner's active 60-minute one-on-one event type. */
    public static final String PRODUCT_DEMO = "product-demo";
    /** The owner's inactive event type. */
    public static final String LEGACY_CONSULT = "legacy-consult";
    /** The admin's 45-minute one-on-one event type. */
    public static final String OFFICE_HOURS = "office-hours";
    /** A round-robin (group) event type hosted by the admin and the member. */
    public static final String SUPPORT_ROTATION = "support-rotation";

    public SeededOrganization {
        eventTypes = Map.copyOf(eventTypes);
    }

    public String eventType(String slug) {
        String uri = eventTypes.get(slug);
        if (uri == null) {
            throw new IllegalArgumentException("no seeded event type with slug '" + slug + "'; seeded: "
                    + eventTypes.keySet());
        }
        return uri;
    }

    public List<String> users() {
        return List.of(owner, admin, member);
    }
}
