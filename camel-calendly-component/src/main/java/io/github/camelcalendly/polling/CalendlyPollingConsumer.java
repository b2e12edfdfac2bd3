package io.github.camelcalendly.polling;

import io.github.camelcalendly.CalendlyEndpoint;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls a list operation for {@code from("calendly:<resource>?op=list&...")}.
 */
public class CalendlyPollingConsumer extends ScheduledPollConsumer {

    public CalendlyPollingConsumer(CalendlyEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected int poll() throws Exception {
        throw new UnsupportedOperationException("the polling consumer is being built");
    }
}
