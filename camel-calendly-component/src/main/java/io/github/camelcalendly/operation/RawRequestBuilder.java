package io.github.camelcalendly.operation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcalendly.CalendlyValidationException;

/**
 * Builds the request of {@code raw/request}: any method and path on the API host, query parameters from
 * {@code query.<name>} options or a header map, and the message body as JSON for writes.
 */
public final class RawRequestBuilder {

    public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** A scheme at the start: a full URL, unlike a path whose query string merely holds one. */
    private static final Pattern ABSOLUTE_URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    private final RequestResolver resolver;

    public RawRequestBuilder(RequestResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param op          the raw operation
     * @param method      the HTTP method, null for GET
     * @param path        a path such as {@code /users/me} or a full URL on the API host
     * @param query       query parameters; a collection value is sent as a repeated parameter
     * @param messageBody the body of a write
     * @param baseUrl     the API base URL
     */
    public ResolvedRequest build(
            Operation op, String method, Object path, Map<String, Object> query, Object messageBody, String baseUrl) {
        String verb = method == null ? "GET" : method.trim().toUpperCase();
        if (!METHODS.contains(verb)) {
            throw new CalendlyValidationException(op.id(), "method", "Option 'method' of " + op.id() + " is '"
                    + method + "'; use one of GET, POST, PUT, PATCH, DELETE");
        }
        if (path == null || String.valueOf(path).isBlank()) {
            throw new CalendlyValidationException(op.id(), "path", "Missing required option 'path' for operation "
                    + op.id() + " (set it on the endpoint URI or in header CamelCalendly.path, e.g. /users/me)");
        }
        String target = onApiHost(op, String.valueOf(path).trim(), baseUrl);
        String pathPart = pathPart(target);
        if (PathSegments.hasDotSegment(pathPart)) {
            // the query is left out of the message: it may hold anything, a credential included
            throw new CalendlyValidationException(op.id(), "path", "Option 'path' of " + op.id() + " has the path '"
                    + pathPart + "', which holds a '.' or '..' segment (as given or percent-encoded); give the"
                    + " path as Calendly names the resource, e.g. /users/me");
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        query.forEach((name, value) -> params.put(name, values(value)));
        boolean write = "POST".equals(verb) || "PUT".equals(verb) || "PATCH".equals(verb);
        JsonNode body = write && messageBody != null ? resolver.readJson(op, messageBody) : null;
        return new ResolvedRequest(op, verb, target, params, body);
    }

    private static String onApiHost(Operation op, String path, String baseUrl) {
        if (!ABSOLUTE_URL.matcher(path).lookingAt()) {
            return path.startsWith("/") ? path : "/" + path;
        }
        try {
            URI target = new URI(path);
            URI base = new URI(baseUrl);
            boolean sameHost = base.getScheme().equalsIgnoreCase(target.getScheme())
                    && base.getHost().equalsIgnoreCase(target.getHost()) && base.getPort() == target.getPort();
            if (!sameHost) {
                throw new CalendlyValidationException(op.id(), "path", "Option 'path' of " + op.id()
                        + " points at " + target.getScheme() + "://" + hostAndPort(target)
                        + ", which is not the API host " + hostAndPort(base)
                        + "; the access token is only ever sent to the API host");
            }
            return path;
        } catch (URISyntaxException e) {
            throw new CalendlyValidationException(op.id(), "path", "Option 'path' of " + op.id()
                    + " is not a valid URL: " + e.getMessage());
        }
    }

    /** The path of a relative target or of a full URL on the API host, without query or fragment. */
    private static String pathPart(String target) {
        int start = 0;
        if (ABSOLUTE_URL.matcher(target).lookingAt()) {
            start = firstOf(target, "/?#", target.indexOf("://") + 3);
        }
        return target.substring(start, firstOf(target, "?#", start));
    }

    /** The index of the first of {@code chars} in {@code text} from {@code from} on, or the text's length. */
    private static int firstOf(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Host and explicit port, never the user info a URL may carry. */
    private static String hostAndPort(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static List<String> values(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                values.add(String.valueOf(v));
            }
        } else {
            values.add(String.valueOf(value));
        }
        return values;
    }
}
