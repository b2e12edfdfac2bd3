package io.github.camelcalendly.webhook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.camelcalendly.operation.OptionCatalog;

/**
 * What a webhook trigger wants Calendly to deliver: the public URL, the event names and the subscription scope, with
 * the organization, user or group it is for and the key Calendly should sign deliveries with. Immutable; the shape is
 * checked on creation (known events, a known scope), the group of scope group when it is planned and the URL when
 * it is registered.
 * {@link #toString()} never shows the signing key.
 */
public final class WebhookRegistration {

    /** The subscription scopes Calendly knows. */
    public static final List<String> SCOPES = List.of("organization", "user", "group");

    /** The scope used when none is configured. */
    public static final String DEFAULT_SCOPE = "organization";

    private final String externalUrl;
    private final List<String> events;
    private final String scope;
    private final String organization;
    private final String user;
    private final String group;
    private final String signingKey;

    /**
     * @param externalUrl  the public URL Calendly delivers to (webhookExternalUrl)
     * @param events       the event names, at least one; repeats are dropped
     * @param scope        organization, user or group; null means organization
     * @param organization the organization URI, or null for the connection's own
     * @param user         the user URI of a user-scoped subscription, or null for the connection's own user
     * @param group        the group URI or UUID, required for scope group
     * @param signingKey   the key Calendly signs deliveries with, or null for the app-wide key
     */
    public WebhookRegistration(String externalUrl, List<String> events, String scope, String organization,
            String user, String group, String signingKey) {
        if (externalUrl == null || externalUrl.isBlank()) {
            throw new WebhookRegistrationException("No webhookExternalUrl: set it to the public HTTPS URL Calendly"
                    + " can deliver to (the route's webhookPath behind your ingress or tunnel)");
        }
        this.externalUrl = externalUrl.trim();
        this.events = checkedEvents(events);
        this.scope = scope == null || scope.isBlank() ? DEFAULT_SCOPE : scope.trim();
        if (!SCOPES.contains(this.scope)) {
            throw new WebhookRegistrationException("Unknown webhook scope '" + scope + "': use one of "
                    + String.join(", ", SCOPES));
        }
        this.organization = blankToNull(organization);
        this.user = blankToNull(user);
        this.group = blankToNull(group);
        this.signingKey = blankToNull(signingKey);
    }

    /** A registration of {@code events} for {@code externalUrl} in {@code scope}, with every other value defaulted. */
    public static WebhookRegistration of(String externalUrl, List<String> events, String scope) {
        return new WebhookRegistration(externalUrl, events, scope, null, null, null, null);
    }

    public WebhookRegistration withOrganization(String value) {
        return new WebhookRegistration(externalUrl, events, scope, value, user, group, signingKey);
    }

    public WebhookRegistration withUser(String value) {
        return new WebhookRegistration(externalUrl, events, scope, organization, value, group, signingKey);
    }

    public WebhookRegistration withGroup(String value) {
        return new WebhookRegistration(externalUrl, events, scope, organization, user, value, signingKey);
    }

    public WebhookRegistration withSigningKey(String value) {
        return new WebhookRegistration(externalUrl, events, scope, organization, user, group, value);
    }

    public String externalUrl() {
        return externalUrl;
    }

    /** The event names, without repeats, in the order given. */
    public List<String> events() {
        return events;
    }

    public String scope() {
        return scope;
    }

    /** The organization URI, or null for the connection's own. */
    public String organization() {
        return organization;
    }

    /** The user URI, or null for the connection's own user. */
    public String user() {
        return user;
    }

    public String group() {
        return group;
    }

    /** The signing key, or null; never printed. */
    public String signingKey() {
        return signingKey;
    }

    private static List<String> checkedEvents(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new WebhookRegistrationException("No webhook events: set events to one or more of "
                    + String.join(", ", OptionCatalog.WEBHOOK_EVENTS));
        }
        Set<String> unique = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String event : events) {
            String name = event == null ? "" : event.trim();
            if (OptionCatalog.WEBHOOK_EVENTS.contains(name)) {
                unique.add(name);
            } else {
                unknown.add(String.valueOf(event));
            }
        }
        if (!unknown.isEmpty()) {
            throw new WebhookRegistrationException("Unknown webhook event" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ": use Calendly's event names "
                    + String.join(", ", OptionCatalog.WEBHOOK_EVENTS));
        }
        return List.copyOf(unique);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookRegistration other && externalUrl.equals(other.externalUrl)
                && events.equals(other.events) && scope.equals(other.scope)
                && Objects.equals(organization, other.organization) && Objects.equals(user, other.user)
                && Objects.equals(group, other.group) && Objects.equals(signingKey, other.signingKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalUrl, events, scope, organization, user, group);
    }

    @Override
    public String toString() {
        return "WebhookRegistration[externalUrl=" + externalUrl + ", events=" + events + ", scope=" + scope
                + ", organization=" + organization + ", user=" + user + ", group=" + group + ", signingKey="
                + (signingKey == null ? "none" : "***") + "]";
    }
}
