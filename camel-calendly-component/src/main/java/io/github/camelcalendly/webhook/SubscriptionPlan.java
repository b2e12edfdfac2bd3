package io.github.camelcalendly.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.camelcalendly.operation.ConnectionIdentity;

/**
 * Splits the events a trigger wants into the subscriptions Calendly needs for them. Calendly delivers
 * {@code routing_form_submission.created} only to organization-scoped subscriptions and {@code meeting_recap.*} only
 * to user-scoped ones; every other event goes in the configured scope. So:
 * <ul>
 * <li>scope organization: one organization subscription, plus a user subscription for the meeting recaps of the
 * configured user (the connection's own user when none is set);</li>
 * <li>scope user: one user subscription, plus an organization subscription for routing form submissions;</li>
 * <li>scope group: one group subscription, plus an organization subscription for routing form submissions;
 * meeting recaps cannot be had for a group and fail with a message naming them.</li>
 * </ul>
 * The organization defaults to the connection's own, as does the user of a user subscription.
 */
public final class SubscriptionPlan {

    static final String ROUTING_FORM_EVENT = "routing_form_submission.created";
    static final String MEETING_RECAP_PREFIX = "meeting_recap.";

    /**
     * One subscription to put in place.
     *
     * @param scope        organization, user or group
     * @param organization the organization URI or UUID
     * @param user         the user URI or UUID for scope user, else null
     * @param group        the group URI or UUID for scope group, else null
     * @param events       its event names, in the order the trigger gave them
     */
    public record Subscription(String scope, String organization, String user, String group, List<String> events) {

        public Subscription {
            events = List.copyOf(events);
        }
    }

    private final List<Subscription> subscriptions;

    private SubscriptionPlan(List<Subscription> subscriptions) {
        this.subscriptions = List.copyOf(subscriptions);
    }

    /**
     * Plans the subscriptions for {@code wanted}; {@code identity} is asked only when a default needs it.
     *
     * @throws WebhookRegistrationException when an event cannot be delivered for the configured scope
     */
    public static SubscriptionPlan of(WebhookRegistration wanted, Supplier<ConnectionIdentity> identity) {
        String scope = wanted.scope();
        if ("group".equals(scope) && wanted.group() == null) {
            throw new WebhookRegistrationException("Webhook scope group needs the group option: set group to the"
                    + " URI or UUID of the Calendly group");
        }
        Map<String, List<String>> byScope = new LinkedHashMap<>();
        byScope.put(scope, new ArrayList<>());
        List<String> impossible = new ArrayList<>();
        for (String event : wanted.events()) {
            String needed = requiredScope(event);
            if (needed == null || needed.equals(scope)) {
                byScope.get(scope).add(event);
            } else if ("user".equals(needed) && "group".equals(scope)) {
                impossible.add(event);
            } else {
                byScope.computeIfAbsent(needed, s -> new ArrayList<>()).add(event);
            }
        }
        if (!impossible.isEmpty()) {
            throw new WebhookRegistrationException("Calendly delivers " + String.join(", ", impossible)
                    + " only to subscriptions with scope user, and this trigger has scope group. Move "
                    + (impossible.size() > 1 ? "these events" : "this event")
                    + " to a calendly:webhook route with scope=user (or scope=organization, which subscribes the"
                    + " connection's own user for them)");
        }
        String organization = wanted.organization() != null ? wanted.organization()
                : identity.get().organizationUri();
        List<Subscription> planned = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : byScope.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            String target = entry.getKey();
            String user = null;
            if ("user".equals(target)) {
                user = wanted.user() != null ? wanted.user() : identity.get().userUri();
            }
            String group = "group".equals(target) ? wanted.group() : null;
            planned.add(new Subscription(target, organization, user, group, entry.getValue()));
        }
        return new SubscriptionPlan(planned);
    }

    /** The scope Calendly requires for an event, or null when any scope will do. */
    static String requiredScope(String event) {
        if (ROUTING_FORM_EVENT.equals(event)) {
            return "organization";
        }
        if (event.startsWith(MEETING_RECAP_PREFIX)) {
            return "user";
        }
        return null;
    }

    /** The subscriptions to put in place, the one in the configured scope first. */
    public List<Subscription> subscriptions() {
        return subscriptions;
    }

    @Override
    public String toString() {
        return "SubscriptionPlan" + subscriptions;
    }
}
