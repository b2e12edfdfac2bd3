package io.github.camelcalendly.sandbox.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of modelled endpoints: method, path template ({@code /scheduled_events/{uuid}}), the scope a token
 * needs, and the handler. A literal segment wins over a template segment.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    public Router get(String template, String scope, ApiHandler handler) {
        return add("GET", template, scope, handler);
    }

    public Router post(String template, String scope, ApiHandler handler) {
        return add("POST", template, scope, handler);
    }

    public Router patch(String template, String scope, ApiHandler handler) {
        return add("PATCH", template, scope, handler);
    }

    public Router delete(String template, String scope, ApiHandler handler) {
        return add("DELETE", template, scope, handler);
    }

    /**
     * Adds a route. {@code scope} is the scope the token needs; {@code "a|b"} accepts either (where Calendly's
     * sources disagree), and the first is the one named in a 403.
     */
    public Router add(String method, String template, String scope, ApiHandler handler) {
        routes.add(new Route(method, template.split("/"), List.of(scope.split("\\|")), handler));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The route for a request, with its path parameters. */
    public Optional<Match> match(String method, String path) {
        String[] segments = path.split("/");
        return routes.stream()
                .filter(route -> route.method().equals(method))
                .map(route -> route.bind(segments).map(params -> new Match(route, params)))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(match -> match.route().literalSegments()));
    }

    /**
     * Whether some modelled endpoint lives under the same top-level collection as {@code path} (its first segment,
     * like {@code scheduled_events}): a request there that no route matches names something that does not exist.
     */
    public boolean servesCollection(String path) {
        String collection = firstSegment(path.split("/"));
        return !collection.isEmpty() && routes.stream()
                .anyMatch(route -> collection.equals(firstSegment(route.template())));
    }

    private static String firstSegment(String[] segments) {
        for (String segment : segments) {
            if (!segment.isEmpty()) {
                return segment;
            }
        }
        return "";
    }

    /** One modelled endpoint. */
    public record Route(String method, String[] template, List<String> scopes, ApiHandler handler) {

        public String path() {
            return String.join("/", template);
        }

        int literalSegments() {
            int count = 0;
            for (String segment : template) {
                if (!segment.startsWith("{")) {
                    count++;
                }
            }
            return count;
        }

        Optional<Map<String, String>> bind(String[] segments) {
            if (segments.length != template.length) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < template.length; i++) {
                String expected = template[i];
                if (expected.startsWith("{") && expected.endsWith("}")) {
                    if (segments[i].isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(expected.substring(1, expected.length() - 1), segments[i]);
                } else if (!expected.equals(segments[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }
    }

    /** A route together with the values its template captured. */
    public record Match(Route route, Map<String, String> pathParams) {
    }
}
