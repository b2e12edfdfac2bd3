package io.github.camelcalendly.webhook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcalendly.CalendlyConsumerOptions;
import io.github.camelcalendly.CalendlyEndpoint;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.operation.OptionCatalog;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Checks a {@code calendly:webhook} endpoint's options when its route starts and builds the pieces that verify
 * deliveries: a signing key and a valid list of events are required, and the tolerance and size limit must be
 * positive. Every failure names the option to set.
 */
public final class WebhookHandlerSupport {

    /** How many events the default in-memory repository remembers. */
    public static final int DEFAULT_REPOSITORY_SIZE = 1000;

    private static final String OP = "webhook/consumer";

    private WebhookHandlerSupport() {
    }

    /** The reader that verifies deliveries with the endpoint's signing key, tolerance and size limit. */
    public static DeliveryReader reader(CalendlyEndpoint endpoint, Clock clock) {
        String signingKey = endpoint.getRequestOptions().getSigningKey();
        if (signingKey == null || signingKey.isBlank()) {
            throw new CalendlyValidationException(OP, "signingKey", "calendly:webhook needs signingKey: the key the"
                    + " subscription signs deliveries with (set signingKey=RAW(...) or a property placeholder), so"
                    + " that forged requests are refused");
        }
        events(endpoint);
        CalendlyConsumerOptions options = endpoint.getConsumerOptions();
        if (options.getSignatureTolerance() <= 0) {
            throw new CalendlyValidationException(OP, "signatureTolerance", "signatureTolerance must be a positive"
                    + " duration, got " + options.getSignatureTolerance() + " ms");
        }
        if (options.getMaxBodySize() <= 0) {
            throw new CalendlyValidationException(OP, "maxBodySize", "maxBodySize must be a positive number of"
                    + " bytes, got " + options.getMaxBodySize());
        }
        return new DeliveryReader(new SignatureVerifier(signingKey, clock, options.getSignatureTolerance()),
                options.getMaxBodySize());
    }

    /**
     * The deduplicator of the endpoint's deliveries, remembering them in {@code repository}, with the endpoint's
     * inProgressTimeout (which must be positive).
     */
    public static DeliveryDeduplicator deduplicator(CalendlyEndpoint endpoint, IdempotentRepository repository,
            Clock clock) {
        long timeout = endpoint.getConsumerOptions().getInProgressTimeout();
        if (timeout <= 0) {
            throw new CalendlyValidationException(OP, "inProgressTimeout", "inProgressTimeout must be a positive"
                    + " duration, got " + timeout + " ms");
        }
        return new DeliveryDeduplicator(repository, clock, timeout);
    }

    /**
     * The endpoint's events, checked: at least one, each one of Calendly's 14 event names.
     */
    public static List<String> events(CalendlyEndpoint endpoint) {
        String value = endpoint.getRequestOptions().getEvents();
        List<String> events = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    events.add(part.strip());
                }
            }
        }
        String known = String.join(", ", OptionCatalog.WEBHOOK_EVENTS);
        if (events.isEmpty()) {
            throw new CalendlyValidationException(OP, "events", "calendly:webhook needs events: a comma-separated"
                    + " list of the webhook events to receive, from: " + known);
        }
        for (String event : events) {
            if (!OptionCatalog.WEBHOOK_EVENTS.contains(event)) {
                throw new CalendlyValidationException(OP, "events", "Unknown webhook event '" + event
                        + "' in events; Calendly's events are: " + known);
            }
        }
        return List.copyOf(events);
    }
}
