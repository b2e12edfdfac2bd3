package io.github.camelcalendly.health;

import java.util.function.Supplier;

import io.github.camelcalendly.webhook.RegistrationStatus;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Reports one {@code calendly:webhook} trigger's subscription: UP with the subscription URIs and the external URL
 * when registered (or when webhookAutoRegister=false leaves the subscription to someone else), DOWN with the reason
 * while registering or after the registration failed. Unlike Camel's consumer check it also answers while the
 * route is down, which is when the reason matters: a supervising route controller keeps retrying such a route.
 */
public final class WebhookTriggerHealthCheck extends CalendlyHealthCheck {

    /** The prefix of every trigger check's id; the route id follows. */
    public static final String ID_PREFIX = "calendly-webhook-";

    private final String routeId;
    private final String endpointUri;
    private final Supplier<RegistrationStatus> status;

    /**
     * @param routeId     the trigger's route
     * @param endpointUri the trigger's endpoint URI with its secrets masked
     * @param status      the trigger's current registration status
     */
    public WebhookTriggerHealthCheck(String routeId, String endpointUri, Supplier<RegistrationStatus> status) {
        super(ID_PREFIX + routeId);
        this.routeId = routeId;
        this.endpointUri = endpointUri;
        this.status = status;
    }

    @Override
    protected void check(HealthCheckResultBuilder builder) {
        RegistrationStatus now = status.get();
        builder.detail("route.id", routeId);
        builder.detail(ENDPOINT_URI, endpointUri);
        builder.detail("calendly.webhook.registration", now.phase().name());
        builder.detail("calendly.webhook.registration.time", now.since().toString());
        if (now.externalUrl() != null) {
            builder.detail("calendly.webhook.external.url", now.externalUrl());
        }
        if (now.failedAttempts() > 0) {
            builder.detail("calendly.webhook.registration.failures", now.failedAttempts());
        }
        String url = now.externalUrl() == null ? "no webhookExternalUrl" : now.externalUrl();
        switch (now.phase()) {
            case REGISTERED -> {
                String uris = String.join(", ", now.subscriptions());
                builder.detail("calendly.webhook.subscriptions", uris);
                builder.message("Calendly delivers to " + url + " through webhook subscription"
                                + (now.subscriptions().size() > 1 ? "s " : " ") + uris).up();
            }
            case MANAGED_OUTSIDE -> builder.message("Webhook registration is managed outside the route"
                    + " (webhookAutoRegister=false): the route does not check Calendly's subscription"
                    + (now.externalUrl() == null ? "" : " for " + url)).up();
            case REGISTERING -> builder.message("Registering the Calendly webhook subscription for " + url
                    + (now.failedAttempts() > 0 ? " again after " + now.failedAttempts() + " failed attempts" : ""))
                    .down();
            case FAILED -> builder.message(now.failure().getMessage() != null ? now.failure().getMessage()
                    : "The trigger failed to start: " + now.failure().getClass().getName())
                    .error(now.failure()).down();
        }
    }
}
