package io.github.camelcalendly.operation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.CalendlyValidationException;

/**
 * Builds the Calendly request for an operation from the route's option values and message body: checks required
 * options, converts identifiers and values, fills defaults, and merges options over the body.
 */
public final class RequestResolver {

    /** Page size used when the route sets none: the largest Calendly allows on most lists. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private static final String URI_OPTION = "uri";

    private final ObjectMapper mapper;
    private final ValueConverter converter;

    public RequestResolver(ObjectMapper mapper) {
        this.mapper = mapper;
        this.converter = new ValueConverter(mapper);
    }

    /**
     * @param op          the operation
     * @param options     option values by option name (URI options with header values already laid over them); may
     *                    hold {@code uri}
     * @param messageBody the message body, used as the request body of writes
     * @param baseUrl     the API base URL, for building reference URIs
     * @param identity    the connection's own user and organization, fetched only when a default needs it
     */
    public ResolvedRequest resolve(
            Operation op, Map<String, Object> options, Object messageBody, String baseUrl,
            Supplier<ConnectionIdentity> identity) {
        Map<String, Object> values = new LinkedHashMap<>(options);
        ObjectNode body = op.hasRequestBody() ? readBody(op, messageBody) : null;
        fillFromUri(op, values);
        List<String> fromConnection = connectionDefaults(op, values, body);
        if (op.paginated()) {
            values.putIfAbsent("count", DEFAULT_PAGE_SIZE);
        }

        RequestParts parts = new RequestParts(body);
        for (Parameter p : op.parameters()) {
            Object value = values.get(p.name());
            if (fromConnection.contains(p.name())) {
                continue;
            }
            if (value == null) {
                if (p.location() == ParameterLocation.BODY && body != null && body.hasNonNull(p.apiName())) {
                    normalizeBodyReference(op, p, body, baseUrl);
                } else if (p.required()) {
                    throw missing(op, p);
                }
                continue;
            }
            place(op, p, value, baseUrl, parts);
        }
        checkPageSize(op, parts.query);
        // only now, with the route's own values checked, may the connection's identity cost a call to /users/me
        if (!fromConnection.isEmpty()) {
            ConnectionIdentity own = identity.get();
            for (String name : fromConnection) {
                place(op, op.parameter(name).orElseThrow(), own.uriOf(name), baseUrl, parts);
            }
        }
        return new ResolvedRequest(op, op.method(), expand(op, parts.path), parts.query, body);
    }

    /** The path, query and body of a request being built. */
    private static final class RequestParts {
        final Map<String, String> path = new LinkedHashMap<>();
        final Map<String, List<String>> query = new LinkedHashMap<>();
        final ObjectNode body;

        RequestParts(ObjectNode body) {
            this.body = body;
        }
    }

    private void place(Operation op, Parameter p, Object value, String baseUrl, RequestParts parts) {
        switch (p.location()) {
            case PATH -> parts.path.put(p.name(), pathId(op, p, value));
            case QUERY -> parts.query.put(p.apiName(), queryValues(converter.convert(op, p, value, baseUrl)));
            case BODY -> parts.body.set(p.apiName(), mapper.valueToTree(converter.convert(op, p, value, baseUrl)));
        }
    }

    /** Reads the message body of a write as a JSON object; null or blank gives an empty object. */
    public ObjectNode readBody(Operation op, Object messageBody) {
        JsonNode node = readJson(op, messageBody);
        if (node == null) {
            return mapper.createObjectNode();
        }
        if (!(node instanceof ObjectNode object)) {
            throw new CalendlyValidationException(op.id(), null, "The message body of " + op.id()
                    + " must be a JSON object (Map, JSON text, JsonNode or POJO), got "
                    + node.getNodeType().name().toLowerCase());
        }
        return object;
    }

    /** Reads a message body as JSON: JSON text, bytes, a JsonNode, a Map, a List or a POJO; null when empty. */
    public JsonNode readJson(Operation op, Object messageBody) {
        if (messageBody == null) {
            return null;
        }
        if (messageBody instanceof CharSequence || messageBody instanceof byte[]) {
            String text = messageBody instanceof byte[] bytes
                    ? new String(bytes, StandardCharsets.UTF_8) : messageBody.toString();
            if (text.isBlank()) {
                return null;
            }
            try {
                return mapper.readTree(text);
            } catch (JsonProcessingException e) {
                throw new CalendlyValidationException(op.id(), null, "The message body of " + op.id()
                        + " must be JSON in Calendly's field names; the text is not valid JSON ("
                        + e.getOriginalMessage() + ")");
            }
        }
        if (messageBody instanceof JsonNode json) {
            return json.deepCopy();
        }
        try {
            return mapper.valueToTree(messageBody);
        } catch (IllegalArgumentException e) {
            throw new CalendlyValidationException(op.id(), null, "The message body of " + op.id()
                    + " cannot be written as JSON: " + e.getMessage());
        }
    }

    private static void fillFromUri(Operation op, Map<String, Object> values) {
        Object uri = values.get(URI_OPTION);
        if (uri == null) {
            return;
        }
        List<Parameter> pathParams = op.parameters(ParameterLocation.PATH);
        if (pathParams.isEmpty() || op.kind() != OperationKind.HTTP) {
            throw new CalendlyValidationException(op.id(), URI_OPTION,
                    "Option 'uri' does not apply to " + op.id() + ": it has no path identifier");
        }
        Map<String, String> ids = ResourceIdentifiers.matchTemplate(op.pathTemplate(), uri.toString())
                .orElseThrow(() -> new CalendlyValidationException(op.id(), URI_OPTION,
                        "Option 'uri' of " + op.id() + " is '" + uri + "', which is not a URI of the form "
                        + op.pathTemplate()));
        ids.values().forEach(id -> checkIdentifier(op, URI_OPTION, uri, id));
        ids.forEach(values::putIfAbsent);
    }

    /** The user/organization parameters to fill from the connection, because the route gave none. */
    private static List<String> connectionDefaults(Operation op, Map<String, Object> values, ObjectNode body) {
        Map<String, Object> seen = new LinkedHashMap<>(values);
        if (body != null) {
            for (Parameter bp : op.parameters(ParameterLocation.BODY)) {
                if (body.hasNonNull(bp.apiName())) {
                    seen.putIfAbsent(bp.name(), body.get(bp.apiName()).asText());
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (ConnectionDefault rule : op.connectionDefaults()) {
            if (rule.appliesTo(seen) && !names.contains(rule.parameter())) {
                names.add(rule.parameter());
            }
        }
        return names;
    }

    private void normalizeBodyReference(Operation op, Parameter p, ObjectNode body, String baseUrl) {
        if (p.reference() == null) {
            return;
        }
        JsonNode given = body.get(p.apiName());
        if (given.isTextual() || (given.isArray() && p.type().isList())) {
            body.set(p.apiName(), mapper.valueToTree(converter.convert(op, p, given, baseUrl)));
        }
    }

    private static String pathId(Operation op, Parameter p, Object value) {
        String id = ResourceIdentifiers.toPathId(String.valueOf(value));
        if (id.isEmpty()) {
            throw new CalendlyValidationException(op.id(), p.name(),
                    "Option '" + p.name() + "' of " + op.id() + " is empty; give a UUID or a resource URI");
        }
        checkIdentifier(op, p.name(), value, id);
        return id;
    }

    /** Refuses an identifier that would take the request path out of the operation's collection. */
    private static void checkIdentifier(Operation op, String option, Object given, String id) {
        PathSegments.identifierProblem(id).ifPresent(problem -> {
            throw new CalendlyValidationException(op.id(), option, "Option '" + option + "' of " + op.id() + " is '"
                    + String.valueOf(given).trim() + "', which is not a valid identifier: " + problem
                    + "; give a UUID or a resource URI");
        });
    }

    /** A list goes as one comma-separated value (OpenAPI style form, explode false), as Calendly reads it. */
    private static List<String> queryValues(Object converted) {
        List<String> values = new ArrayList<>();
        if (converted instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(String.valueOf(v)));
            values.add(String.join(",", items));
        } else if (converted instanceof JsonNode node) {
            values.add(node.toString());
        } else {
            values.add(String.valueOf(converted));
        }
        return values;
    }

    private static void checkPageSize(Operation op, Map<String, List<String>> query) {
        List<String> count = query.get("count");
        if (count == null) {
            return;
        }
        int max = op.maxPageSize();
        long value = Long.parseLong(count.get(0));
        if (value < 1 || value > max) {
            throw new CalendlyValidationException(op.id(), "count",
                    "Option 'count' of " + op.id() + " must be between 1 and " + max + ", got " + value);
        }
    }

    private static String expand(Operation op, Map<String, String> pathValues) {
        String path = op.pathTemplate();
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", ResourceIdentifiers.encodeSegment(e.getValue()));
        }
        return path;
    }

    private static CalendlyValidationException missing(Operation op, Parameter p) {
        String where = "set it on the endpoint URI or in header CamelCalendly." + p.name();
        if (p.location() == ParameterLocation.BODY) {
            where += ", or put " + p.apiName() + " in the message body";
        }
        if (p.location() == ParameterLocation.PATH && op.kind() == OperationKind.HTTP) {
            where += ", or give the resource URI in option uri";
        }
        return new CalendlyValidationException(op.id(), p.name(),
                "Missing required option '" + p.name() + "' for operation " + op.id() + " (" + where + ")");
    }
}
