package io.github.camelcalendly.sandbox.webhook;

import java.util.Set;

/**
 * Who an event concerns, which decides the subscriptions it reaches: organization-scoped ones of the
 * organization, user-scoped ones of any listed user, group-scoped ones of any listed group.
 */
public record EventAudience(String organization, Set<String> users, Set<String> groups) {

    public EventAudience {
        users = Set.copyOf(users);
        groups = Set.copyOf(groups);
    }

    public static EventAudience of(String organization, String... users) {
        return new EventAudience(organization, Set.of(users), Set.of());
    }
}
