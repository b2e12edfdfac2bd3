package io.github.camelcalendly;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.client.CalendlyResponse;
import io.github.camelcalendly.client.CollectionIterator;
import io.github.camelcalendly.client.CollectionPage;
import io.github.camelcalendly.client.RateLimitHeaders;
import io.github.camelcalendly.client.ResponseBodies;
import io.github.camelcalendly.client.RetryOptions;
import io.github.camelcalendly.operation.Operation;
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
 * Carries out the endpoint's operation for each exchange: the registry says what to send, the resolver builds it,
 * the connection sends it, and the result becomes the message body and headers.
 */
public class CalendlyProducer extends DefaultProducer {

    private final CalendlyEndpoint endpoint;
    private final Operation operation;
    private final ObjectMapper mapper;
    private final RequestResolver resolver;
    private final PrefillUrlBuilder prefill;
    private final RawRequestBuilder raw;

    public CalendlyProducer(CalendlyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.operation = endpoint.getOperation();
        this.mapper = endpoint.getComponent().getObjectMapper();
        this.resolver = new RequestResolver(mapper);
        this.prefill = new PrefillUrlBuilder(new ValueConverter(mapper));
        this.raw = new RawRequestBuilder(resolver);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CalendlyConfiguration config = endpoint.getConfiguration();
        Message message = exchange.getMessage();
        if (operation.destructive() && !config.isConfirmDestructive()) {
            throw new CalendlyValidationException(operation.id(), "confirmDestructive", operation.id()
                    + " irreversibly deletes data and refuses to run without confirmDestructive=true on the endpoint");
        }
        Map<String, Object> options = OptionValues.requestOptions(operation, config, message);
        switch (operation.kind()) {
            case PREFILL_URL -> message.setBody(prefill.build(operation, options));
            case RAW -> sendRaw(config, message, options);
            case HTTP -> send(config, message, options);
            case WEBHOOK_TRIGGER -> throw new IllegalStateException(operation.id() + " has no producer");
        }
    }

    private void send(CalendlyConfiguration config, Message message, Map<String, Object> options) throws Exception {
        CalendlyConnection connection = endpoint.getConnection();
        if (operation.paginated() && !options.containsKey("count")) {
            long maxResults = OptionValues.maxResults(operation, config, message);
            if (maxResults > 0 && maxResults < RequestResolver.DEFAULT_PAGE_SIZE) {
                // no need to ask for a hundred items when the route keeps fewer
                options.put("count", maxResults);
            }
        }
        ResolvedRequest request = resolver.resolve(
                operation, options, bodyOf(message), connection.baseUrl(), connection::identity);
        CalendlyResponse response = connection.execute(request, retryOptions(config));
        if (operation.returnsCollection()) {
            readCollection(config, message, connection, request, response);
        } else {
            setResponseHeaders(message, response);
            message.setBody(ResponseBodies.unwrapped(request, response, mapper));
        }
    }

    private void readCollection(
            CalendlyConfiguration config, Message message, CalendlyConnection connection, ResolvedRequest request,
            CalendlyResponse first) throws Exception {
        CollectionPage page = CollectionPage.read(request, first, mapper);
        long maxResults = OptionValues.maxResults(operation, config, message);
        message.removeHeader(CalendlyConstants.NEXT_PAGE_TOKEN);
        setResponseHeaders(message, first);
        if (!operation.paginated() || !OptionValues.paginate(operation, config, message)) {
            List<Map<String, Object>> items = cap(page.items(), maxResults);
            if (operation.paginated() && page.nextPageToken() != null) {
                message.setHeader(CalendlyConstants.NEXT_PAGE_TOKEN, page.nextPageToken());
            }
            message.setHeader(CalendlyConstants.RESULT_COUNT, items.size());
            message.setBody(items);
            return;
        }
        CollectionIterator iterator = new CollectionIterator(
                connection, request, retryOptions(config), mapper, page, maxResults);
        if (OptionValues.streaming(operation, config, message)) {
            message.setBody(iterator);
            return;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        setResponseHeaders(message, iterator.lastResponse());
        message.setHeader(CalendlyConstants.RESULT_COUNT, items.size());
        message.setBody(items);
    }

    private void sendRaw(CalendlyConfiguration config, Message message, Map<String, Object> options)
            throws Exception {
        CalendlyConnection connection = endpoint.getConnection();
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
                query, bodyOf(message), connection.baseUrl());
        CalendlyResponse response = connection.execute(request, retryOptions(config));
        setResponseHeaders(message, response);
        message.setBody(ResponseBodies.parsed(request, response, mapper));
    }

    private RetryOptions retryOptions(CalendlyConfiguration config) {
        return config.retryOptions(endpoint.getComponent().retryOptions());
    }

    private static Object bodyOf(Message message) {
        Object body = message.getBody();
        if (body instanceof InputStream || body instanceof Reader || body instanceof StreamCache) {
            return message.getBody(String.class);
        }
        return body;
    }

    private static List<Map<String, Object>> cap(List<Map<String, Object>> items, long maxResults) {
        return maxResults > 0 && items.size() > maxResults ? new ArrayList<>(items.subList(0, (int) maxResults)) : items;
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
