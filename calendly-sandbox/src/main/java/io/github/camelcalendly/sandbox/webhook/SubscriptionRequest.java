package io.github.camelcalendly.sandbox.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;

/**
 * The body of {@code POST /webhook_subscriptions}, checked field by field: each bad field is Calendly's 400 naming
 * it. What depends on the caller (scopes, plan, role, membership) is checked by the API.
 *
 * @param url          the callback URL
 * @param events       the event names, without repeats, in the order given
 * @param organization the organization URI
 * @param scope        organization, user or group
 * @param user         the user URI (scope user), else null
 * @param group        the group URI (scope group), else null
 * @param signingKey   the key to sign deliveries with, or null for the sandbox-wide key
 */
public record SubscriptionRequest(String url, List<String> events, String organization, String scope, String user,
        String group, String signingKey) {

    /** The subscription scopes Calendly knows. */
    public static final List<String> SCOPES = List.of("organization", "user", "group");

    public SubscriptionRequest {
        events = List.copyOf(events);
    }

    /** Reads and checks a request body; {@code httpsOnly} refuses plain-HTTP loopback URLs too. */
    public static SubscriptionRequest parse(ObjectNode body, boolean httpsOnly) {
        String url = requiredText(body, "url");
        checkCallbackUrl(url, httpsOnly);
        List<String> events = events(body.get("events"));
        String organization = requiredText(body, "organization");
        String scope = requiredText(body, "scope");
        if (!SCOPES.contains(scope)) {
            throw ApiException.invalidArgument("scope", "must be one of " + String.join(", ", SCOPES));
        }
        String user = optionalText(body, "user");
        String group = optionalText(body, "group");
        if ("user".equals(scope) && user == null) {
            throw ApiException.invalidArgument("user", "is required when scope is user");
        }
        if ("group".equals(scope) && group == null) {
            throw ApiException.invalidArgument("group", "is required when scope is group");
        }
        for (String event : events) {
            if (!WebhookEventNames.allowsScope(event, scope)) {
                throw ApiException.invalidArgument("events", event + " can only be subscribed with scope "
                        + String.join(" or ", WebhookEventNames.get(event).allowedScopes()) + ", not " + scope);
            }
        }
        String signingKey = optionalText(body, "signing_key");
        return new SubscriptionRequest(url, events, organization, scope, "user".equals(scope) ? user : null,
                "group".equals(scope) ? group : null, signingKey);
    }

    /** The read scopes the events need, in event order. */
    public Set<String> readScopes() {
        Set<String> scopes = new LinkedHashSet<>();
        events.forEach(event -> scopes.add(WebhookEventNames.readScope(event)));
        return scopes;
    }

    /** Whether every event is a contact event (the only ones a Free plan gets). */
    public boolean contactEventsOnly() {
        return events.stream().allMatch(WebhookEventNames::isContactEvent);
    }

    private static void checkCallbackUrl(String url, boolean httpsOnly) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.invalidArgument("url", "must be a valid absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || host.isEmpty()) {
            throw ApiException.invalidArgument("url", "must be a valid absolute URL");
        }
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1");
        if (scheme.equals("https") || (scheme.equals("http") && loopback && !httpsOnly)) {
            return;
        }
        throw ApiException.invalidArgument("url", httpsOnly || !loopback
                ? "must be an HTTPS URL"
                : "must be an HTTPS URL (plain HTTP is accepted only for localhost and 127.0.0.1)");
    }

    private static List<String> events(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiException.invalidArgument("events", "is required");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw ApiException.invalidArgument("events", "must be a non-empty list of event names");
        }
        Set<String> events = new LinkedHashSet<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || !WebhookEventNames.isKnown(item.asText())) {
                throw ApiException.invalidArgument("events", "must each be one of "
                        + String.join(", ", WebhookEventNames.all()) + "; got " + item);
            }
            events.add(item.asText());
        }
        return new ArrayList<>(events);
    }

    private static String requiredText(ObjectNode body, String field) {
        String value = optionalText(body, field);
        if (value == null) {
            throw ApiException.invalidArgument(field, "is required");
        }
        return value;
    }

    private static String optionalText(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw ApiException.invalidArgument(field, "must be a non-empty string");
        }
        return node.asText();
    }

    @Override
    public String toString() {
        return "SubscriptionRequest[url=" + url + ", events=" + events + ", scope=" + scope + ", organization="
                + organization + ", user=" + user + ", group=" + group + "]";
    }
}
