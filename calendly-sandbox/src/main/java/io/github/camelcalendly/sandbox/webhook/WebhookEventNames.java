package io.github.camelcalendly.sandbox.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fourteen webhook event names Calendly delivers, each with the read scope a token needs to subscribe to it
 * and the subscription scopes ({@code organization}, {@code user}, {@code group}) it may be subscribed under.
 */
public final class WebhookEventNames {

    /** One event name and its rules. */
    public record EventName(String name, String readScope, Set<String> allowedScopes) {

        public EventName {
            allowedScopes = Set.copyOf(allowedScopes);
        }
    }

    private static final Set<String> ANY_SCOPE = Set.of("organization", "user", "group");
    private static final Map<String, EventName> BY_NAME = new LinkedHashMap<>();

    static {
        add("scheduled_events:read", ANY_SCOPE, "invitee.created", "invitee.canceled",
                "invitee_no_show.created", "invitee_no_show.deleted");
        add("event_types:read", ANY_SCOPE, "event_type.created", "event_type.updated", "event_type.deleted");
        add("routing_forms:read", Set.of("organization"), "routing_form_submission.created");
        add("meeting_recaps:read", Set.of("user"), "meeting_recap.created", "meeting_recap.updated",
                "meeting_recap.deleted");
        add("contacts:read", ANY_SCOPE, "contact.created", "contact.updated", "contact.deleted");
    }

    private WebhookEventNames() {
    }

    private static void add(String readScope, Set<String> scopes, String... names) {
        for (String name : names) {
            BY_NAME.put(name, new EventName(name, readScope, scopes));
        }
    }

    /** Every event name, grouped by family. */
    public static List<String> all() {
        return List.copyOf(BY_NAME.keySet());
    }

    public static boolean isKnown(String name) {
        return BY_NAME.containsKey(name);
    }

    /** The rules for a known event name. */
    public static EventName get(String name) {
        EventName eventName = BY_NAME.get(name);
        if (eventName == null) {
            throw new IllegalArgumentException("Not a Calendly webhook event: " + name);
        }
        return eventName;
    }

    /** The read scope a token needs to subscribe to {@code name}. */
    public static String readScope(String name) {
        return get(name).readScope();
    }

    /** Whether {@code name} may be subscribed under {@code scope}. */
    public static boolean allowsScope(String name, String scope) {
        return get(name).allowedScopes().contains(scope);
    }

    /** The contact events, the only ones a Free plan may subscribe to. */
    public static boolean isContactEvent(String name) {
        return name.startsWith("contact.");
    }
}
