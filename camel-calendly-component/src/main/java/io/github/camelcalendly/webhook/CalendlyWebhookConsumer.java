package io.github.camelcalendly.webhook;

import java.time.Clock;
import java.util.Map;

import io.github.camelcalendly.CalendlyConsumerOptions;
import io.github.camelcalendly.CalendlyEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Calendly's webhook deliveries for {@code from("calendly:webhook?...")}: it mounts webhookPath on the HTTP
 * server (platform-http unless httpServerComponent names another), for every HTTP method so that anything but POST
 * gets 405, verifies each request before the route sees it, and runs the route once per new event on an exchange
 * of its own whose body is the event's payload. The HTTP answer waits for the route: 200 when it completed, 500 when
 * it failed, so that Calendly retries.
 * <p>
 * From its first start until it is removed, the trigger reports its {@link #registrationStatus()} through a health
 * check of the component: also while the route is down because the registration failed.
 * <p>
 * What a start puts in place is taken down by the stop, or at once when the start fails (a refused registration):
 * the served path and the in-memory idempotent repository the trigger has when the endpoint sets none. The endpoint's
 * own idempotentRepository is started with the trigger and stopped with the CamelContext, see
 * {@link DeliveryRepository}.
 */
public class CalendlyWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CalendlyWebhookConsumer.class);

    private final Clock clock;
    private DeliveryRepository deliveries;
    private Consumer httpConsumer;
    private TriggerSubscriptions subscriptions;
    private volatile RegistrationStatus registration;
    private HealthCheck healthCheck;

    public CalendlyWebhookConsumer(CalendlyEndpoint endpoint, Processor processor) {
        this(endpoint, processor, Clock.systemUTC());
    }

    /** With the clock the signature timestamps are checked against. */
    public CalendlyWebhookConsumer(CalendlyEndpoint endpoint, Processor processor, Clock clock) {
        super(endpoint, processor);
        this.clock = clock;
    }

    @Override
    public CalendlyEndpoint getEndpoint() {
        return (CalendlyEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        CalendlyConsumerOptions options = getEndpoint().getConsumerOptions();
        String externalUrl = options.getWebhookExternalUrl();
        registration = options.isWebhookAutoRegister()
                ? RegistrationStatus.registering(externalUrl, registration, clock.instant())
                : RegistrationStatus.managedOutside(externalUrl, clock.instant());
        // added (or replaced) on every start: the component drops its checks when the context stops
        healthCheck = getEndpoint().getComponent().addWebhookTriggerHealthCheck(
                getRouteId() != null ? getRouteId() : getEndpoint().getId(),
                URISupport.sanitizeUri(getEndpoint().getEndpointUri()), this::registrationStatus);
        try {
            startReceiving(options);
        } catch (Exception e) {
            // kept for the health check while the route stays down (the supervising route controller may retry)
            registration = RegistrationStatus.failed(externalUrl, e, registration, clock.instant());
            // a failed start is not stopped by Camel: take down what it put in place
            try {
                release();
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);
            }
            throw e;
        }
    }

    private void startReceiving(CalendlyConsumerOptions options) throws Exception {
        CalendlyEndpoint endpoint = getEndpoint();
        DeliveryReader reader = WebhookHandlerSupport.reader(endpoint, clock);
        String path = options.getWebhookPath();
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("calendly:webhook needs webhookPath: the HTTP path to serve");
        }
        CamelContext context = endpoint.getCamelContext();
        RestConsumerFactory factory = RestConsumerFactories.resolve(context, options.getHttpServerComponent());

        deliveries = DeliveryRepository.of(endpoint);
        ServiceHelper.startService(deliveries);
        Processor handler = new WebhookRequestHandler(reader, WebhookHandlerSupport.events(endpoint),
                WebhookHandlerSupport.deduplicator(endpoint, deliveries.repository(), clock), this::runRoute);
        // no verb: every method reaches the handler, which answers 405 to all but POST
        httpConsumer = factory.createConsumer(context, handler, null, path, null, null, null,
                context.getRestConfiguration(), Map.of());
        ServiceHelper.startService(httpConsumer);
        LOG.info("Receiving Calendly webhook deliveries on {} for {}", path,
                WebhookHandlerSupport.events(endpoint));
        subscriptions = new TriggerSubscriptions(endpoint);
        if (options.isWebhookAutoRegister()) {
            // serving first, so a delivery right after the subscription exists is answered
            String externalUrl = options.getWebhookExternalUrl();
            registration = RegistrationStatus.registered(externalUrl, subscriptions.register(externalUrl),
                    clock.instant());
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (subscriptions != null) {
            subscriptions.unregisterIfAsked();
        }
        release();
        if (registration == null || registration.phase() != RegistrationStatus.Phase.FAILED) {
            // a stopped route reports nothing; one that failed to start keeps saying why until it is removed
            removeHealthCheck();
        }
        super.doStop();
    }

    /** Stops serving the path and stops the trigger's own repository (the user's is the CamelContext's to stop). */
    private void release() {
        ServiceHelper.stopAndShutdownService(httpConsumer);
        httpConsumer = null;
        ServiceHelper.stopAndShutdownService(deliveries);
    }

    @Override
    protected void doShutdown() throws Exception {
        removeHealthCheck();
        super.doShutdown();
    }

    private void removeHealthCheck() {
        if (healthCheck != null) {
            getEndpoint().getComponent().removeHealthCheck(healthCheck);
            healthCheck = null;
        }
    }

    /**
     * Where this trigger's subscription stands: registering, registered, managed outside the route, or failed; null
     * before the first start.
     */
    public RegistrationStatus registrationStatus() {
        return registration;
    }

    /** The repository the last start deduplicated deliveries with (stopped once the trigger stopped); else null. */
    IdempotentRepository idempotentRepository() {
        DeliveryRepository current = deliveries;
        return current == null ? null : current.repository();
    }

    /** Runs the route for one verified event on a new exchange; a failure goes to the consumer's exception handler. */
    private boolean runRoute(Exchange httpExchange, WebhookEvent event) {
        Exchange exchange = createExchange(false);
        try {
            EventMessages.populate(exchange.getMessage(), event);
            getProcessor().process(exchange);
            Exception failure = exchange.getException();
            if (failure != null) {
                getExceptionHandler().handleException("The route failed to process Calendly event " + event.name(),
                        exchange, failure);
                return false;
            }
            return true;
        } catch (Exception e) {
            getExceptionHandler().handleException("The route failed to process Calendly event " + event.name(),
                    exchange, e);
            return false;
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
