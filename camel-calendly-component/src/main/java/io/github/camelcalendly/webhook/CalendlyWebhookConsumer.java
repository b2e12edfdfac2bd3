package io.github.camelcalendly.webhook;

import io.github.camelcalendly.CalendlyEndpoint;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * Receives Calendly's webhook deliveries for {@code from("calendly:webhook?...")}.
 */
public class CalendlyWebhookConsumer extends DefaultConsumer {

    public CalendlyWebhookConsumer(CalendlyEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void doStart() throws Exception {
        throw new UnsupportedOperationException("the webhook trigger is being built");
    }
}
