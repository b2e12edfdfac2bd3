package io.github.camelcalendly.webhook;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelcalendly.CalendlyRequestOptions;
import io.github.camelcalendly.CalendlyEndpoint;

/**
 * The subscriptions one webhook trigger put in place: registered at start from the endpoint's options (events,
 * scope, organization, user, group, signingKey) for a public URL, and removed at stop when the endpoint asks for it.
 */
final class TriggerSubscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerSubscriptions.class);

    private final CalendlyEndpoint endpoint;
    private volatile List<String> registered = List.of();

    TriggerSubscriptions(CalendlyEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Makes sure the subscriptions for {@code externalUrl} exist as configured.
     *
     * @return the URIs of the subscriptions in place
     * @throws WebhookRegistrationException saying what to change when Calendly refuses
     */
    List<String> register(String externalUrl) {
        if (externalUrl == null || externalUrl.isBlank()) {
            throw new WebhookRegistrationException("calendly:webhook with webhookAutoRegister=true needs"
                    + " webhookExternalUrl: the public HTTPS URL Calendly delivers to (webhookPath behind your ingress"
                    + " or tunnel). Or set webhookAutoRegister=false and create the subscription yourself.");
        }
        CalendlyRequestOptions config = endpoint.getRequestOptions();
        WebhookRegistration wanted = new WebhookRegistration(externalUrl, WebhookHandlerSupport.events(endpoint),
                config.getScope(), config.getOrganization(), config.getUser(), config.getGroup(),
                config.getSigningKey());
        registered = List.copyOf(registrar().register(wanted));
        LOG.info("Calendly delivers {} to {} through subscription(s) {}", wanted.events(),
                CallbackUrls.printable(externalUrl), registered);
        return registered;
    }

    /** Deletes what {@link #register(String)} put in place, when the endpoint sets unregisterOnStop. */
    void unregisterIfAsked() {
        List<String> uris = registered;
        if (!endpoint.getConsumerOptions().isUnregisterOnStop() || uris.isEmpty()) {
            return;
        }
        try {
            registrar().unregister(uris);
            registered = List.of();
        } catch (RuntimeException e) {
            // stopping goes on; the subscriptions stay and Calendly keeps delivering until they are deleted
            LOG.warn("Could not delete the Calendly webhook subscriptions {} on stop: {}", uris, e.getMessage());
        }
    }

    private WebhookRegistrar registrar() {
        return new WebhookRegistrar(endpoint.getInvoker(), endpoint.getComponent().jsonMapper());
    }
}
