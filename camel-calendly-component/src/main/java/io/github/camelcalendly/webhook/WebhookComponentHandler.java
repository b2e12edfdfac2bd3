package io.github.camelcalendly.webhook;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The handler {@code calendly:webhook} gives Camel's webhook component: a {@link WebhookRequestHandler}, as a service
 * whose start and stop start and stop the {@link DeliveryRepository} it deduplicates with. The webhook component's
 * consumer (and each HTTP consumer it mounts) starts its processor when the route starts and stops it when the route
 * stops.
 */
final class WebhookComponentHandler extends ServiceSupport implements Processor {

    private final WebhookRequestHandler handler;
    private final DeliveryRepository deliveries;

    WebhookComponentHandler(WebhookRequestHandler handler, DeliveryRepository deliveries) {
        this.handler = handler;
        this.deliveries = deliveries;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        handler.process(exchange);
    }

    /** The repository deliveries are deduplicated with. */
    IdempotentRepository idempotentRepository() {
        return deliveries.repository();
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(deliveries);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(deliveries);
    }

    @Override
    protected void doShutdown() throws Exception {
        ServiceHelper.stopAndShutdownService(deliveries);
    }
}
