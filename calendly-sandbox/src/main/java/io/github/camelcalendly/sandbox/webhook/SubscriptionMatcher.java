package io.github.camelcalendly.sandbox.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Decides whether an event reaches a subscription: the subscription is active, lists the event's name, and its
 * scope covers the event's audience (its organization, one of its users, or one of its groups).
 */
final class SubscriptionMatcher {

    private SubscriptionMatcher() {
    }

    static boolean matches(ObjectNode subscription, CalendlyEvent event) {
        if (!"active".equals(subscription.path("state").asText()) || !listsEvent(subscription, event.name())) {
            return false;
        }
        EventAudience audience = event.audience();
        return switch (subscription.path("scope").asText()) {
            case "organization" -> audience.organization() != null
                    && audience.organization().equals(subscription.path("organization").asText());
            case "user" -> audience.users().contains(subscription.path("user").asText());
            case "group" -> audience.groups().contains(subscription.path("group").asText());
            default -> false;
        };
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
