package io.github.camelcalendly.sandbox.auth;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Calendly's OAuth scopes. A {@code :write} scope implies the {@code :read} scope of the same resource.
 */
public final class Scopes {

    /** Every scope Calendly defines. */
    public static final List<String> ALL = List.of(
            "activity_log:read", "availability:read", "availability:write", "contacts:read", "contacts:write",
            "data_compliance:write", "event_types:read", "event_types:write", "groups:read", "locations:read",
            "meeting_recaps:read", "meeting_recaps:write", "organizations:read", "organizations:write",
            "outgoing_communications:read", "routing_forms:read", "scheduled_events:read",
            "scheduled_events:write", "scheduling_links:write", "shares:write", "users:read", "webhooks:read",
            "webhooks:write");

    private Scopes() {
    }

    /** Whether the granted scopes include {@code required}, directly or through its {@code :write} twin. */
    public static boolean grants(Set<String> granted, String required) {
        if (granted.contains(required)) {
            return true;
        }
        return required.endsWith(":read")
                && granted.contains(required.substring(0, required.length() - ":read".length()) + ":write");
    }

    /** Throws when a name is not a Calendly scope. */
    public static void requireKnown(Collection<String> scopes) {
        for (String scope : scopes) {
            if (!ALL.contains(scope)) {
                throw new IllegalArgumentException("Unknown Calendly scope '" + scope + "'; known scopes: " + ALL);
            }
        }
    }
}
