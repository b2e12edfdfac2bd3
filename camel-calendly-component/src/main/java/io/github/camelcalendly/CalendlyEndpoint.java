package io.github.camelcalendly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.invoke.OperationInvoker;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.ParameterLocation;
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
    private CalendlyRequestOptions requestOptions;

    @UriParam
    private CalendlyConfiguration configuration;

    @UriParam
    private CalendlyConsumerOptions consumerOptions = new CalendlyConsumerOptions();

    private Operation operation;

    private final ReentrantLock invokerLock = new ReentrantLock();
    private volatile OperationInvoker invoker;

    private final WebhookCapability webhook = new WebhookCapability(this);

    /**
     * @param configuration how calls reach Calendly: a copy of the component's, for this endpoint's URI options to
     *                      change
     * @param requestOptions what the endpoint asks Calendly for
     */
    public CalendlyEndpoint(
            String uri, CalendlyComponent component, CalendlyConfiguration configuration,
            CalendlyRequestOptions requestOptions) {
        super(uri, component);
        this.configuration = configuration;
        this.requestOptions = requestOptions;
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

    /** How this endpoint's calls reach Calendly: token, base URL, retries, deadline. */
    public CalendlyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CalendlyConfiguration configuration) {
        this.configuration = configuration;
    }

    /** What this endpoint asks Calendly for: resource, op, request options, result options. */
    public CalendlyRequestOptions getRequestOptions() {
        return requestOptions;
    }

    public void setRequestOptions(CalendlyRequestOptions requestOptions) {
        this.requestOptions = requestOptions;
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
        for (String option : requestOptions.apiParameterValues().keySet()) {
            if (op.parameter(option).isEmpty()) {
                stray.add(option);
            }
        }
        if (op.kind() != OperationKind.RAW) {
            if (requestOptions.getMethod() != null) {
                stray.add("method");
            }
            if (!requestOptions.getQuery().isEmpty()) {
                stray.add("query.*");
            }
        }
        if (requestOptions.isInputFromBody()
                && (op.kind() == OperationKind.RAW || op.kind() == OperationKind.WEBHOOK_TRIGGER)) {
            // raw/request sends the message body as it is; the trigger has no input
            stray.add("inputFromBody");
        }
        boolean takesUri = BodyInput.takesUri(op);
        if (requestOptions.getUri() != null && !takesUri) {
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
        if (!op.paginated() && consumerOptions.getMaxMessagesPerPoll() != 0) {
            stray.add("maxMessagesPerPoll");
        }
        if (!stray.isEmpty()) {
            List<String> valid = op.parameters().stream().map(p -> p.name()).toList();
            throw new CalendlyValidationException(op.id(), stray.get(0), "Option" + (stray.size() > 1 ? "s " : " ")
                    + String.join(", ", stray) + (stray.size() > 1 ? " do" : " does") + " not apply to " + op.id()
                    + ". Options of " + op.id() + ": " + (valid.isEmpty() ? "none" : String.join(", ", valid)));
        }
        this.operation = op;
    }

    /**
     * The invoker of this endpoint's operation, built at the endpoint's start (or at first use): it has checked the
     * URI's option values.
     */
    public OperationInvoker getInvoker() {
        OperationInvoker known = invoker;
        if (known != null) {
            return known;
        }
        invokerLock.lock();
        try {
            if (invoker == null) {
                invoker = bindInvoker();
            }
            return invoker;
        } finally {
            invokerLock.unlock();
        }
    }

    private OperationInvoker bindInvoker() {
        Map<String, Object> uriValues = new LinkedHashMap<>(requestOptions.apiParameterValues());
        if (requestOptions.getUri() != null) {
            uriValues.put("uri", requestOptions.getUri());
        }
        return OperationInvoker.bind(operation, uriValues, effectiveBaseUrl(), configuration.callOptions(),
                id -> getComponent().connection(operation, configuration, id), getComponent().jsonMapper());
    }

    /** The connection this endpoint's calls go through. */
    public CalendlyConnection getConnection() {
        return getInvoker().connection();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // checks the URI's option values now, so that a bad value fails the route's start
        getInvoker();
        if (configuration.isValidateScopes()) {
            getComponent().validateScopes(operation, configuration);
        }
    }

    /** The oauth operations of this endpoint, acting with its OAuth client and token store. */
    public io.github.camelcalendly.oauth.OAuthActions oauthActions() {
        return getComponent().oauthActions(operation, configuration);
    }

    @Override
    protected void doStop() throws Exception {
        invoker = null;
        super.doStop();
    }

    /** The base URL this endpoint's calls go to: its own, else the component's as it is now. */
    String effectiveBaseUrl() {
        return configuration.connectionFrom(getComponent().getConfiguration()).getBaseUrl();
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
