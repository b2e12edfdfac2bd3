package io.github.camelcalendly.polling;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyEndpoint;
import io.github.camelcalendly.CalendlyProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Lists a polling endpoint's collection exactly as {@code to("calendly:<resource>?op=list&...")} would: through the
 * endpoint's producer, so the request options, connection defaults, {@code paginate}, {@code maxResults},
 * {@code count} and retries behave the same in both directions. Options a poll must change (a sliding window) are
 * passed as the {@code CamelCalendly.<option>} headers a route would use.
 */
final class CollectionLister extends ServiceSupport {

    private final CalendlyEndpoint endpoint;
    private final CalendlyProducer producer;

    CollectionLister(CalendlyEndpoint endpoint) {
        this.endpoint = endpoint;
        this.producer = new CalendlyProducer(endpoint);
    }

    /** Every item the endpoint lists, with {@code overrides} laid over its options. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(Map<String, Object> overrides) throws Exception {
        Exchange exchange = endpoint.createExchange();
        overrides.forEach((option, value) -> exchange.getMessage()
                .setHeader(CalendlyConstants.OPTION_HEADER_PREFIX + option, value));
        producer.process(exchange);
        Object body = exchange.getMessage().getBody();
        if (body instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        if (body instanceof Iterator<?> iterator) {
            List<Map<String, Object>> items = new ArrayList<>();
            iterator.forEachRemaining(item -> items.add((Map<String, Object>) item));
            return items;
        }
        throw new IllegalStateException("Calendly " + endpoint.getOperation().id() + " did not list a collection");
    }

    @Override
    protected void doStart() throws Exception {
        producer.start();
    }

    @Override
    protected void doStop() throws Exception {
        producer.stop();
    }
}
