package io.github.camelcalendly.invoke;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.client.CallOptions;
import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.client.CalendlyResponse;
import io.github.camelcalendly.client.CollectionIterator;
import io.github.camelcalendly.client.CollectionPage;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.operation.RequestResolver;
import io.github.camelcalendly.operation.ResolvedRequest;
import io.github.camelcalendly.operation.ValueConverter;

/**
 * Carries out one endpoint's operation. Built when the endpoint starts: it checks and converts every option value the
 * URI gave (a bad value fails the route's start and names the option). The connection is resolved once, at the first
 * call, so an application may hand the component its token after the routes were built. The
 * producer, the polling consumer and the webhook trigger's registrar all call Calendly through it, with typed values;
 * the connection's {@link io.github.camelcalendly.client.CallChain} does the rest.
 */
public final class OperationInvoker {

    private final Operation operation;
    private final Map<String, Object> uriOptions;
    private final String baseUrl;
    private final CallOptions callOptions;
    private final Function<String, CalendlyConnection> connections;
    private final String connectionId;
    private final RequestResolver resolver;
    private final ObjectMapper mapper;
    private final ReentrantLock connectionLock = new ReentrantLock();
    private volatile CalendlyConnection connection;

    private OperationInvoker(
            Operation operation, Map<String, Object> uriOptions, String baseUrl, CallOptions callOptions,
            Function<String, CalendlyConnection> connections, String connectionId, ObjectMapper mapper,
            RequestResolver resolver) {
        this.operation = operation;
        this.uriOptions = uriOptions;
        this.baseUrl = baseUrl;
        this.callOptions = callOptions;
        this.connections = connections;
        this.connectionId = connectionId;
        this.mapper = mapper;
        this.resolver = resolver;
    }

    /**
     * Binds {@code operation} with the option values of its URI.
     *
     * @param operation   the endpoint's operation
     * @param uriValues   the request options the URI set, by option name (plus {@code uri} when set)
     * @param baseUrl     the endpoint's base URL, for expanding references
     * @param callOptions the endpoint's retry and deadline options
     * @param connections finds the connection of the endpoint's token and base URL, given null, or of an OAuth
     *                    connection id an exchange names; the endpoint's own is asked for once, at the first call (so
     *                    an application may hand the component its token until then, and a webhook trigger that
     *                    registers nothing needs none)
     * @param mapper      the component's JSON mapper
     * @throws CalendlyValidationException naming the first option whose value is not valid
     */
    public static OperationInvoker bind(
            Operation operation, Map<String, Object> uriValues, String baseUrl, CallOptions callOptions,
            Function<String, CalendlyConnection> connections, ObjectMapper mapper) {
        ValueConverter converter = new ValueConverter(mapper);
        Map<String, Object> converted = new LinkedHashMap<>();
        uriValues.forEach((name, value) -> {
            Parameter p = operation.parameter(name).orElse(null);
            converted.put(name, p == null ? value : converter.convert(operation, p, value, baseUrl));
        });
        return new OperationInvoker(operation, Collections.unmodifiableMap(converted), baseUrl, callOptions,
                connections, null, mapper, new RequestResolver(mapper));
    }

    /** An invoker of another operation over the same connection and call options, with no URI options. */
    public OperationInvoker forOperation(Operation other) {
        OperationInvoker same = this;
        return new OperationInvoker(other, Map.of(), baseUrl, callOptions, id -> same.connection(), null, mapper,
                resolver);
    }

    /**
     * This invoker acting for the OAuth connection {@code id} (an exchange's CamelCalendlyConnectionId header), or
     * this invoker itself when {@code id} is null. The connection is looked up at the first call; an id with no
     * tokens fails then, naming it.
     */
    public OperationInvoker forConnection(String id) {
        if (id == null) {
            return this;
        }
        return new OperationInvoker(operation, uriOptions, baseUrl, callOptions, connections, id, mapper, resolver);
    }

    public Operation operation() {
        return operation;
    }

    /** The URI's option values, converted to what Calendly expects; unmodifiable. */
    public Map<String, Object> uriOptions() {
        return uriOptions;
    }

    public CallOptions callOptions() {
        return callOptions;
    }

    /** The connection calls go through, resolved on first need and kept. */
    public CalendlyConnection connection() {
        CalendlyConnection known = connection;
        if (known != null) {
            return known;
        }
        connectionLock.lock();
        try {
            if (connection == null) {
                connection = connections.apply(connectionId);
            }
            return connection;
        } finally {
            connectionLock.unlock();
        }
    }

    /** The URI's options with {@code overrides} (an exchange's headers, a poll's window) laid over them. */
    public Map<String, Object> options(Map<String, Object> overrides) {
        Map<String, Object> options = new LinkedHashMap<>(uriOptions);
        options.putAll(overrides);
        return options;
    }

    /** The request for {@code options} (URI options already merged) and a message body, checked and resolved. */
    public ResolvedRequest request(Map<String, Object> options, Object body) {
        CalendlyConnection c = connection();
        return resolver.resolve(operation, options, body, c.baseUrl(), c::identity);
    }

    /** Sends a request of this operation and returns Calendly's answer; error answers throw. */
    public CalendlyResponse send(ResolvedRequest request) throws IOException {
        return connection().execute(request, callOptions);
    }

    /**
     * Lists with {@code options} (URI options already merged), reading pages as {@code settings} says. When fewer
     * items than a page are wanted, asks Calendly for only that many, unless {@code count} is given.
     */
    public Listing list(Map<String, Object> options, ListSettings settings) throws IOException {
        Map<String, Object> effective = new LinkedHashMap<>(options);
        long maxResults = settings.maxResults();
        if (operation.paginated() && !effective.containsKey("count") && maxResults > 0
                && maxResults < RequestResolver.DEFAULT_PAGE_SIZE) {
            effective.put("count", maxResults);
        }
        ResolvedRequest request = request(effective, null);
        CollectionPage page = CollectionPage.read(request, send(request), mapper);
        if (!operation.paginated() || !settings.paginate()) {
            String next = operation.paginated() ? page.nextPageToken() : null;
            return new Listing(cap(page.items(), maxResults), null, page.response(), next);
        }
        CollectionIterator iterator = new CollectionIterator(
                connection(), request, callOptions, mapper, page, maxResults);
        if (settings.streaming()) {
            return new Listing(null, iterator, page.response(), null);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return new Listing(items, null, iterator.lastResponse(), null);
    }

    private static List<Map<String, Object>> cap(List<Map<String, Object>> items, long maxResults) {
        return maxResults > 0 && items.size() > maxResults
                ? new ArrayList<>(items.subList(0, (int) maxResults)) : items;
    }

    @Override
    public String toString() {
        return "OperationInvoker[" + operation.id() + "]";
    }
}
