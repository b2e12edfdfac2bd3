package io.github.camelcalendly;

import java.io.InputStream;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.client.CalendlyResponse;
import io.github.camelcalendly.client.RateLimitHeaders;
import io.github.camelcalendly.client.ResponseBodies;
import io.github.camelcalendly.invoke.ListSettings;
import io.github.camelcalendly.invoke.Listing;
import io.github.camelcalendly.invoke.OperationInvoker;
import io.github.camelcalendly.oauth.OAuthActions;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.PrefillUrlBuilder;
import io.github.camelcalendly.operation.RawRequestBuilder;
import io.github.camelcalendly.operation.RequestResolver;
import io.github.camelcalendly.operation.ResolvedRequest;
import io.github.camelcalendly.operation.ValueConverter;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.support.DefaultProducer;

/**
 * Carries out the endpoint's operation for each exchange: the exchange's headers are laid over the endpoint's
 * options, the endpoint's {@link OperationInvoker} builds and sends the request, and the result becomes the message
 * body and headers. Synchronous: the calling thread waits for the call, its retries and rate-limit waits, at most
 * callTimeout per call (per page of a list).
 */
public class CalendlyProducer extends DefaultProducer {

    private final CalendlyEndpoint endpoint;
    private final Operation operation;
    private OperationInvoker invoker;
    private PrefillUrlBuilder prefill;
    private RawRequestBuilder raw;
    private OAuthActions oauth;
    private ObjectMapper mapper;
    private RequestResolver resolver;

    public CalendlyProducer(CalendlyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.operation = endpoint.getOperation();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        invoker = endpoint.getInvoker();
        mapper = endpoint.getComponent().jsonMapper();
        resolver = new RequestResolver(mapper);
        prefill = new PrefillUrlBuilder(new ValueConverter(mapper));
        raw = new RawRequestBuilder(resolver);
        if (operation.kind() == OperationKind.OAUTH) {
            oauth = endpoint.oauthActions();
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CalendlyRequestOptions config = endpoint.getRequestOptions();
        Message message = exchange.getMessage();
        if (operation.destructive() && !config.isConfirmDestructive()) {
            throw new CalendlyValidationException(operation.id(), "confirmDestructive", operation.id()
                    + " irreversibly deletes data and refuses to run without confirmDestructive=true on the endpoint");
        }
        Map<String, Object> perExchange = new LinkedHashMap<>();
        // read only when used: a stream body of a read stays unread for the steps after this one
        boolean readsBody = config.isInputFromBody() || operation.kind() == OperationKind.RAW
                || operation.hasRequestBody();
        Object requestBody = readsBody ? bodyOf(message) : null;
        if (config.isInputFromBody()) {
            perExchange.putAll(BodyInput.options(operation, requestBody, resolver, mapper));
            requestBody = null;
        }
        perExchange.putAll(OptionValues.headerOptions(operation, message));
        Map<String, Object> options = invoker.options(perExchange);
        // the exchange's own connection when its CamelCalendlyConnectionId names one
        OperationInvoker calls = invoker.forConnection(OptionValues.connectionId(operation, message));
        switch (operation.kind()) {
            case PREFILL_URL -> message.setBody(prefill.build(operation, options));
            case RAW -> sendRaw(calls, config, message, options, requestBody);
            case HTTP -> send(calls, config, message, options, requestBody);
            case OAUTH -> runOAuth(message, options);
            case WEBHOOK_TRIGGER -> throw new IllegalStateException(operation.id() + " has no producer");
        }
    }

    private void runOAuth(Message message, Map<String, Object> options) {
        OAuthActions.Outcome outcome = oauth.run(operation, options, OptionValues.connectionId(operation, message),
                message.getHeader(CalendlyConstants.OAUTH_STATE, String.class));
        outcome.headers().forEach(message::setHeader);
        message.setBody(outcome.body());
    }

    private void send(OperationInvoker calls, CalendlyRequestOptions config, Message message,
            Map<String, Object> options, Object requestBody) throws Exception {
        if (operation.returnsCollection()) {
            ListSettings settings = new ListSettings(OptionValues.paginate(operation, config, message),
                    OptionValues.maxResults(operation, config, message),
                    OptionValues.streaming(operation, config, message));
            readCollection(message, calls.list(options, settings));
            return;
        }
        ResolvedRequest request = calls.request(options, requestBody);
        CalendlyResponse response = calls.send(request);
        setResponseHeaders(message, response);
        message.setBody(ResponseBodies.unwrapped(request, response, endpoint.getComponent().jsonMapper()));
    }

    private static void readCollection(Message message, Listing listing) {
        message.removeHeader(CalendlyConstants.NEXT_PAGE_TOKEN);
        setResponseHeaders(message, listing.response());
        if (listing.streaming()) {
            message.removeHeader(CalendlyConstants.RESULT_COUNT);
            message.setBody(listing.iterator());
            return;
        }
        if (listing.nextPageToken() != null) {
            message.setHeader(CalendlyConstants.NEXT_PAGE_TOKEN, listing.nextPageToken());
        }
        message.setHeader(CalendlyConstants.RESULT_COUNT, listing.items().size());
        message.setBody(listing.items());
    }

    private void sendRaw(OperationInvoker calls, CalendlyRequestOptions config, Message message,
            Map<String, Object> options, Object requestBody) throws Exception {
        Map<String, Object> query = new java.util.LinkedHashMap<>(config.getQuery());
        Object headerQuery = message.getHeader(CalendlyConstants.QUERY_PARAMETERS);
        if (headerQuery instanceof Map<?, ?> map) {
            map.forEach((k, v) -> query.put(String.valueOf(k), v));
        } else if (headerQuery != null) {
            throw new CalendlyValidationException(operation.id(), CalendlyConstants.QUERY_PARAMETERS,
                    "Header " + CalendlyConstants.QUERY_PARAMETERS + " must be a Map, got a "
                    + headerQuery.getClass().getSimpleName());
        }
        ResolvedRequest request = raw.build(operation, OptionValues.method(config, message), options.get("path"),
                query, requestBody, calls.connection().baseUrl());
        CalendlyResponse response = calls.send(request);
        setResponseHeaders(message, response);
        message.setBody(ResponseBodies.parsed(request, response, endpoint.getComponent().jsonMapper()));
    }

    private static Object bodyOf(Message message) {
        Object body = message.getBody();
        if (body instanceof InputStream || body instanceof Reader || body instanceof StreamCache) {
            return message.getBody(String.class);
        }
        return body;
    }

    private static void setResponseHeaders(Message message, CalendlyResponse response) {
        message.setHeader(CalendlyConstants.HTTP_STATUS, response.statusCode());
        setNumber(message, CalendlyConstants.RATE_LIMIT_LIMIT, response, CalendlyResponse.RATE_LIMIT_LIMIT);
        setNumber(message, CalendlyConstants.RATE_LIMIT_REMAINING, response, CalendlyResponse.RATE_LIMIT_REMAINING);
        setNumber(message, CalendlyConstants.RATE_LIMIT_RESET, response, CalendlyResponse.RATE_LIMIT_RESET);
    }

    /** Copies a numeric response header, and removes one a previous call left when this response has none. */
    private static void setNumber(Message message, String header, CalendlyResponse response, String httpHeader) {
        Long value = RateLimitHeaders.number(response.headers(), httpHeader);
        if (value == null) {
            message.removeHeader(header);
        } else {
            message.setHeader(header, value);
        }
    }
}
