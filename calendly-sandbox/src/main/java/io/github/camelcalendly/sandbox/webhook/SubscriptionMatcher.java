package io.github.camelcalendly.sandbox.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.groups.GroupDirectory;

/**
 * Decides whether an event reaches a subscription: the subscription is active, lists the event's name, and its
 * scope covers the event's audience (its organization, one of its users, or one of its groups). A group-scoped
 * subscription is also reached by an event one of whose users belongs to the group (as member or admin), as the
 * group directory reads it from the stored group relationships at delivery time.
 */
final class SubscriptionMatcher {

    private SubscriptionMatcher() {
    }

    static boolean matches(ObjectNode subscription, CalendlyEvent event, GroupDirectory groups) {
        if (!"active".equals(subscription.path("state").asText()) || !listsEvent(subscription, event.name())) {
            return false;
        }
        EventAudience audience = event.audience();
        return switch (subscription.path("scope").asText()) {
            case "organization" -> audience.organization() != null
                    && audience.organization().equals(subscription.path("organization").asText());
            case "user" -> audience.users().contains(subscription.path("user").asText());
            case "group" -> reachesGroup(audience, subscription.path("group").asText(), groups);
            default -> false;
        };
    }

    private static boolean reachesGroup(EventAudience audience, String group, GroupDirectory groups) {
        if (audience.groups().contains(group)) {
            return true;
        }
        return audience.users().stream().anyMatch(user -> groups.isInGroup(group, user));
    }

    private static boolean listsEvent(ObjectNode subscription, String name) {
        for (JsonNode listed : subscription.path("events")) {
            if (name.equals(listed.asText())) {
                return true;
            }
        }
        return false;
    }
}
