package io.github.camelcalendly.webhook;

import io.github.camelcalendly.CalendlyEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The idempotent repository a {@code calendly:webhook} handler deduplicates deliveries with, as a service started and
 * stopped with the handler's route.
 * <p>
 * The endpoint's {@code idempotentRepository} is the user's and may serve other routes (or instances) too: it is
 * started with the route and handed to the CamelContext, which stops it when it stops, as camel-file does with its
 * idempotentRepository; stopping it with this route would make the others forget their deliveries (an in-memory
 * repository clears itself when stopped). Without one the handler has an in-memory repository of
 * {@value WebhookHandlerSupport#DEFAULT_REPOSITORY_SIZE} events of its own, stopped when the route stops.
 */
final class DeliveryRepository extends ServiceSupport {

    private final IdempotentRepository repository;
    private final boolean own;
    private final CamelContext context;

    private DeliveryRepository(IdempotentRepository repository, boolean own, CamelContext context) {
        this.repository = repository;
        this.own = own;
        this.context = context;
    }

    /** The endpoint's idempotentRepository, else a new in-memory one; not started yet. */
    static DeliveryRepository of(CalendlyEndpoint endpoint) {
        IdempotentRepository configured = endpoint.getConsumerOptions().getIdempotentRepository();
        if (configured != null) {
            return new DeliveryRepository(configured, false, endpoint.getCamelContext());
        }
        return new DeliveryRepository(MemoryIdempotentRepository.memoryIdempotentRepository(
                WebhookHandlerSupport.DEFAULT_REPOSITORY_SIZE), true, endpoint.getCamelContext());
    }

    /** The repository itself, started or not. */
    IdempotentRepository repository() {
        return repository;
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(repository);
        if (!own) {
            context.addService(repository, true, true);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (own) {
            ServiceHelper.stopService(repository);
        }
    }

    @Override
    protected void doShutdown() throws Exception {
        if (own) {
            ServiceHelper.stopAndShutdownService(repository);
        }
    }
}
