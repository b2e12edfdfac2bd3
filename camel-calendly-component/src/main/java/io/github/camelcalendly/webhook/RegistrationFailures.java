package io.github.camelcalendly.webhook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.operation.OptionCatalog;

/**
 * Turns Calendly's answer to a failed registration step into a {@link WebhookRegistrationException} that says what
 * to change: the token's scopes, the plan, the role, the URL. Built from Calendly's title, message, details and
 * required scopes only, so no token or signing key can reach the message.
 */
final class RegistrationFailures {

    private static final String WRITE_SCOPE = "webhooks:write";

    private final String printableUrl;
    private final List<String> events;

    RegistrationFailures(WebhookRegistration wanted) {
        this.printableUrl = CallbackUrls.printable(wanted.externalUrl());
        this.events = wanted.events();
    }

    String printableUrl() {
        return printableUrl;
    }

    /** The scopes a token needs to register these events: webhooks:write and each event family's read scope. */
    Set<String> neededScopes() {
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add(WRITE_SCOPE);
        events.forEach(event -> scopes.add(OptionCatalog.webhookEventReadScope(event)));
        return scopes;
    }

    /**
     * @param step what was being done, as in "Could not {step}", e.g. "create the webhook subscription"
     * @param e    Calendly's error
     */
    WebhookRegistrationException translate(String step, CalendlyApiException e) {
        String prefix = "Could not " + step + " for webhookExternalUrl " + printableUrl + ": ";
        String said = e.getApiMessage() == null ? "" : " (Calendly said: " + e.getApiMessage() + ")";
        String advice = switch (e.getStatusCode()) {
            case 401 -> "Calendly rejected the access token (HTTP 401). Check that accessToken is valid, not expired"
                    + " and not revoked";
            case 403 -> forbidden(e, said);
            case 400 -> badRequest(e);
            case 429 -> "Calendly's rate limit was reached (HTTP 429). Start the route again once it resets";
            default -> e.getMessage();
        };
        return new WebhookRegistrationException(prefix + advice, e);
    }

    private String forbidden(CalendlyApiException e, String said) {
        String title = e.getTitle() == null ? "" : e.getTitle().toLowerCase(Locale.ROOT);
        String message = e.getApiMessage() == null ? "" : e.getApiMessage().toLowerCase(Locale.ROOT);
        if (!e.getRequiredScopes().isEmpty() || title.contains("scope")) {
            Set<String> needed = neededScopes();
            needed.addAll(e.getRequiredScopes());
            if (needed.contains("webhooks:read")) {
                needed.remove("webhooks:read"); // webhooks:write includes it
            }
            return "the access token lacks scope "
                    + (e.getRequiredScopes().isEmpty() ? "(not named by Calendly)"
                            : String.join(", ", e.getRequiredScopes()))
                    + " (HTTP 403 Insufficient scope). Registering these webhook events needs the scopes "
                    + String.join(", ", needed) + ": grant them to the personal access token or OAuth app and start"
                    + " the route again";
        }
        if (message.contains("upgrade") || message.contains("plan")) {
            return "webhooks need a paid Calendly plan (Standard or higher); on the free plan only contact.* events"
                    + " can be subscribed" + said + ". Upgrade the Calendly plan, subscribe to contact.* events only,"
                    + " or poll a list operation instead, e.g. from(\"calendly:scheduledEvents?op=list\")";
        }
        return "Calendly denied permission (HTTP 403)" + said + ". Organization-scoped subscriptions and other users'"
                + " subscriptions need an organization owner or admin: use a token of an owner or admin, or"
                + " scope=user for the token's own user";
    }

    private String badRequest(CalendlyApiException e) {
        for (CalendlyApiException.Detail d : e.getDetails()) {
            if ("url".equals(d.parameter())) {
                return "Calendly refused the URL (url " + d.message() + "). Calendly needs a public HTTPS"
                        + " webhookExternalUrl it can reach from the internet: set webhookExternalUrl to the route's"
                        + " webhookPath behind your HTTPS ingress or tunnel";
            }
        }
        StringBuilder details = new StringBuilder();
        for (CalendlyApiException.Detail d : e.getDetails()) {
            details.append(details.length() == 0 ? "" : "; ")
                    .append(d.parameter() == null ? "" : d.parameter() + " ").append(d.message());
        }
        return "Calendly refused the request (HTTP 400" + (details.length() == 0 ? "" : ": " + details)
                + (e.getApiMessage() == null || details.length() > 0 ? "" : ": " + e.getApiMessage())
                + "). Check the events, scope, organization, user and group options";
    }
}
