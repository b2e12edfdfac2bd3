package io.github.camelcalendly;

import java.util.ArrayList;
import java.util.List;

import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.ParameterLocation;
import io.github.camelcalendly.operation.ValueConverter;
import io.github.camelcalendly.polling.CalendlyPollingConsumer;
import io.github.camelcalendly.webhook.CalendlyWebhookConsumer;
import io.github.camelcalendly.webhook.WebhookCapability;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Call any Calendly API v2 action: list and cancel meetings, book through the Scheduling API, manage event types,
 * availability, invitees, no-shows, organizations, routing forms, contacts and webhooks. At the start of a route,
 * calendly:webhook receives Calendly's signed webhook deliveries, and a list operation polls.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "calendly", title = "Calendly", syntax = "calendly:resource",
             category = { Category.API, Category.CLOUD }, headersClass = CalendlyConstants.class)
public class CalendlyEndpoint extends ScheduledPollEndpoint
        implements EndpointServiceLocation, WebhookCapableEndpoint {

    @UriParam
    private CalendlyConfiguration configuration;

    @UriParam
    private CalendlyConsumerOptions consumerOptions = new CalendlyConsumerOptions();

    private Operation operation;

    private final WebhookCapability webhook = new WebhookCapability(this);

    public CalendlyEndpoint(String uri, CalendlyComponent component, CalendlyConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public CalendlyComponent getComponent() {
        return (CalendlyComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (operation.kind() == OperationKind.WEBHOOK_TRIGGER) {
            throw new IllegalArgumentException("calendly:webhook starts routes: use it in from(...). To manage"
                    + " subscriptions from a route, use calendly:webhookSubscriptions?op=create|list|get|delete");
        }
        return new CalendlyProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation.kind() == OperationKind.WEBHOOK_TRIGGER) {
            CalendlyWebhookConsumer consumer = new CalendlyWebhookConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        if (operation.paginated()) {
            CalendlyPollingConsumer consumer = new CalendlyPollingConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        throw new IllegalArgumentException(operation.id() + " cannot start a route: only calendly:webhook and list"
                + " operations (polling) can be used in from(...)");
    }

    public CalendlyConsumerOptions getConsumerOptions() {
        return consumerOptions;
    }

    public void setConsumerOptions(CalendlyConsumerOptions consumerOptions) {
        this.consumerOptions = consumerOptions;
    }

    public CalendlyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CalendlyConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The operation this endpoint carries out; known once the endpoint is created. */
    public Operation getOperation() {
        return operation;
    }

    /**
     * Checks the endpoint's options against its operation and remembers the operation. Called by the component
     * after the options are set, so that a wrong URI fails when the route is built.
     */
    void bindOperation(Operation op) {
        List<String> stray = new ArrayList<>();
        for (String option : configuration.apiParameterValues().keySet()) {
            if (op.parameter(option).isEmpty()) {
                stray.add(option);
            }
        }
        if (op.kind() != OperationKind.RAW) {
            if (configuration.getMethod() != null) {
                stray.add("method");
            }
            if (!configuration.getQuery().isEmpty()) {
                stray.add("query.*");
            }
        }
        boolean takesUri = op.kind() == OperationKind.HTTP && !op.parameters(ParameterLocation.PATH).isEmpty();
        if (configuration.getUri() != null && !takesUri) {
            stray.add("uri");
        }
        if (op.kind() != OperationKind.WEBHOOK_TRIGGER) {
            if (consumerOptions.getWebhookExternalUrl() != null) {
                stray.add("webhookExternalUrl");
            }
            if (consumerOptions.getIdempotentRepository() != null) {
                stray.add("idempotentRepository");
            }
        }
        if (!op.paginated() && consumerOptions.getStateRepository() != null) {
            stray.add("stateRepository");
        }
        if (stray.isEmpty() && op.kind() == OperationKind.WEBHOOK_TRIGGER) {
            // a trigger sends no request per exchange, so its options are checked now, as a request's would be
            ValueConverter converter = new ValueConverter(getComponent().getObjectMapper());
            configuration.apiParameterValues().forEach((name, value) -> converter.convert(op,
                    op.parameter(name).orElseThrow(), value, effectiveBaseUrl()));
        }
        if (!stray.isEmpty()) {
            List<String> valid = op.parameters().stream().map(p -> p.name()).toList();
            throw new CalendlyValidationException(op.id(), stray.get(0), "Option" + (stray.size() > 1 ? "s " : " ")
                    + String.join(", ", stray) + (stray.size() > 1 ? " do" : " does") + " not apply to " + op.id()
                    + ". Options of " + op.id() + ": " + (valid.isEmpty() ? "none" : String.join(", ", valid)));
        }
        this.operation = op;
    }

    /** The connection this endpoint's calls go through: its token and base URL, or the component's. */
    public CalendlyConnection getConnection() {
        String token = effectiveAccessToken();
        if (token == null || token.isBlank()) {
            String op = operation == null ? null : operation.id();
            throw new CalendlyValidationException(op, "accessToken", "No Calendly access token"
                    + (op == null ? "" : " for " + op) + ": set accessToken on the calendly component or endpoint");
        }
        return getComponent().connection(token, effectiveBaseUrl());
    }

    String effectiveAccessToken() {
        return configuration.getAccessToken() != null ? configuration.getAccessToken()
                : getComponent().getAccessToken();
    }

    String effectiveBaseUrl() {
        return configuration.getBaseUrl() != null ? configuration.getBaseUrl() : getComponent().getBaseUrl();
    }

    @Override
    public String getServiceUrl() {
        return effectiveBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        return webhook.createWebhookHandler(next);
    }

    @Override
    public void registerWebhook() throws Exception {
        webhook.registerWebhook();
    }

    @Override
    public void unregisterWebhook() throws Exception {
        webhook.unregisterWebhook();
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        webhook.setWebhookConfiguration(webhookConfiguration);
    }

    @Override
    public List<String> getWebhookMethods() {
        return webhook.getWebhookMethods();
    }
}
