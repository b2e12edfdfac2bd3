package io.github.camelcalendly.webhook;

/**
 * The webhook trigger could not put its Calendly subscriptions in place (or remove them). The message says what
 * went wrong and what to change: the URL, the token's scopes, the plan, the scope option. It never carries the
 * access token or the signing key. The Calendly error, when there was one, is the cause.
 */
public class WebhookRegistrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WebhookRegistrationException(String message) {
        super(message);
    }

    public WebhookRegistrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
